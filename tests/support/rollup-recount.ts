import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { MARKETPLACE_CODES, MARKETPLACES } from '@/lib/otp/marketplaces';

const DAY_FORMAT = new Map<string, Intl.DateTimeFormat>(
  [...MARKETPLACE_CODES.map((m) => [m, MARKETPLACES[m].timeZone] as const), ['', 'UTC'] as const].map(([m, timeZone]) => [
    m,
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
  ]),
);

/** An account's rollups recounted from the shipments themselves, the label day worked out here rather than in SQL. */
export async function recountRollups(db: Db, accountId: string): Promise<Map<string, [number, number]>> {
  const rows = (await db.execute(sql`
    select created_at as "createdAt", coalesce(marketplace::text, '') as marketplace, tracker_state as state, otp_eligible as eligible,
      coalesce(eligibility -> 'reasons' -> 0 ->> 'code', '') as reason, insured_currency as currency, insured_value_minor::text as minor
    from shipments where account_id = ${accountId}
  `)) as unknown as {
    rows: {
      createdAt: string | Date;
      marketplace: string;
      state: string;
      eligible: boolean;
      reason: string;
      currency: string;
      minor: string;
    }[];
  };
  const out = new Map<string, [number, number]>();
  for (const r of rows.rows) {
    const day = DAY_FORMAT.get(r.marketplace)!.format(new Date(r.createdAt));
    const key = [day, r.marketplace, r.state, r.eligible, r.reason, r.currency].join('|');
    const [n, v] = out.get(key) ?? [0, 0];
    out.set(key, [n + 1, v + Number(r.minor)]);
  }
  return out;
}

/** An account's rollups summed per key, keys summing to nothing left out; `rows` against `keys` shows unmerged deltas. */
export async function readRollups(db: Db, accountId: string): Promise<{ sums: Map<string, [number, number]>; rows: number; keys: number }> {
  const result = (await db.execute(sql`
    select day::text as day, marketplace, tracker_state as state, otp_eligible as eligible, reason, currency,
      sum(shipments)::int as n, sum(value_minor)::text as v, count(*)::int as rows
    from shipment_rollups where account_id = ${accountId}
    group by 1, 2, 3, 4, 5, 6
  `)) as unknown as {
    rows: {
      day: string;
      marketplace: string;
      state: string;
      eligible: boolean;
      reason: string;
      currency: string;
      n: number;
      v: string;
      rows: number;
    }[];
  };
  const sums = new Map<string, [number, number]>();
  let rows = 0;
  for (const r of result.rows) {
    rows += r.rows;
    if (r.n !== 0 || Number(r.v) !== 0)
      sums.set([r.day, r.marketplace, r.state, r.eligible, r.reason, r.currency].join('|'), [r.n, Number(r.v)]);
  }
  return { sums, rows, keys: result.rows.length };
}
