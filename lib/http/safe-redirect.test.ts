import { describe, expect, it } from 'vitest';
import { safeCallbackPath, signInHref } from '@/lib/validations/sign-in';
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
  // Dot segments that resolve to a protocol-relative `//evil.example`, plain and percent-encoded.
  '/..//evil.example/x',
  '/.//evil.example/x',
  '/shipments/..//evil.example/x',
  '/%2e%2e//evil.example/x',
  '/%2E//evil.example/x',
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

  it('keep an encoded slash or backslash as a path on this site', () => {
    for (const raw of ['/%2F%2Fevil.example/x', '/%5Cevil.example/x', '/%2F/evil.example']) {
      expect(sameOriginPath(raw)).toBe(raw);
      expect(sameOriginUrl(raw, BASE)).toBe(`${BASE}${raw}`);
    }
    expect(sameOriginPath('%2F%2Fevil.example')).toBeNull();
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

describe('the sign-in address of a signed-out visit', () => {
  it('carries the whole path and query back, encoded as one parameter', () => {
    expect(signInHref('/shipments?status=delivered&q=wil')).toBe('/sign-in?callbackUrl=%2Fshipments%3Fstatus%3Ddelivered%26q%3Dwil');
    expect(new URLSearchParams(signInHref('/shipments?status=delivered&q=wil').split('?')[1]).get('callbackUrl')).toBe(
      '/shipments?status=delivered&q=wil',
    );
  });

  it.each([...HOSTILE, null])('carries no way back for %j', (raw) => {
    expect(signInHref(raw)).toBe('/sign-in');
  });
});
