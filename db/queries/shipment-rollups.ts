import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';

const KEY = sql.raw('account_id, day, marketplace, tracker_state, otp_eligible, reason, currency');
const COLUMNS = sql.raw('account_id, day, marketplace, tracker_state, otp_eligible, reason, currency, shipments, value_minor');
// Any instance may run the merge; one at a time is enough.
const COMPACTION_LOCK = 7_301_2026;

function rowCount(result: unknown): number {
  return (result as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

/**
 * Merges the delta rows of every key that has more than one into a single row (dropping keys that sum
 * to nothing). Rows written while it runs are not in its snapshot and stay for the next merge, so no
 * count is lost or doubled. Returns the number of rows merged away.
 */
export async function compactShipmentRollups(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const locked = (await tx.execute(sql`select pg_try_advisory_xact_lock(${COMPACTION_LOCK}) as ok`)) as unknown as {
      rows: { ok: boolean }[];
    };
    if (!locked.rows[0]?.ok) return 0;
    const result = await tx.execute(sql`
      with split as (
        select ${KEY} from shipment_rollups group by ${KEY} having count(*) > 1
      ), gone as (
        delete from shipment_rollups r using split s
        where (r.account_id, r.day, r.marketplace, r.tracker_state, r.otp_eligible, r.reason, r.currency)
            = (s.account_id, s.day, s.marketplace, s.tracker_state, s.otp_eligible, s.reason, s.currency)
        returning r.*
      ), merged as (
        insert into shipment_rollups (${COLUMNS})
        select ${KEY}, sum(shipments), sum(value_minor) from gone group by ${KEY}
        having sum(shipments) <> 0 or sum(value_minor) <> 0
        returning 1
      )
      select ((select count(*) from gone) - (select count(*) from merged))::int as n
    `);
    return rowCount(result);
  });
}

/**
 * Counts every shipment again into the rollups (`npm run db:rollups`): for history written before the
 * triggers, or to prove them. Writers to shipments wait while it runs, so nothing is missed or counted twice.
 */
export async function rebuildShipmentRollups(db: DbOrTx): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`lock table shipments in share mode`);
    await tx.execute(sql`delete from shipment_rollups`);
    const result = await tx.execute(sql`
      with inserted as (
        insert into shipment_rollups (${COLUMNS})
        select account_id, shipment_rollup_day(created_at, marketplace), coalesce(marketplace::text, ''), tracker_state, otp_eligible,
          coalesce(eligibility -> 'reasons' -> 0 ->> 'code', ''), insured_currency, count(*), sum(insured_value_minor)
        from shipments
        group by 1, 2, 3, 4, 5, 6, 7
        returning 1
      )
      select count(*)::int as n from inserted
    `);
    return rowCount(result);
  });
}
