import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { shipments } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import type { LifecycleAction } from '@/lib/lifecycle';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import type { ReasonCode } from '@/lib/otp/reason-codes';
import { HOUR_MS } from '@/lib/time/durations';
import { DEFAULT_QUERY, parseTrackerQuery, type TrackerQuery, trackerViewHref } from '@/lib/tracker/query';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { insertShipments, type ShipmentDraft } from '@/tests/support/tracker-fixtures';
import { tryStep } from './lifecycle-steps';
import { countableFromRollups } from './tracker-rollup-counts';
import { countTrackerStatuses, listTrackerShipments, streamTrackerExport } from './tracker';

const MARKETS: Marketplace[] = ['UK', 'IN', 'FR'];
const START = Date.parse('2026-11-27T12:00:00Z');
// 23:30 UTC on 30 November: still the 30th in London, already 1 December in India and in Paris.
const LATE = new Date('2026-11-30T23:30:00Z');

let db: Db;
let shipper: Actor;
let accountId: string;

interface Stored {
  trackingId: string;
  marketplace: Marketplace;
  labelDay: string;
  otpEligible: boolean;
  state: TrackerState;
  reason: string | null;
  attempts: number;
  lockouts: number;
  lastEventAt: Date;
}

/** A moment's calendar day in the marketplace's zone, worked out here rather than by `shipment_rollup_day`. */
const localDayOf = (at: Date, marketplace: Marketplace) => at.toLocaleDateString('en-CA', { timeZone: MARKETPLACES[marketplace].timeZone });

async function storedShipments(): Promise<Stored[]> {
  const rows = await db.select().from(shipments).where(eq(shipments.accountId, accountId));
  return rows.map((r) => ({
    trackingId: r.trackingId,
    marketplace: r.marketplace!,
    labelDay: localDayOf(r.createdAt, r.marketplace!),
    otpEligible: r.otpEligible,
    state: r.trackerState,
    reason: r.eligibility.reasons?.[0]?.code ?? null,
    attempts: r.deliveryAttempts,
    lockouts: r.lockouts,
    lastEventAt: r.lastEventAt,
  }));
}

function byHand(rows: Stored[], query: TrackerQuery): string[] {
  return rows
    .filter(
      (r) =>
        (query.statuses.length === 0 || query.statuses.includes(r.state)) &&
        (query.otp === 'any' || r.otpEligible === (query.otp === 'yes')) &&
        (query.marketplace === null || r.marketplace === query.marketplace) &&
        (query.labelFrom === null || r.labelDay >= query.labelFrom) &&
        (query.labelTo === null || r.labelDay <= query.labelTo) &&
        (query.reason === null || r.reason === query.reason) &&
        (!query.lockedOut || r.lockouts > 0) &&
        (!query.firstAttempt || r.attempts === 1),
    )
    .map((r) => r.trackingId)
    .sort();
}

/** Every row of the view, page after page to the end, and the total the first page reported. */
async function pagedToTheEnd(query: TrackerQuery): Promise<{ ids: string[]; total: number }> {
  const ids: string[] = [];
  let page = await listTrackerShipments(db, shipper, query);
  const total = page.total;
  expect(total.capped).toBe(false);
  ids.push(...page.rows.map((r) => r.trackingId));
  while (page.next) {
    page = await listTrackerShipments(db, shipper, { ...query, after: page.next });
    ids.push(...page.rows.map((r) => r.trackingId));
  }
  return { ids: ids.sort(), total: total.count };
}

async function step(trackingId: string, action: LifecycleAction, userId: string) {
  const [pkg] = await db.select().from(shipments).where(eq(shipments.trackingId, trackingId));
  const moved = await db.transaction((tx) => tryStep(tx, { ...pkg!, marketplace: pkg!.marketplace! }, action, userId));
  expect(moved, `${trackingId} ${action}`).toBe(true);
}

beforeAll(async () => {
  db = await getDb();
  const account = await createAccount({ marketplaces: MARKETS });
  accountId = account.id;
  shipper = actorOf(await createUser('shipper', { accountId }));
  const da = await createUser('delivery_associate', { station: 'UK' });
  // Label times spread over four days at uneven hours; a fifth of them without OTP on the account (first reason
  // OTP_NOT_ENABLED), a quarter below the threshold (BELOW_THRESHOLD unless OTP is off too).
  const spread: ShipmentDraft[] = Array.from({ length: 90 }, (_, i) => ({
    trackingId: `CF${String(i).padStart(12, '0')}`,
    clientRef: `COHORT-${i}`,
    marketplace: MARKETS[(i * 7) % 3],
    createdAt: new Date(START + ((i * 7919) % 96) * HOUR_MS + ((i % 4) * HOUR_MS) / 4),
    otpEligible: i % 5 === 0 ? false : undefined,
    insuredValueMinor: i % 4 === 0 ? 100 : 15_000,
    trackerState: 'in_transit',
  }));
  const edges: ShipmentDraft[] = [
    ...MARKETS.map((marketplace) => ({
      trackingId: `CFLATE${marketplace}000000`,
      clientRef: `LATE-${marketplace}`,
      marketplace,
      createdAt: LATE,
    })),
    { trackingId: 'CFINDIA0000001', clientRef: 'IN-2359', marketplace: 'IN', createdAt: new Date('2026-11-30T18:29:00Z') },
    { trackingId: 'CFINDIA0000002', clientRef: 'IN-0000', marketplace: 'IN', createdAt: new Date('2026-11-30T18:30:00Z') },
  ];
  await insertShipments(accountId, [...spread, ...edges]);

  // Real steps, which the trigger counts: out once and delivered; locked out, back and out again; locked out twice.
  const ids = spread.map((d) => d.trackingId);
  for (const id of ids.filter((_, i) => i % 6 === 1)) {
    await step(id, 'out_for_delivery', da.id);
    await step(id, 'deliver_with_otp', da.id);
  }
  for (const id of ids.filter((_, i) => i % 6 === 2)) {
    await step(id, 'out_for_delivery', da.id);
    await step(id, 'otp_not_available', da.id);
  }
  for (const id of ids.filter((_, i) => i % 12 === 2)) {
    await step(id, 'return_to_station', da.id);
    await step(id, 'out_for_delivery', da.id);
    await step(id, 'deliver', da.id);
  }
  for (const id of [...ids.filter((_, i) => i % 24 === 8), 'CFLATEIN000000']) {
    if (id === 'CFLATEIN000000') {
      await step(id, 'out_for_delivery', da.id);
    } else {
      await step(id, 'return_to_station', da.id);
      await step(id, 'out_for_delivery', da.id);
    }
    await step(id, 'otp_not_available', da.id);
  }
  // And by plain updates of the state, which fire the same trigger: out for delivery once, some delivered.
  const bulk = ids.filter((_, i) => i % 6 === 3);
  await db.update(shipments).set({ trackerState: 'out_for_delivery' }).where(inArray(shipments.trackingId, bulk));
  await db
    .update(shipments)
    .set({ trackerState: 'delivered' })
    .where(
      inArray(
        shipments.trackingId,
        bulk.filter((_, i) => i % 2 === 0),
      ),
    );
});

const COHORTS: [string, Partial<TrackerQuery>][] = [
  ['label days', { labelFrom: '2026-11-28', labelTo: '2026-11-30' }],
  ['one label day', { labelFrom: '2026-12-01', labelTo: '2026-12-01' }],
  ['label days from', { labelFrom: '2026-11-30' }],
  ['label days up to', { labelTo: '2026-11-29' }],
  ['first reason OTP not enabled', { reason: 'OTP_NOT_ENABLED' }],
  ['first reason below threshold', { reason: 'BELOW_THRESHOLD' }],
  ['locked out', { lockedOut: true }],
  ['first attempt', { firstAttempt: true }],
  ['all together', { labelFrom: '2026-11-28', labelTo: '2026-12-01', lockedOut: true, firstAttempt: true }],
  ['label days and a reason', { labelFrom: '2026-11-29', labelTo: '2026-12-01', reason: 'BELOW_THRESHOLD' }],
];
const BESIDE: [string, Partial<TrackerQuery>][] = [
  ['alone', {}],
  ['OTP needed', { otp: 'yes' }],
  ['no OTP', { otp: 'no' }],
  ['IN', { marketplace: 'IN' }],
  ['UK', { marketplace: 'UK' }],
  ['delivered', { statuses: ['delivered', 'delivered_with_otp'] }],
  ['locked out now, in FR', { statuses: ['attempted_otp_not_available'], marketplace: 'FR' }],
];

describe('tracker cohort filters (the insights links)', () => {
  it('has data that makes every filter matter', async () => {
    const rows = await storedShipments();
    const count = (keep: (r: Stored) => boolean) => rows.filter(keep).length;
    expect(count((r) => r.attempts === 1)).toBeGreaterThan(10);
    expect(count((r) => r.attempts === 2)).toBeGreaterThan(3);
    expect(count((r) => r.lockouts === 2)).toBeGreaterThan(0);
    expect(count((r) => r.lockouts > 0 && r.attempts === 1)).toBeGreaterThan(3);
    for (const reason of ['OTP_NOT_ENABLED', 'BELOW_THRESHOLD'] satisfies ReasonCode[])
      expect(count((r) => r.reason === reason)).toBeGreaterThan(5);
    for (const m of MARKETS) expect(new Set(rows.filter((r) => r.marketplace === m).map((r) => r.labelDay)).size).toBeGreaterThanOrEqual(4);
  });

  describe.each(COHORTS)('%s', (_name, cohort) => {
    it.each(BESIDE)('%s: the rollup count, the pages to the end and a count by hand agree', async (_beside, other) => {
      const query: TrackerQuery = { ...DEFAULT_QUERY, ...cohort, ...other };
      expect(countableFromRollups(query)).toBe(true);
      const rows = await storedShipments();
      const expected = byHand(rows, query);
      const { ids, total } = await pagedToTheEnd(query);
      expect(ids).toEqual(expected);
      expect(total).toBe(expected.length);
      const chips = (await countTrackerStatuses(db, shipper, { ...query, statuses: [] }))!;
      for (const state of TRACKER_STATES) {
        expect(chips[state], state).toEqual({ count: byHand(rows, { ...query, statuses: [state] }).length, capped: false });
      }
    });
  });

  it('reads the label day in each marketplace’s zone: 23:30 UTC on the 30th is 1 December in India and France', async () => {
    const listed = async (view: Partial<TrackerQuery>) => (await pagedToTheEnd({ ...DEFAULT_QUERY, ...view })).ids;
    const firstOfDecember = await listed({ labelFrom: '2026-12-01', labelTo: '2026-12-01' });
    expect(firstOfDecember).toEqual(expect.arrayContaining(['CFLATEIN000000', 'CFLATEFR000000', 'CFINDIA0000002']));
    expect(firstOfDecember).not.toContain('CFLATEUK000000');
    expect(firstOfDecember).not.toContain('CFINDIA0000001');
    const thirtieth = await listed({ labelFrom: '2026-11-30', labelTo: '2026-11-30', marketplace: 'IN' });
    expect(thirtieth).toContain('CFINDIA0000001');
    expect(thirtieth).not.toContain('CFLATEIN000000');
    expect(await listed({ labelFrom: '2026-11-30', labelTo: '2026-11-30', marketplace: 'UK' })).toContain('CFLATEUK000000');
  });

  it('counts the same through the shipments when the view also searches or has last-event days', async () => {
    const rows = await storedShipments();
    const cohort: Partial<TrackerQuery> = { labelFrom: '2026-11-28', labelTo: '2026-11-30', firstAttempt: true };
    const searched: TrackerQuery = { ...DEFAULT_QUERY, ...cohort, q: 'CF0000000000' };
    expect(countableFromRollups(searched)).toBe(false);
    const prefixed = byHand(rows, searched).filter((id) => id.startsWith('CF0000000000'));
    expect((await pagedToTheEnd(searched)).ids).toEqual(prefixed);
    // Shipments moved by a delivery step have today's last event; the rest kept the fixture's, 20 November.
    const until: TrackerQuery = { ...DEFAULT_QUERY, ...cohort, to: '2026-11-20' };
    expect(countableFromRollups(until)).toBe(false);
    const notStepped = byHand(rows, until).filter((id) => {
      const r = rows.find((row) => row.trackingId === id)!;
      return localDayOf(r.lastEventAt, r.marketplace) <= '2026-11-20';
    });
    expect(notStepped.length).toBeGreaterThan(0);
    const { ids, total } = await pagedToTheEnd(until);
    expect(ids).toEqual(notStepped);
    expect(total).toBe(notStepped.length);
    const chips = (await countTrackerStatuses(db, shipper, until))!;
    expect(TRACKER_STATES.reduce((n, s) => n + chips[s].count, 0)).toBe(notStepped.length);
  });

  it('exports exactly the rows the view lists', async () => {
    const query: TrackerQuery = { ...DEFAULT_QUERY, labelFrom: '2026-11-29', labelTo: '2026-12-01', lockedOut: true, otp: 'yes' };
    const exported: string[] = [];
    for await (const batch of streamTrackerExport(db, shipper, query, 7)) exported.push(...batch.map((r) => r.trackingId));
    expect(exported.sort()).toEqual((await pagedToTheEnd(query)).ids);
    expect(exported.length).toBeGreaterThan(0);
  });

  it('opens a link built by trackerViewHref as a view that counts what the insights would', async () => {
    const view: Partial<TrackerQuery> = {
      labelFrom: '2026-11-28',
      labelTo: '2026-12-01',
      statuses: ['delivered', 'delivered_with_otp'],
      marketplace: 'IN',
      firstAttempt: true,
    };
    const opened = parseTrackerQuery(new URL(trackerViewHref(view), 'http://portal.test').searchParams);
    expect(opened).toEqual({ ...DEFAULT_QUERY, ...view });
    const expected = byHand(await storedShipments(), opened);
    expect(expected.length).toBeGreaterThan(0);
    expect((await listTrackerShipments(db, shipper, opened)).total).toEqual({ count: expected.length, capped: false });
  });
});
