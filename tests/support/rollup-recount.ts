import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { MARKETPLACE_CODES, MARKETPLACES } from '@/lib/otp/marketplaces';
import type { ReasonCode } from '@/lib/otp/reason-codes';

const DAY_FORMAT = new Map<string, Intl.DateTimeFormat>(
  [...MARKETPLACE_CODES.map((m) => [m, MARKETPLACES[m].timeZone] as const), ['', 'UTC'] as const].map(([m, timeZone]) => [
    m,
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ]),
);

/** The three rollups of one account, each as sums per key (the key's columns joined with `|`). */
export interface RollupFigures {
  /** shipment_rollups: day|marketplace|state|eligible|reason|currency|attempts|lockedOut → [shipments, value]. */
  counts: Map<string, [number, number]>;
  /** delivery_time_rollups: day|marketplace|eligible|minutesBin → shipments. */
  times: Map<string, number>;
  /** shipment_value_rollups: day|marketplace|currency|intrinsic|band → [shipments, value]. */
  values: Map<string, [number, number]>;
}

/** What the account's switches and threshold decide; every other failed rule keeps a shipment from OTP whatever they are. */
const SWITCHES_AND_THRESHOLD: readonly ReasonCode[] = [
  'OTP_NOT_ENABLED',
  'EMAIL_NOTIFICATIONS_OFF',
  'SMS_NOTIFICATIONS_OFF',
  'BELOW_THRESHOLD',
];

/** Value bands in minor units: 10.00 wide below 1,000.00, 100.00 wide below 10,000.00, then one band (190). */
export function valueBandOf(minor: number): number {
  if (minor < 100_000) return Math.floor(Math.max(minor, 0) / 1_000);
  if (minor < 1_000_000) return 100 + Math.floor((minor - 100_000) / 10_000);
  return 190;
}

const BIN_MICROS = 600_000_000n;
/** 10-minute bins of out for delivery → delivered, from microseconds since the epoch; 72 holds 12 hours or more. */
export function minutesBinOf(outMicros: bigint, deliveredMicros: bigint): number {
  const elapsed = deliveredMicros - outMicros;
  if (elapsed <= 0n) return 0;
  return Math.min(Number(elapsed / BIN_MICROS), 72);
}

function otpIntrinsic(notPassed: Record<string, unknown> | undefined): boolean {
  return Object.keys(notPassed ?? {}).every((code) => SWITCHES_AND_THRESHOLD.includes(code as ReasonCode));
}

function add<K>(map: Map<K, [number, number]>, key: K, value: number): void {
  const [n, v] = map.get(key) ?? [0, 0];
  map.set(key, [n + 1, v + value]);
}

interface ShipmentFacts {
  createdAt: string | Date;
  marketplace: string;
  state: string;
  eligible: boolean;
  eligibility: { reasons?: { code: string }[]; notPassed?: Record<string, unknown> } | string;
  currency: string;
  minor: string;
  attempts: number;
  lockouts: number;
  outMicros: string | null;
  lastMicros: string;
}

const DELIVERED = new Set(['delivered', 'delivered_with_otp']);

/**
 * An account's rollups recounted from its shipments' own columns: label day, bins, bands and the
 * switches-only test worked out here rather than by the SQL functions under test. Timestamps are read as
 * whole microseconds so a bin edge falls where PostgreSQL puts it.
 */
export async function recountRollups(db: Db, accountId: string): Promise<RollupFigures> {
  const result = (await db.execute(sql`
    select created_at as "createdAt", coalesce(marketplace::text, '') as marketplace, tracker_state as state, otp_eligible as eligible,
      eligibility, insured_currency as currency, insured_value_minor::text as minor, delivery_attempts as attempts, lockouts,
      (extract(epoch from out_for_delivery_at) * 1000000)::bigint::text as "outMicros",
      (extract(epoch from last_event_at) * 1000000)::bigint::text as "lastMicros"
    from shipments where account_id = ${accountId}
  `)) as unknown as { rows: ShipmentFacts[] };
  const figures: RollupFigures = { counts: new Map(), times: new Map(), values: new Map() };
  for (const r of result.rows) {
    const day = DAY_FORMAT.get(r.marketplace)!.format(new Date(r.createdAt));
    const eligibility = typeof r.eligibility === 'string' ? JSON.parse(r.eligibility) : r.eligibility;
    const reason = eligibility.reasons?.[0]?.code ?? '';
    const minor = Number(r.minor);
    const attempts = Math.min(Number(r.attempts), 2);
    add(figures.counts, [day, r.marketplace, r.state, r.eligible, reason, r.currency, attempts, Number(r.lockouts) > 0].join('|'), minor);
    add(figures.values, [day, r.marketplace, r.currency, otpIntrinsic(eligibility.notPassed), valueBandOf(minor)].join('|'), minor);
    if (DELIVERED.has(r.state) && r.outMicros !== null) {
      const key = [day, r.marketplace, r.eligible, minutesBinOf(BigInt(r.outMicros), BigInt(r.lastMicros))].join('|');
      figures.times.set(key, (figures.times.get(key) ?? 0) + 1);
    }
  }
  return figures;
}

interface SummedRow {
  key: string;
  n: number;
  v: string;
  rows: number;
}

async function summed(db: Db, table: string, keyColumns: string, valueColumn: string | null, accountId: string): Promise<SummedRow[]> {
  const result = (await db.execute(sql`
    select concat_ws('|', ${sql.raw(keyColumns)}) as key, sum(shipments)::int as n, ${sql.raw(valueColumn ? `sum(${valueColumn})` : '0')}::text as v,
      count(*)::int as rows
    from ${sql.raw(table)} where account_id = ${accountId}
    group by ${sql.raw(keyColumns)}
  `)) as unknown as { rows: SummedRow[] };
  return result.rows;
}

/**
 * An account's three rollups summed per key, keys summing to nothing left out; `rows` against `keys`
 * (over the three tables) shows delta rows not yet merged.
 */
export async function readRollups(db: Db, accountId: string): Promise<{ sums: RollupFigures; rows: number; keys: number }> {
  const counts = await summed(
    db,
    'shipment_rollups',
    'day::text, marketplace, tracker_state::text, otp_eligible::text, reason, currency, attempts::text, locked_out::text',
    'value_minor',
    accountId,
  );
  const times = await summed(db, 'delivery_time_rollups', 'day::text, marketplace, otp_eligible::text, minutes_bin::text', null, accountId);
  const values = await summed(
    db,
    'shipment_value_rollups',
    'day::text, marketplace, currency, otp_intrinsic::text, band::text',
    'value_minor',
    accountId,
  );
  const sums: RollupFigures = { counts: new Map(), times: new Map(), values: new Map() };
  for (const r of counts) if (r.n !== 0 || Number(r.v) !== 0) sums.counts.set(r.key, [r.n, Number(r.v)]);
  for (const r of times) if (r.n !== 0) sums.times.set(r.key, r.n);
  for (const r of values) if (r.n !== 0 || Number(r.v) !== 0) sums.values.set(r.key, [r.n, Number(r.v)]);
  const all = [...counts, ...times, ...values];
  return { sums, rows: all.reduce((total, r) => total + r.rows, 0), keys: all.length };
}
