import type { Role } from './roles';

const MINUTE_MS = 60_000;

/** A session ends 24 hours after sign-in, however busy (NIST 800-63B AAL2 reauthentication). */
export const SESSION_ABSOLUTE_MS = 24 * 60 * MINUTE_MS;

/** A session unused this long ends: staff and shippers 1 hour, recipients 30 minutes. */
const SESSION_IDLE_MS: Record<Role, number> = {
  shipper: 60 * MINUTE_MS,
  account_manager: 60 * MINUTE_MS,
  delivery_associate: 60 * MINUTE_MS,
  recipient: 30 * MINUTE_MS,
};

/** Last use is written at most this often, so a busy page costs no write per request. */
const SESSION_TOUCH_MS = MINUTE_MS;

export type SessionEnd = 'revoked' | 'expired' | 'idle';

export interface SessionTimes {
  signedInAt: Date;
  lastSeenAt: Date;
  revokedAt: Date | null;
}

/** Why a session is over at `now`, or null while it is alive. */
export function sessionEndAt(session: SessionTimes, role: Role, now: Date): SessionEnd | null {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() - session.signedInAt.getTime() >= SESSION_ABSOLUTE_MS) return 'expired';
  if (now.getTime() - session.lastSeenAt.getTime() >= SESSION_IDLE_MS[role]) return 'idle';
  return null;
}

export function needsTouch(session: Pick<SessionTimes, 'lastSeenAt'>, now: Date): boolean {
  return now.getTime() - session.lastSeenAt.getTime() >= SESSION_TOUCH_MS;
}
