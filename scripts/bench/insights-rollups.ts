/**
 * After the bulk load: the rollups the insert trigger kept must equal a recount of every shipment. Times
 * `rebuild_shipment_rollups()` (what `npm run db:rollups` runs) and compares its rows, summed per key, with
 * what the trigger wrote; any difference stops the bench, whose figures would otherwise read wrong data.
 */
import type { RawSql } from './tracker-seed';

const TABLES = ['shipment_rollups', 'delivery_time_rollups', 'shipment_value_rollups'] as const;
const SUMS = new Set(['shipments', 'value_minor']);

async function summedSql(db: RawSql, table: string): Promise<string> {
  const columns = await db.rows<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = '${table}' order by ordinal_position`,
  );
  const keys = columns.map((c) => c.column_name).filter((c) => !SUMS.has(c));
  const sums = columns.map((c) => c.column_name).filter((c) => SUMS.has(c));
  return `select ${keys.join(', ')}, ${sums.map((s) => `sum(${s})::bigint as ${s}`).join(', ')} from ${table}
    group by ${keys.join(', ')} having ${sums.map((s) => `sum(${s}) <> 0`).join(' or ')}`;
}

const count = async (db: RawSql, text: string) => (await db.rows<{ n: number }>(`select count(*)::int as n from (${text}) t`))[0]!.n;

export async function checkAndRebuildRollups(db: RawSql, log: (s: string) => void): Promise<void> {
  const summed = new Map<string, string>();
  for (const table of TABLES) {
    summed.set(table, await summedSql(db, table));
    const deltas = await count(db, `select 1 from ${table}`);
    await db.exec(`create table bench_kept_${table} as ${summed.get(table)}`);
    log(`  ${table}: ${deltas.toLocaleString('en')} delta rows from the trigger`);
  }
  const started = Date.now();
  await db.exec('select rebuild_shipment_rollups()');
  log(`  rebuild_shipment_rollups() (npm run db:rollups): ${((Date.now() - started) / 1000).toFixed(1)} s`);
  try {
    for (const table of TABLES) {
      const kept = `select * from bench_kept_${table}`;
      const differing = await count(db, `(${summed.get(table)} except all ${kept}) union all (${kept} except all ${summed.get(table)})`);
      const rows = await count(db, `select 1 from ${table}`);
      if (differing > 0) throw new Error(`${table}: ${differing} keys differ between the trigger's rollups and the rebuild`);
      log(`  ${table}: ${rows.toLocaleString('en')} rows after the rebuild, equal per key to the trigger's`);
    }
  } finally {
    for (const table of TABLES) await db.exec(`drop table bench_kept_${table}`);
  }
  for (const table of TABLES) await db.exec(`vacuum analyze ${table}`);
}
