import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { LAST_VALUE_BAND, valueBandBounds, valueBandOf } from '@/lib/insights/value-bands';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

/** SQL `shipment_value_band` of each value, in order. */
async function sqlBands(values: readonly number[]): Promise<[number, number][]> {
  const result = (await db.execute(sql`
    select v::text as minor, shipment_value_band(v)::int as band
    from unnest(${`{${values.join(',')}}`}::bigint[]) with ordinality as x(v, i) order by i
  `)) as unknown as { rows: { minor: string; band: number }[] };
  return result.rows.map((row) => [Number(row.minor), row.band]);
}

describe('SQL shipment_value_band and lib/insights/value-bands', () => {
  it('put the named edge values in the same band', async () => {
    const edges = [0, 999, 1_000, 99_999, 100_000, 109_999, 110_000, 999_999, 1_000_000, 2 ** 46, Number.MAX_SAFE_INTEGER];
    const bands = await sqlBands(edges);
    expect(bands).toEqual(edges.map((minor) => [minor, valueBandOf(minor)]));
    expect(bands.map(([, band]) => band)).toEqual([0, 0, 1, 99, 100, 100, 101, 189, 190, 190, 190]);
  });

  it('agree one below, on and one above the start of every band', async () => {
    const values = Array.from({ length: LAST_VALUE_BAND + 1 }, (_, band) => valueBandBounds(band).fromMinor).flatMap((from) =>
      [from - 1, from, from + 1].filter((v) => v >= 0),
    );
    expect(await sqlBands(values)).toEqual(values.map((minor) => [minor, valueBandOf(minor)]));
  });
});
