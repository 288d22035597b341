import { type NextRequest, NextResponse } from 'next/server';
import { serverEnv } from '@/lib/env';
import { contentSecurityPolicy } from '@/lib/http/content-security-policy';
import { REQUEST_PATH_HEADER } from '@/lib/http/request-path-header';

/**
 * A fresh script nonce per request, in the Content-Security-Policy of both the request (Next.js reads it
 * to stamp its own scripts) and the response; and the page's own path and query for its way back after
 * sign-in (a browser's value of that header is replaced). Only headers: authorization is never decided here.
 */
// The environment is fixed for the life of the process: read it once, not on every request.
const DEVELOPMENT = serverEnv().NODE_ENV === 'development';

export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const policy = contentSecurityPolicy(nonce, { development: DEVELOPMENT });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  requestHeaders.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// Not the APIs (/api and the carrier-compatible /shipping/v2): route handlers render no page, and the proxy
// would buffer (and cut at 10 MB) an upload's body.
export const config = {
  matcher: [{ source: '/((?!api/|shipping/v2/|_next/static|_next/image|favicon.ico).*)' }],
};
