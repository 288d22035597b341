import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';
import { proxy } from '@/proxy';

/** The request headers the proxy hands on to the page (Next.js carries them in `x-middleware-request-*`). */
function forwarded(request: NextRequest, name: string): string | null {
  return proxy(request).headers.get(`x-middleware-request-${name}`);
}

describe('the proxy tells a page its own address', () => {
  it('as path and query, for the way back after sign-in', () => {
    const request = new NextRequest('http://portal.test/shipments?status=delivered&q=wil');
    expect(forwarded(request, REQUEST_PATH_HEADER)).toBe('/shipments?status=delivered&q=wil');
  });

  it('replacing any value the browser sent', () => {
    const request = new NextRequest('http://portal.test/manager', { headers: { [REQUEST_PATH_HEADER]: '//evil.example/x' } });
    expect(forwarded(request, REQUEST_PATH_HEADER)).toBe('/manager');
  });
});
