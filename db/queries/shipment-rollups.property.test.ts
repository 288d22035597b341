import '@/tests/support/db-setup';
import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { accountThresholds, shipments } from '@/db/schema';
import { LIFECYCLE_ACTIONS, mayApply, transition } from '@/lib/lifecycle';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import type { ParsedPackage } from '@/lib/upload/types';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import { createAccount, createUser } from '@/tests/support/fixtures';
import { CounterModel, storedCounters } from '@/tests/support/delivery-counter-model';
import { readRollups, recountRollups } from '@/tests/support/rollup-recount';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { loadAccountRuleSettings } from './account-rule-settings';
import type { StationPackage } from './delivery-scope';
import { tryStep } from './lifecycle-steps';
import { storeShipments } from './shipment-store';
import { compactShipmentRollups, rebuildShipmentRollups } from './shipment-rollups';

let db: Db;
let deliveryAssociateId: string;
beforeAll(async () => {
  db = await getDb();
  deliveryAssociateId = (await createUser('delivery_associate', { station: 'UK' })).id;
});

/** Trips out and back that real packages make, moved by direct UPDATEs at chosen times. */
const ROUTES: Record<string, readonly TrackerState[]> = {
  delivered: ['out_for_delivery', 'delivered'],
  deliveredWithOtp: ['out_for_delivery', 'delivered_with_otp'],
  lockedOutThenOtp: ['out_for_delivery', 'attempted_otp_not_available', 'returned_to_station', 'out_for_delivery', 'delivered_with_otp'],
  attemptedThenDelivered: ['out_for_delivery', 'delivery_attempted', 'returned_to_station', 'out_for_delivery', 'delivered'],
  lockedOut: ['out_for_delivery', 'attempted_otp_not_available'],
};

type Op =
  | { kind: 'upload'; packages: { value: string; country: 'GB' | 'IN' | 'FR' | 'US'; phone: boolean }[] }
  | { kind: 'backdated'; marketplace: Marketplace; minor: number; daysAgo: number; hour: number; eligible: boolean }
  | { kind: 'threshold'; marketplace: Marketplace; minor: number | null }
  | { kind: 'move'; picks: number[]; state: TrackerState }
  | { kind: 'route'; picks: number[]; route: string; gapsMs: number[] }
  | { kind: 'walk'; picks: number[]; choices: number[] }
  | { kind: 'delete'; pick: number }
  | { kind: 'compact' };

const PHONES = { GB: '07700 900123', IN: '+91 98765 43210', FR: '06 12 34 56 78', US: '+1 202 555 0100' } as const;
// Either side of each value band's edges (10.00, 1,000.00, 10,000.00), and anything up to 20,000.00.
const minor = fc.oneof(
  fc.constantFrom(0, 999, 1_000, 99_999, 100_000, 100_001, 109_999, 110_000, 999_999, 1_000_000, 1_000_001),
  fc.integer({ min: 0, max: 500_00 }),
  fc.integer({ min: 0, max: 20_000_00 }),
);
const picks = (maxLength: number) => fc.array(fc.nat(), { minLength: 1, maxLength });
// Whole minutes land on the 10-minute edges; milliseconds fall between them; a few go back in time.
const gap = fc.oneof(
  fc.integer({ min: -5, max: 900 }).map((m) => m * 60_000),
  fc.integer({ min: -60_000, max: 15 * HOUR_MS }),
);

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('upload' as const),
    packages: fc.array(
      fc.record({
        value: minor.map((m) => (m / 100).toFixed(2)),
        country: fc.constantFrom('GB' as const, 'IN' as const, 'FR' as const, 'US' as const),
        phone: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  }),
  fc.record({
    kind: fc.constant('backdated' as const),
    marketplace: fc.constantFrom(...MARKETPLACE_CODES),
    minor,
    daysAgo: fc.integer({ min: 0, max: 95 }),
    hour: fc.integer({ min: 0, max: 23 }),
    eligible: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('threshold' as const),
    marketplace: fc.constantFrom(...MARKETPLACE_CODES),
    minor: fc.option(fc.integer({ min: 1, max: 300_00 }), { nil: null }),
  }),
  fc.record({ kind: fc.constant('move' as const), picks: picks(6), state: fc.constantFrom(...TRACKER_STATES) }),
  fc.record({
    kind: fc.constant('route' as const),
    picks: picks(4),
    route: fc.constantFrom(...Object.keys(ROUTES)),
    gapsMs: fc.array(gap, { minLength: 5, maxLength: 5 }),
  }),
  fc.record({ kind: fc.constant('walk' as const), picks: picks(3), choices: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }) }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('compact' as const) }),
);

function packagesOf(rows: Extract<Op, { kind: 'upload' }>['packages'], batch: number): ParsedPackage[] {
  const file = csvFile(
    rows.map((row, i) => ({
      package_client_reference_id: `P${batch}-${i}`,
      insured_value: row.value,
      item_value: row.value,
      ship_to_country_code: row.country,
      ship_to_phone: row.phone ? PHONES[row.country] : '',
    })),
  );
  const outcome = parseShipmentFile(utf8(file));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.packages;
}

async function accountIds(accountId: string): Promise<string[]> {
  const rows = await db.select({ id: shipments.id }).from(shipments).where(eq(shipments.accountId, accountId)).orderBy(shipments.id);
  return rows.map((r) => r.id);
}

async function chosen(accountId: string, picked: number[]): Promise<string[]> {
  const all = await accountIds(accountId);
  return all.length === 0 ? [] : [...new Set(picked.map((p) => all[p % all.length]!))];
}

/** Real delivery steps through the DA's own query: each choice takes one of the steps the package's state allows. */
async function walk(ids: string[], choices: number[], model: CounterModel): Promise<void> {
  for (const id of ids) {
    for (const choice of choices) {
      const [pkg] = (await db.select().from(shipments).where(eq(shipments.id, id))) as unknown as StationPackage[];
      if (!pkg?.marketplace) return;
      const allowed = LIFECYCLE_ACTIONS.filter((action) => mayApply(action, pkg.trackerState));
      if (allowed.length === 0) break;
      const action = allowed[choice % allowed.length]!;
      if (!(await db.transaction((tx) => tryStep(tx, pkg, action, deliveryAssociateId)))) throw new Error(`${action} refused`);
      const [after] = await db.select({ at: shipments.lastEventAt }).from(shipments).where(eq(shipments.id, id));
      model.moved(id, transition(pkg, action).trackerState, after!.at);
    }
  }
}

async function apply(accountId: string, step: Op, batch: number, model: CounterModel): Promise<void> {
  switch (step.kind) {
    case 'upload': {
      const settings = await loadAccountRuleSettings(db, accountId);
      await db.transaction((tx) =>
        storeShipments(tx, accountId, null, packagesOf(step.packages, batch), (p) => eligibilityOf(p, settings)),
      );
      return model.addNew(db, accountId);
    }
    case 'backdated': {
      const createdAt = new Date(Date.now() - step.daysAgo * DAY_MS);
      createdAt.setUTCHours(step.hour, 17);
      await createShipment(accountId, { marketplace: step.marketplace, insuredMinor: step.minor, createdAt, otpEligible: step.eligible });
      return model.addNew(db, accountId);
    }
    case 'threshold':
      await db
        .delete(accountThresholds)
        .where(sql`${accountThresholds.accountId} = ${accountId} and ${accountThresholds.marketplace} = ${step.marketplace}`);
      if (step.minor !== null)
        await db
          .insert(accountThresholds)
          .values({ accountId, marketplace: step.marketplace, valueMinor: step.minor, currency: MARKETPLACES[step.marketplace].currency });
      return;
    case 'move': {
      const ids = await chosen(accountId, step.picks);
      if (ids.length === 0) return;
      const at = new Date();
      await db.update(shipments).set({ trackerState: step.state, lastEventAt: at }).where(inArray(shipments.id, ids));
      for (const id of ids) model.moved(id, step.state, at);
      return;
    }
    case 'route': {
      const ids = await chosen(accountId, step.picks);
      if (ids.length === 0) return;
      let at = Date.now() - 3 * DAY_MS;
      for (const [i, state] of ROUTES[step.route]!.entries()) {
        at += step.gapsMs[i]!;
        await db
          .update(shipments)
          .set({ trackerState: state, lastEventAt: new Date(at) })
          .where(inArray(shipments.id, ids));
        for (const id of ids) model.moved(id, state, new Date(at));
      }
      return;
    }
    case 'walk':
      return walk(await chosen(accountId, step.picks), step.choices, model);
    case 'delete': {
      const all = await accountIds(accountId);
      if (all.length === 0) return;
      const id = all[step.pick % all.length]!;
      await db.delete(shipments).where(eq(shipments.id, id));
      model.rows.delete(id);
      return;
    }
    case 'compact':
      await compactShipmentRollups(db);
  }
}

async function expectRollupsToMatchRecount(accountId: string, compacted: boolean): Promise<void> {
  const read = await readRollups(db, accountId);
  const recount = await recountRollups(db, accountId);
  expect(read.sums.counts).toEqual(recount.counts);
  expect(read.sums.times).toEqual(recount.times);
  expect(read.sums.values).toEqual(recount.values);
  if (compacted) expect(read.rows).toBe(read.keys);
}

describe('shipment rollups', () => {
  it('equal a recount over random uploads, delivery trips, lifecycle steps, threshold changes, deletions, merges and rebuilds', async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (steps) => {
        const account = await createAccount({ otpEnabled: true, marketplaces: ['UK', 'IN', 'FR'] });
        const model = new CounterModel();
        for (const step of steps) await apply(account.id, step, (batch += 1), model);
        expect(await storedCounters(db, account.id)).toEqual(model.rows);
        await expectRollupsToMatchRecount(account.id, false);

        await compactShipmentRollups(db);
        await expectRollupsToMatchRecount(account.id, true);

        await rebuildShipmentRollups(db);
        await expectRollupsToMatchRecount(account.id, true);
      }),
      { numRuns: 25 },
    );
  });

  it('are rebuilt from the shipments by db:rollups, the same as kept by the triggers', async () => {
    const account = await createAccount({ otpEnabled: true });
    for (let i = 0; i < 6; i += 1) {
      const row = await createShipment(account.id, {
        insuredMinor: 100_00 + i * 2_500_00,
        createdAt: new Date(Date.now() - i * 20 * DAY_MS),
        otpEligible: i % 2 === 0,
      });
      const out = new Date(Date.now() - i * DAY_MS);
      await db.update(shipments).set({ trackerState: 'out_for_delivery', lastEventAt: out }).where(eq(shipments.id, row.id));
      if (i < 4)
        await db
          .update(shipments)
          .set({ trackerState: i % 2 === 0 ? 'delivered_with_otp' : 'delivered', lastEventAt: new Date(out.getTime() + i * 47 * 60_000) })
          .where(eq(shipments.id, row.id));
    }
    const kept = await readRollups(db, account.id);
    expect(kept.sums.times.size).toBeGreaterThan(1);
    for (const table of ['shipment_rollups', 'delivery_time_rollups', 'shipment_value_rollups'])
      await db.execute(sql`delete from ${sql.raw(table)} where account_id = ${account.id}`);
    await rebuildShipmentRollups(db);
    const rebuilt = await readRollups(db, account.id);
    expect(rebuilt.sums).toEqual(kept.sums);
    expect(rebuilt.sums).toEqual(await recountRollups(db, account.id));
    expect(rebuilt.rows).toBe(rebuilt.keys);
  });

  it('works out label days with the marketplace table’s time zones, every marketplace', async () => {
    for (const marketplace of MARKETPLACE_CODES) {
      const format = new Intl.DateTimeFormat('en-CA', { timeZone: MARKETPLACES[marketplace].timeZone, dateStyle: 'short' });
      for (const at of ['2026-06-30T20:30:00Z', '2026-01-15T23:30:00Z', '2026-03-29T00:30:00Z']) {
        const result = (await db.execute(
          sql`select shipment_rollup_day(${at}::timestamptz, ${marketplace}::marketplace)::text as day`,
        )) as unknown as { rows: { day: string }[] };
        expect(result.rows[0]!.day, `${marketplace} ${at}`).toBe(format.format(new Date(at)));
      }
    }
  });

  it('puts a shipment on its label day in its marketplace’s time zone', async () => {
    const account = await createAccount({ marketplaces: ['UK', 'IN'] });
    // 20:00 UTC on 30 June is already 1 July in India, still 30 June (21:00 BST) in the UK.
    const at = new Date('2026-06-30T20:00:00Z');
    await createShipment(account.id, { marketplace: 'IN', insuredMinor: 1, createdAt: at });
    await createShipment(account.id, { marketplace: 'UK', insuredMinor: 1, createdAt: at });
    const days = (await db.execute(sql`
      select marketplace, day::text as day from shipment_rollups where account_id = ${account.id} order by marketplace
    `)) as unknown as { rows: { marketplace: string; day: string }[] };
    expect(days.rows).toEqual([
      { marketplace: 'IN', day: '2026-07-01' },
      { marketplace: 'UK', day: '2026-06-30' },
    ]);
  });
});
