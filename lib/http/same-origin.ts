/**
 * A state-changing request must come from our own pages: its Origin must name this site, or, when a
 * browser sends no Origin, Sec-Fetch-Site must say same-origin. A request with neither is refused: a
 * browser always sends one of them, and scripted clients use API keys, not cookies. The host compared
 * against is X-Forwarded-Host, which the portal's server (server.js) sets from Host unless TRUST_PROXY
 * says a proxy in front sets it.
 */
export function isSameOriginRequest(headers: Pick<Headers, 'get'>): boolean {
  const origin = headers.get('origin');
  if (origin) {
    const host = headers.get('x-forwarded-host') ?? headers.get('host');
    if (!host || origin === 'null') return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}
