import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db, DbOrTx } from '../client';

/** Each rollup table: the columns that key a figure, and the counts summed under it. */
const ROLLUPS = [
  {
    table: 'shipment_rollups',
    key: ['account_id', 'day', 'marketplace', 'tracker_state', 'otp_eligible', 'reason', 'currency', 'attempts', 'locked_out'],
    sums: ['shipments', 'value_minor'],
  },
  { table: 'delivery_time_rollups', key: ['account_id', 'day', 'marketplace', 'otp_eligible', 'minutes_bin'], sums: ['shipments'] },
  {
    table: 'shipment_value_rollups',
    key: ['account_id', 'day', 'marketplace', 'currency', 'otp_intrinsic', 'band'],
    sums: ['shipments', 'value_minor'],
  },
] as const;
// Any instance may run the merge; one at a time is enough.
const COMPACTION_LOCK = 7_301_2026;

function rowCount(result: unknown): number {
  return (result as { rows: { n: number }[] }).rows[0]?.n ?? 0;
}

function compactionOf({ table, key, sums }: (typeof ROLLUPS)[number]) {
  const keys = sql.raw(key.join(', '));
  const rowKey = sql.raw(`(${key.map((k) => `r.${k}`).join(', ')})`);
  const splitKey = sql.raw(`(${key.map((k) => `s.${k}`).join(', ')})`);
  const summed = sql.raw(sums.map((s) => `sum(${s})`).join(', '));
  const nonZero = sql.raw(sums.map((s) => `sum(${s}) <> 0`).join(' or '));
  const name = sql.raw(table);
  return sql`
    with split as (
      select ${keys} from ${name} group by ${keys} having count(*) > 1
    ), gone as (
      delete from ${name} r using split s where ${rowKey} = ${splitKey}
      returning r.*
    ), merged as (
      insert into ${name} (${keys}, ${sql.raw(sums.join(', '))})
      select ${keys}, ${summed} from gone group by ${keys}
      having ${nonZero}
      returning 1
    )
    select ((select count(*) from gone) - (select count(*) from merged))::int as n
  `;
}

/**
 * Merges the delta rows of every key that has more than one into a single row (dropping keys that sum
 * to nothing), in each rollup table. Rows written while it runs are not in its snapshot and stay for the
 * next merge, so no count is lost or doubled. Returns the number of rows merged away.
 */
export async function compactShipmentRollups(db: Db): Promise<number> {
  return db.transaction(async (tx) => {
    const locked = (await tx.execute(sql`select pg_try_advisory_xact_lock(${COMPACTION_LOCK}) as ok`)) as unknown as {
      rows: { ok: boolean }[];
    };
    if (!locked.rows[0]?.ok) return 0;
    let merged = 0;
    for (const rollup of ROLLUPS) merged += rowCount(await tx.execute(compactionOf(rollup)));
    return merged;
  });
}

/**
 * Counts every shipment again into the rollups (`npm run db:rollups`, SQL `rebuild_shipment_rollups`): for
 * history written before the triggers, or to prove them. Writers to shipments wait while it runs, so nothing
 * is missed or counted twice. Returns the rows of the shipment rollup.
 */
export async function rebuildShipmentRollups(db: DbOrTx): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select rebuild_shipment_rollups()`);
    return rowCount(await tx.execute(sql`select count(*)::int as n from shipment_rollups`));
  });
}
