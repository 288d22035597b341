import { inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { passcodes, shipments, trackingEvents } from '@/db/schema';
import type { OtpFigures } from '@/db/queries/insights';
import type { LabelDayRange } from '@/lib/insights/period';
import type { StoredEligibility } from '@/lib/otp';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';

const dayIn = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
const UTC_DAY = dayIn('UTC');

/** A shipment's label day: its `created_at` as a calendar day in its marketplace's zone (UTC outside every marketplace). */
export function labelDayOf(createdAt: Date, marketplace: Marketplace | null): string {
  return (marketplace ? dayIn(MARKETPLACES[marketplace].timeZone) : UTC_DAY).format(createdAt);
}

export interface InsightsRecount {
  figures: OtpFigures;
  reasonsByDay: { day: string; reason: string; shipments: number }[];
  resends: { resends: number; passcodes: number } | null;
  /** Out for delivery → delivered of each delivered shipment, OTP (eligible) or not. */
  minutes: { otp: number[]; other: number[] };
}

/**
 * The insights of some accounts counted the slow way: every shipment read, put on its label day here, its
 * trips out and lock-outs counted from its tracking events (not the counters the trigger keeps).
 */
export async function recountInsights(
  db: Db,
  accountIds: readonly string[],
  view: { range: LabelDayRange; marketplace: Marketplace | null },
): Promise<InsightsRecount> {
  const ids = [...accountIds];
  const rows = ids.length === 0 ? [] : await db.select().from(shipments).where(inArray(shipments.accountId, ids));
  const events =
    rows.length === 0
      ? []
      : await db
          .select({ shipmentId: trackingEvents.shipmentId, eventCode: trackingEvents.eventCode, detailCode: trackingEvents.detailCode })
          .from(trackingEvents)
          .where(
            inArray(
              trackingEvents.shipmentId,
              rows.map((r) => r.id),
            ),
          );
  const countOf = (id: string, eventCode: string, detailCode?: string) =>
    events.filter((e) => e.shipmentId === id && e.eventCode === eventCode && (detailCode === undefined || e.detailCode === detailCode))
      .length;
  const inView = (day: string, marketplace: Marketplace | null) =>
    day >= view.range.from && day <= view.range.to && (view.marketplace === null || marketplace === view.marketplace);

  const figures: OtpFigures = {
    shipments: 0,
    otpRequired: 0,
    deliveredWithOtp: 0,
    deliveredWithOtpFirstAttempt: 0,
    otpWentOut: 0,
    lockouts: 0,
  };
  const reasons = new Map<string, number>();
  const minutes = { otp: [] as number[], other: [] as number[] };
  for (const s of rows) {
    const day = labelDayOf(s.createdAt, s.marketplace);
    if (!inView(day, s.marketplace)) continue;
    const trips = countOf(s.id, 'OutForDelivery');
    figures.shipments += 1;
    if (s.otpEligible) figures.otpRequired += 1;
    if (s.trackerState === 'delivered_with_otp') figures.deliveredWithOtp += 1;
    if (s.trackerState === 'delivered_with_otp' && trips === 1) figures.deliveredWithOtpFirstAttempt += 1;
    if (s.otpEligible && trips > 0) figures.otpWentOut += 1;
    if (countOf(s.id, 'DeliveryAttempted', 'OtpNotAvailable') > 0) figures.lockouts += 1;
    if (!s.otpEligible) {
      const key = `${day}|${(s.eligibility as StoredEligibility).reasons[0]?.code ?? ''}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    if ((s.trackerState === 'delivered' || s.trackerState === 'delivered_with_otp') && s.outForDeliveryAt) {
      (s.otpEligible ? minutes.otp : minutes.other).push((s.lastEventAt.getTime() - s.outForDeliveryAt.getTime()) / 60_000);
    }
  }
  const reasonsByDay = [...reasons]
    .map(([key, n]) => {
      const [day, reason] = key.split('|') as [string, string];
      return { day, reason, shipments: n };
    })
    .sort((a, b) => a.day.localeCompare(b.day) || a.reason.localeCompare(b.reason));

  const resent =
    ids.length === 0
      ? []
      : (await db.select().from(passcodes).where(inArray(passcodes.accountId, ids))).filter(
          (p) => p.marketplace === 'IN' && p.resendCount > 0 && p.deliveryDate >= view.range.from && p.deliveryDate <= view.range.to,
        );
  const resends =
    view.marketplace !== null && view.marketplace !== 'IN'
      ? null
      : { resends: resent.reduce((sum, p) => sum + p.resendCount, 0), passcodes: resent.length };
  return { figures, reasonsByDay, resends, minutes };
}

/** The median of durations as the interval of values that split them in half (one value for an odd count). */
export function medianInterval(values: readonly number[]): [number, number] | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const lower = sorted[Math.ceil(sorted.length / 2) - 1]!;
  const upper = sorted[Math.floor(sorted.length / 2)]!;
  return [lower, upper];
}
