/**
 * The client's network address for per-address limits. The portal's own server (server.js) sets
 * X-Forwarded-For to the socket's peer, replacing whatever the client sent, unless TRUST_PROXY says a
 * proxy in front appends it; then the last entry is the one that proxy saw.
 */
export function clientAddressOf(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for');
  const last = forwarded?.split(',').pop()?.trim();
  return last && last.length <= 64 ? last.replace(/^::ffff:/, '') : 'unknown';
}
