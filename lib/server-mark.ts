/** What the portal's own server (server.js) says about how it serves; absent under plain `next start`. */
export interface ServerMark {
  loopbackOnly: boolean;
  trustProxy: boolean;
}

export function portalServerMark(): ServerMark | null {
  return ((globalThis as Record<symbol, unknown>)[Symbol.for('shipper-central.server')] as ServerMark | undefined) ?? null;
}
