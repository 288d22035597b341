/**
 * One JSON line per security event for monitoring. JSON.stringify escapes CR/LF, so no field can
 * forge a second line; callers pass masked identifiers and never a password or code.
 */
export function logSecurityEvent(event: string, fields: Record<string, unknown>): void {
  console.warn(JSON.stringify({ event, ...fields }));
}
