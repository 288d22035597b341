import { eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { accountThresholds, shipperAccounts } from '@/db/schema';
import type { OtpSwitches } from '@/lib/insights/what-if';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { eligibilityOf, type AccountRuleSettings } from '@/lib/upload/checked-package';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { loadAccountRuleSettings, type ProposedThresholds } from './account-rule-settings';
import { whatIfThresholds, type ReasonChange } from './otp-what-if';
import { NO_MARKETPLACE_RECOUNT, recountWhatIf } from './otp-what-if.recount';
import { storeShipments } from './shipment-store';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const PERIOD = { from: '2026-05-01', to: '2026-05-07' };
// Each marketplace's first and last instants of the period (India +5:30, Paris/Rome/Madrid +2, London +1, UTC
// for a country outside every marketplace), one second either side, and the UTC day edges.
const EDGE_INSTANTS = [
  '2026-04-30T18:29:59Z',
  '2026-04-30T18:30:00Z',
  '2026-04-30T21:59:59Z',
  '2026-04-30T22:00:00Z',
  '2026-04-30T22:59:59Z',
  '2026-04-30T23:00:00Z',
  '2026-04-30T23:59:59Z',
  '2026-05-01T00:00:00Z',
  '2026-05-07T18:29:59Z',
  '2026-05-07T18:30:00Z',
  '2026-05-07T21:59:59Z',
  '2026-05-07T22:00:00Z',
  '2026-05-07T22:59:59Z',
  '2026-05-07T23:00:00Z',
  '2026-05-07T23:59:59Z',
  '2026-05-08T00:00:00Z',
].map((at) => Date.parse(at));
const SPAN = [Date.parse('2026-04-29T00:00:00Z'), Date.parse('2026-05-09T00:00:00Z')] as const;
const INSIDE = [Date.parse('2026-05-01T00:00:00Z'), Date.parse('2026-05-07T18:00:00Z')] as const;

// Band edges and threshold-like amounts, shared by values and thresholds so they often meet exactly.
const POOL = [
  1, 999, 1_000, 1_001, 9_999, 10_000, 10_001, 15_000, 49_999, 50_000, 50_001, 99_999, 100_000, 100_001, 109_999, 110_000, 110_001, 999_999,
  1_000_000, 1_000_001, 2_500_000,
];
const valueArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...POOL) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 3_000_000 }) },
);
const mostlyOn = fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) });
const switchesArb = fc.record({ otpEnabled: mostlyOn, emailNotifications: mostlyOn, smsNotifications: mostlyOn });

/** Thresholds per marketplace (null: the default), often exactly the value of one of its packages. */
function thresholdsArb(packages: readonly Package[], requiredKeys?: []) {
  const thresholdIn = (m: Marketplace) => {
    const values = packages.filter((p) => p.country === MARKETPLACES[m].countryCode).map((p) => p.minor);
    return fc.oneof(
      { weight: values.length > 0 ? 3 : 0, arbitrary: values.length > 0 ? fc.constantFrom(...values) : fc.constant(0) },
      { weight: 2, arbitrary: fc.constantFrom(...POOL) },
      { weight: 1, arbitrary: fc.integer({ min: 0, max: 2_000_000 }) },
    );
  };
  const perMarketplace = Object.fromEntries(MARKETPLACE_CODES.map((m) => [m, fc.option(thresholdIn(m), { nil: null })]));
  return fc.record(perMarketplace as Record<Marketplace, fc.Arbitrary<number | null>>, requiredKeys ? { requiredKeys } : undefined);
}

const COUNTRIES = ['GB', 'FR', 'IT', 'ES', 'IN', 'US'] as const;
type Country = (typeof COUNTRIES)[number];
const CURRENCY: Record<Country, string> = { GB: 'GBP', FR: 'EUR', IT: 'EUR', ES: 'EUR', IN: 'INR', US: 'USD' };
const MOBILE: Record<Country, string> = {
  GB: '07700 900123',
  FR: '06 12 34 56 78',
  IT: '+39 333 123 4567',
  ES: '612 345 678',
  IN: '+91 98765 43210',
  US: '+1 202 555 0100',
};

const packageArb = fc.record({
  country: fc.constantFrom(...COUNTRIES),
  minor: valueArb,
  otherCurrency: fc.oneof({ weight: 6, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  phone: fc.oneof(
    { weight: 6, arbitrary: fc.constant('mobile' as const) },
    { weight: 1, arbitrary: fc.constant('missing' as const) },
    { weight: 1, arbitrary: fc.constant('landline' as const) },
  ),
  amazon: fc.oneof({ weight: 5, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  collectOnDelivery: fc.oneof({ weight: 8, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
  createdAt: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...EDGE_INSTANTS) },
    { weight: 1, arbitrary: fc.integer({ min: SPAN[0], max: SPAN[1] }) },
    { weight: 3, arbitrary: fc.integer({ min: INSIDE[0], max: INSIDE[1] }) },
  ),
});
type Package = typeof packageArb extends fc.Arbitrary<infer T> ? T : never;

function ruleSettings(switches: OtpSwitches, overrides: Partial<Record<Marketplace, number | null>>): AccountRuleSettings {
  const thresholds: NonNullable<AccountRuleSettings['thresholds']> = {};
  for (const m of MARKETPLACE_CODES) {
    const minor = overrides[m];
    if (minor != null) thresholds[m] = { value: minor / 100, unit: MARKETPLACES[m].currency };
  }
  return { ...switches, thresholds };
}

/** Stores the packages through the upload's store path, judged with the label-time settings, then back-dates them. */
async function store(accountId: string, packages: readonly Package[], labelTime: AccountRuleSettings): Promise<void> {
  const file = csvFile(
    packages.map((p, i) => {
      const currency = p.otherCurrency ? (CURRENCY[p.country] === 'EUR' ? 'GBP' : 'EUR') : CURRENCY[p.country];
      const value = (p.minor / 100).toFixed(2);
      return {
        package_client_reference_id: `W-${i}`,
        channel_type: p.amazon ? 'AMAZON' : 'EXTERNAL',
        collect_on_delivery: p.collectOnDelivery ? 'yes' : 'no',
        insured_value: value,
        insured_value_currency: currency,
        item_value: value,
        item_value_currency: currency,
        ship_to_country_code: p.country,
        ship_to_phone: p.phone === 'mobile' ? MOBILE[p.country] : p.phone === 'landline' ? '020 7946 0000' : '',
      };
    }),
  );
  const parsed = parseShipmentFile(utf8(file));
  if (!parsed.ok) throw new Error(parsed.message);
  expect(parsed.rejected).toEqual([]);
  const createdAt = new Map<string, string>();
  await db.transaction((tx) =>
    storeShipments(
      tx,
      accountId,
      null,
      parsed.packages,
      (p) => eligibilityOf(p, labelTime),
      undefined,
      (rows) => rows.forEach((row) => createdAt.set(row.id, new Date(packages[Number(row.ref.slice(2))]!.createdAt).toISOString())),
    ),
  );
  const moves = JSON.stringify([...createdAt].map(([id, at]) => ({ id, at })));
  await db.execute(sql`
    update shipments s set created_at = x.at from jsonb_to_recordset(${moves}::jsonb) as x(id uuid, at timestamptz) where s.id = x.id
  `);
}

async function saveSettings(accountId: string, switches: OtpSwitches, overrides: Partial<Record<Marketplace, number | null>>) {
  await db.update(shipperAccounts).set(switches).where(eq(shipperAccounts.id, accountId));
  await db.delete(accountThresholds).where(eq(accountThresholds.accountId, accountId));
  const rows = MARKETPLACE_CODES.flatMap((m) => {
    const valueMinor = overrides[m];
    return valueMinor == null ? [] : [{ accountId, marketplace: m, valueMinor, currency: MARKETPLACES[m].currency }];
  });
  if (rows.length > 0) await db.insert(accountThresholds).values(rows);
}

/** Reason changes as sorted [from>to, shipments] pairs: a (from, to) listed twice shows. */
function changesOf(changes: readonly ReasonChange[]): [string, number][] {
  return changes.map((c): [string, number] => [`${c.from}>${c.to}`, c.shipments]).sort(([a], [b]) => a.localeCompare(b));
}

function sortedEntries(changes: Map<string, number>): [string, number][] {
  return [...changes].sort(([a], [b]) => a.localeCompare(b));
}

describe('threshold what-if', () => {
  it('equals re-running the shared rules on the same shipments with the saved and the proposed settings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(packageArb, { minLength: 1, maxLength: 40, size: 'max' }).chain((packages) =>
          fc.tuple(
            fc.constant(packages),
            fc.record({ switches: switchesArb, overrides: thresholdsArb(packages) }),
            fc.record({ switches: switchesArb, overrides: thresholdsArb(packages) }),
            fc.record({
              thresholds: thresholdsArb(packages, []),
              switches: fc.record({ otpEnabled: mostlyOn, emailNotifications: mostlyOn, smsNotifications: mostlyOn }, { requiredKeys: [] }),
            }),
            fc.option(fc.constantFrom(...MARKETPLACE_CODES), { nil: null, freq: 3 }),
          ),
        ),
        async ([packages, labelTime, saved, proposal, marketplace]) => {
          const account = await createAccount({ marketplaces: ['UK', 'IN', 'FR'] });
          const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
          await store(account.id, packages, ruleSettings(labelTime.switches, labelTime.overrides));
          await saveSettings(account.id, saved.switches, saved.overrides);

          const thresholds: ProposedThresholds = proposal.thresholds;
          const whatIf = await whatIfThresholds(db, shipper, null, {
            period: PERIOD,
            marketplace,
            thresholds,
            switches: proposal.switches,
          });
          const before = await loadAccountRuleSettings(db, account.id);
          const after = { ...(await loadAccountRuleSettings(db, account.id, thresholds)), ...proposal.switches };
          const expected = await recountWhatIf(db, account.id, PERIOD, marketplace, before, after);

          expect(whatIf.shipments).toBe(expected.shipments);
          expect(whatIf.totals.needingOtp).toEqual(expected.needingOtp);
          for (const m of expected.byMarketplace.keys()) expect(whatIf.marketplaces.map((f) => f.marketplace)).toContain(m);
          for (const figures of whatIf.marketplaces) {
            const want = expected.byMarketplace.get(figures.marketplace) ?? NO_MARKETPLACE_RECOUNT;
            const label = `${figures.marketplace}`;
            expect(figures.shipments, label).toBe(want.shipments);
            expect([figures.needingOtp.before.shipments, figures.needingOtp.before.valueMinor], label).toEqual(want.before);
            expect([figures.needingOtp.after.shipments, figures.needingOtp.after.valueMinor], label).toEqual(want.after);
            expect(new Map(figures.bands.map((b) => [b.band, [b.shipments, b.intrinsic]])), label).toEqual(want.bands);
            expect(changesOf(figures.reasonChanges), label).toEqual(sortedEntries(want.reasonChanges));
            expect(figures.affected, label).toBe(expected.affected.filter((a) => a.marketplace === figures.marketplace).length);
          }
          expect(changesOf(whatIf.reasonChanges)).toEqual(sortedEntries(expected.reasonChanges));
          expect(whatIf.affected.total).toBe(expected.affected.length);
          expect(
            whatIf.affected.shipments.map((s) => ({
              id: s.id,
              marketplace: s.marketplace,
              valueMinor: s.valueMinor,
              before: s.needsOtp.before,
              after: s.needsOtp.after,
            })),
          ).toEqual(expected.affected.slice(0, 100));
        },
      ),
      { numRuns: 60 },
    );
  });
});
