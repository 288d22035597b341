import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/validations/sign-in';
import { sameOriginPath, sameOriginUrl } from './safe-redirect';

const BASE = 'https://portal.example';

// Each of these, read by a browser, leaves the site (tab and newlines are dropped, `\` reads as `/`).
const HOSTILE = [
  '/\t/evil.example/x',
  '/\n/evil.example/x',
  '/\r/evil.example/x',
  '//evil.example/x',
  '/\\evil.example/x',
  '/\\/evil.example',
  'https://evil.example/x',
  'javascript:alert(1)',
  ' /shipments',
  'evil.example',
  '',
];

describe('post-sign-in destinations', () => {
  it.each(HOSTILE)('refuse %j', (raw) => {
    expect(sameOriginPath(raw)).toBeNull();
    expect(safeCallbackPath(raw)).toBe('/');
    expect(sameOriginUrl(raw, BASE)).toBe(`${BASE}/`);
  });

  it('refuse the decoded forms of /%09/, /%0a/ and /%0d/ as a query string delivers them', () => {
    for (const encoded of ['/%09/evil.example/x', '/%0a/evil.example/x', '/%0d/evil.example/x']) {
      const decoded = new URLSearchParams(`callbackUrl=${encoded}`).get('callbackUrl');
      expect(sameOriginPath(decoded)).toBeNull();
    }
  });

  it('keep a same-origin path with its query and fragment (a shared tracker view)', () => {
    expect(sameOriginPath('/shipments?status=delivered_with_otp&q=Wilson#top')).toBe('/shipments?status=delivered_with_otp&q=Wilson#top');
    expect(sameOriginUrl('/shipments?market=IN', BASE)).toBe(`${BASE}/shipments?market=IN`);
    expect(sameOriginUrl(`${BASE}/manager?page=2`, BASE)).toBe(`${BASE}/manager?page=2`);
  });

  it('send an absolute URL on another origin to the site root', () => {
    expect(sameOriginUrl('https://portal.example.evil.example/', BASE)).toBe(`${BASE}/`);
    expect(sameOriginUrl('http://portal.example/shipments', BASE)).toBe(`${BASE}/`);
  });
});
