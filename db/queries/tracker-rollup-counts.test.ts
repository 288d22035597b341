import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { DEFAULT_QUERY, type TrackerQuery } from '@/lib/tracker/query';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { insertShipments, type ShipmentDraft } from '@/tests/support/tracker-fixtures';
import { countableFromRollups } from './tracker-rollup-counts';
import { countTrackerStatuses, listTrackerShipments } from './tracker';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const q = (change: Partial<TrackerQuery> = {}): TrackerQuery => ({ ...DEFAULT_QUERY, size: 25, ...change });
const MARKETPLACES: Marketplace[] = ['UK', 'IN', 'FR'];
const STATES: TrackerState[] = ['in_transit', 'out_for_delivery', 'delivered_with_otp', 'attempted_otp_not_available'];

async function countedByHand(accountId: string, query: TrackerQuery) {
  const rows = await db.select().from(shipments).where(eq(shipments.accountId, accountId));
  const kept = rows.filter(
    (r) =>
      (query.otp === 'any' || r.otpEligible === (query.otp === 'yes')) &&
      (query.marketplace === null || r.marketplace === query.marketplace),
  );
  return Object.fromEntries(TRACKER_STATES.map((s) => [s, kept.filter((r) => r.trackerState === s).length]));
}

describe('tracker counts from the shipment rollups', () => {
  it('sum to what a count of the shipments gives, for every OTP and marketplace filter, after state changes', async () => {
    const account = await createAccount({ marketplaces: MARKETPLACES });
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const drafts: ShipmentDraft[] = Array.from({ length: 60 }, (_, i) => ({
      trackingId: `RC${String(i).padStart(12, '0')}`,
      clientRef: `ROLL-${i}`,
      marketplace: MARKETPLACES[i % 3],
      otpEligible: i % 4 !== 0,
      trackerState: STATES[i % STATES.length],
    }));
    const stored = await insertShipments(account.id, drafts);
    await db
      .update(shipments)
      .set({ trackerState: 'delivered' })
      .where(
        inArray(
          shipments.id,
          stored.slice(0, 7).map((s) => s.id),
        ),
      );

    for (const otp of ['any', 'yes', 'no'] as const) {
      for (const marketplace of [null, ...MARKETPLACES]) {
        const view = q({ otp, marketplace });
        const expected = await countedByHand(account.id, view);
        const chips = (await countTrackerStatuses(db, shipper, view))!;
        expect(Object.fromEntries(TRACKER_STATES.map((s) => [s, chips[s].count])), `${otp} ${marketplace}`).toEqual(expected);
        const listed = await listTrackerShipments(db, shipper, q({ otp, marketplace, statuses: ['delivered', 'in_transit'] }));
        expect(listed.total).toEqual({ count: expected.delivered! + expected.in_transit!, capped: false });
      }
    }
  });

  it('are used only for views the rollups hold: no search, pasted ids, last-event dates or upload', () => {
    expect(countableFromRollups(q({ otp: 'yes', marketplace: 'UK', statuses: ['lost'] }))).toBe(true);
    const cohort = {
      labelFrom: '2026-11-01',
      labelTo: '2026-11-30',
      reason: 'PHONE_MISSING' as const,
      lockedOut: true,
      firstAttempt: true,
    };
    expect(countableFromRollups(q({ ...cohort, otp: 'no', marketplace: 'IN', statuses: ['delivered'] }))).toBe(true);
    expect(countableFromRollups(q({ ...cohort, q: 'wilson' }))).toBe(false);
    expect(countableFromRollups(q({ ...cohort, from: '2026-11-01' }))).toBe(false);
    expect(countableFromRollups(q({ q: 'wilson' }))).toBe(false);
    expect(countableFromRollups(q({ ids: ['SC1'] }))).toBe(false);
    expect(countableFromRollups(q({ from: '2026-11-01' }))).toBe(false);
    expect(countableFromRollups(q({ to: '2026-11-30' }))).toBe(false);
    expect(countableFromRollups(q({ upload: '00000000-0000-4000-8000-000000000001' }))).toBe(false);
  });
});
