import '@/tests/support/db-setup';
import { eq, inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { accountThresholds, shipments } from '@/db/schema';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import type { ParsedPackage } from '@/lib/upload/types';
import { DAY_MS } from '@/lib/time/durations';
import { createAccount } from '@/tests/support/fixtures';
import { readRollups, recountRollups } from '@/tests/support/rollup-recount';
import { createShipment } from '@/tests/support/shipment-fixtures';
import { loadAccountRuleSettings } from './account-rule-settings';
import { storeShipments } from './shipment-store';
import { compactShipmentRollups, rebuildShipmentRollups } from './shipment-rollups';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

type Op =
  | { kind: 'upload'; packages: { value: string; country: 'GB' | 'IN' | 'FR' | 'US'; phone: boolean }[] }
  | { kind: 'backdated'; marketplace: Marketplace; minor: number; daysAgo: number; hour: number; eligible: boolean }
  | { kind: 'threshold'; marketplace: Marketplace; minor: number | null }
  | { kind: 'move'; picks: number[]; state: TrackerState }
  | { kind: 'delete'; pick: number }
  | { kind: 'compact' };

const PHONES = { GB: '07700 900123', IN: '+91 98765 43210', FR: '06 12 34 56 78', US: '+1 202 555 0100' } as const;

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('upload' as const),
    packages: fc.array(
      fc.record({
        value: fc.integer({ min: 0, max: 400_00 }).map((minor) => (minor / 100).toFixed(2)),
        country: fc.constantFrom('GB' as const, 'IN' as const, 'FR' as const, 'US' as const),
        phone: fc.boolean(),
      }),
      { minLength: 1, maxLength: 12 },
    ),
  }),
  fc.record({
    kind: fc.constant('backdated' as const),
    marketplace: fc.constantFrom(...MARKETPLACE_CODES),
    minor: fc.integer({ min: 0, max: 500_00 }),
    daysAgo: fc.integer({ min: 0, max: 95 }),
    hour: fc.integer({ min: 0, max: 23 }),
    eligible: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('threshold' as const),
    marketplace: fc.constantFrom(...MARKETPLACE_CODES),
    minor: fc.option(fc.integer({ min: 1, max: 300_00 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant('move' as const),
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    state: fc.constantFrom(...TRACKER_STATES),
  }),
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

async function apply(accountId: string, step: Op, batch: number): Promise<void> {
  const ids = async () =>
    (await db.select({ id: shipments.id }).from(shipments).where(eq(shipments.accountId, accountId)).orderBy(shipments.id)).map(
      (r) => r.id,
    );
  switch (step.kind) {
    case 'upload': {
      const settings = await loadAccountRuleSettings(db, accountId);
      await db.transaction((tx) =>
        storeShipments(tx, accountId, null, packagesOf(step.packages, batch), (p) => eligibilityOf(p, settings)),
      );
      return;
    }
    case 'backdated': {
      const createdAt = new Date(Date.now() - step.daysAgo * DAY_MS);
      createdAt.setUTCHours(step.hour, 17);
      await createShipment(accountId, { marketplace: step.marketplace, insuredMinor: step.minor, createdAt, otpEligible: step.eligible });
      return;
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
      const all = await ids();
      if (all.length === 0) return;
      const chosen = [...new Set(step.picks.map((p) => all[p % all.length]!))];
      await db.update(shipments).set({ trackerState: step.state, lastEventAt: new Date() }).where(inArray(shipments.id, chosen));
      return;
    }
    case 'delete': {
      const all = await ids();
      if (all.length > 0) await db.delete(shipments).where(eq(shipments.id, all[step.pick % all.length]!));
      return;
    }
    case 'compact':
      await compactShipmentRollups(db);
  }
}

describe('shipment rollups', () => {
  it('equal a recount of the shipments over random uploads, state changes, threshold changes, deletions and merges', async () => {
    let batch = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 14 }), async (steps) => {
        const account = await createAccount({ otpEnabled: true, marketplaces: ['UK', 'IN', 'FR'] });
        for (const step of steps) await apply(account.id, step, (batch += 1));
        const expected = await recountRollups(db, account.id);
        expect((await readRollups(db, account.id)).sums).toEqual(expected);

        await compactShipmentRollups(db);
        const compacted = await readRollups(db, account.id);
        expect(compacted.sums).toEqual(expected);
        expect(compacted.rows).toBe(compacted.keys);
      }),
      { numRuns: 25 },
    );
  });

  it('are rebuilt from the shipments by db:rollups, the same as kept by the triggers', async () => {
    const account = await createAccount({ otpEnabled: true });
    for (let i = 0; i < 6; i += 1) {
      await createShipment(account.id, {
        insuredMinor: 100_00 + i,
        createdAt: new Date(Date.now() - i * 20 * DAY_MS),
        otpEligible: i % 2 === 0,
      });
    }
    const kept = await readRollups(db, account.id);
    await db.execute(sql`delete from shipment_rollups where account_id = ${account.id}`);
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
