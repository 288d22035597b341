import 'server-only';
import { and, eq, gte, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { DAY_MS } from '@/lib/time/durations';
import type { DbOrTx } from '../client';
import { shipments, trackingEvents } from '../schema';

/** Lock-outs by one delivery associate in a day from which a possible fraud is signalled (checklist B8). */
const LOCKOUT_ANOMALY_THRESHOLD = 3;

/**
 * After a lock-out, counts the recipients whose passcode this associate has locked in the last 24 hours
 * and, from the third on, writes an `otp.anomaly` line for monitoring (ids and counts only, never a code).
 */
export async function reportLockoutAnomaly(db: DbOrTx, actor: Actor, now = new Date()): Promise<number> {
  const [row] = await db
    .select({ recipients: sql<number>`count(distinct ${shipments.recipientPhoneE164})::int` })
    .from(trackingEvents)
    .innerJoin(shipments, eq(shipments.id, trackingEvents.shipmentId))
    .where(
      and(
        eq(trackingEvents.actorUserId, actor.userId),
        eq(trackingEvents.detailCode, 'OtpNotAvailable'),
        gte(trackingEvents.eventTime, new Date(now.getTime() - DAY_MS)),
      ),
    );
  const lockouts = row?.recipients ?? 0;
  if (lockouts >= LOCKOUT_ANOMALY_THRESHOLD) {
    console.warn(
      JSON.stringify({
        event: 'otp.anomaly',
        reason: 'repeated_lockouts',
        deliveryAssociateId: actor.userId,
        station: actor.station,
        lockoutsLast24h: lockouts,
        at: now.toISOString(),
      }),
    );
  }
  return lockouts;
}
