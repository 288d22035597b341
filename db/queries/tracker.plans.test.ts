import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { addDays } from '@/lib/insights/period';
import { DEFAULT_QUERY, type TrackerQuery } from '@/lib/tracker/query';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { type PlanNode, planNodes, shipmentsNodes } from '@/tests/support/query-plan';
import { countTrackerStatuses, listTrackerShipments } from './tracker';
import { countableFromRollups } from './tracker-rollup-counts';

const PER_ACCOUNT = 40_000;

let pool: Pool;
let actor: Actor;
const captured: { query: string; params: unknown[] }[] = [];
const logger: Logger = { logQuery: (query, params) => void captured.push({ query, params }) };

/** Every statement the tracker runs for this view, and how PostgreSQL reaches the shipments table in each. */
async function shipmentScans(query: TrackerQuery): Promise<{ statement: string; scans: PlanNode[] }[]> {
  captured.length = 0;
  const logged = drizzle({ client: pool, schema, logger }) as unknown as Db;
  const page = await listTrackerShipments(logged, actor, query);
  await countTrackerStatuses(logged, actor, { ...query, account: page.accountId });
  const statements = captured.filter((c) => /from "shipments"/.test(c.query));
  // The page, and its counts unless the shipment rollups hold the view (then they are summed there).
  expect(statements.length).toBeGreaterThanOrEqual(countableFromRollups(query) ? 1 : 3);
  return Promise.all(
    statements.map(async ({ query: text, params }) => {
      const scans = shipmentsNodes(await planNodes(pool, text, params));
      return { statement: text.slice(0, 120), scans };
    }),
  );
}

afterAll(async () => {
  await closeDb();
});

// The planner's choices depend on PostgreSQL's statistics and costs; PGlite is PostgreSQL too, but CI's
// production path is the server, and a plan test on 80,000 rows is cheap there.
describe.skipIf(!process.env.DATABASE_URL)('tracker query plans on PostgreSQL', () => {
  beforeAll(async () => {
    const db = await getDb();
    pool = (db as unknown as { $client: Pool }).$client;
    const mine = await createAccount({ marketplaces: ['UK', 'FR', 'IN'] });
    const other = await createAccount();
    actor = actorOf(await createUser('shipper', { accountId: mine.id }));
    // Two accounts, 30 days of last events each, a fifth of them in every marketplace's week below.
    await pool.query(
      `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace,
         ship_to_country, recipient_name, insured_value_minor, insured_currency, otp_eligible, eligibility, tracker_state, last_event_at)
       select case when g % 2 = 0 then $1::uuid else $2::uuid end, 'SC' || lpad(g::text, 12, '0'), 'REF-' || g, 'EXTERNAL', true,
         (array['UK','FR','IN'])[1 + g % 3]::marketplace, 'GB', 'Recipient ' || g, g % 50000, 'GBP', g % 3 = 0, '{}'::jsonb,
         (array['label_created','in_transit','delivered','delivered_with_otp'])[1 + g % 4]::tracker_state,
         timestamptz '2026-11-30 00:00:00+00' - make_interval(secs => (g % ${PER_ACCOUNT}) * 64.8)
       from generate_series(1, $3::int) g`,
      [mine.id, other.id, PER_ACCOUNT * 2],
    );
    await pool.query('vacuum analyze shipments');
  });

  const views: [string, Partial<TrackerQuery>][] = [
    ['no filter', {}],
    ['last-event dates (a week, marketplace days)', { from: '2026-11-16', to: '2026-11-22' }],
    ['dates and a marketplace', { from: '2026-11-16', to: '2026-11-22', marketplace: 'FR' }],
    ['dates and a status', { from: '2026-11-16', to: '2026-11-22', statuses: ['delivered_with_otp'] }],
    ['dates and OTP needed', { from: '2026-11-01', to: '2026-11-29', otp: 'yes' }],
  ];

  it.each(views)('%s: the page and every count reach shipments through an index', async (_name, filters) => {
    const results = await shipmentScans({ ...DEFAULT_QUERY, ...filters });
    for (const { statement, scans } of results) {
      expect(scans.length, statement).toBeGreaterThan(0);
      for (const scan of scans) expect(scan['Node Type'], `${statement}\n${JSON.stringify(scan)}`).toMatch(/^Index( Only)? Scan$/);
    }
  });

  it('counts a label-day view (an insights link) from shipment_rollups; only its page reads shipments, through an index', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const view: TrackerQuery = {
      ...DEFAULT_QUERY,
      labelFrom: addDays(today, -29),
      labelTo: today,
      marketplace: 'IN',
      otp: 'yes',
      statuses: ['delivered_with_otp'],
      firstAttempt: true,
    };
    expect(countableFromRollups(view)).toBe(true);
    const results = await shipmentScans(view);
    expect(results.map((r) => r.statement)).toEqual([expect.stringMatching(/^select "id"/)]);
    expect(captured.filter((c) => /from "shipment_rollups"/.test(c.query))).toHaveLength(2);
    for (const scan of results[0]!.scans)
      expect(scan['Node Type'], JSON.stringify(scan)).toMatch(/^(Index( Only)? Scan|Bitmap Heap Scan)$/);
  });

  it('runs a text search with room for its bitmaps, which with too little work_mem turn lossy and recheck whole pages', async () => {
    // Matches on every page (every tenth name), so the bitmap of the search's matches outgrows work_mem's minimum.
    const other = await createAccount();
    await pool.query(
      `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, ship_to_country,
         recipient_name, insured_value_minor, insured_currency, otp_eligible, eligibility, tracker_state, last_event_at)
       select $1::uuid, 'SD' || lpad(g::text, 12, '0'), 'REF-' || g, 'EXTERNAL', true, 'GB', case when g % 10 = 0 then 'Priya Nair' else 'Recipient ' || g end, 100, 'GBP', false,
         '{}'::jsonb, 'delivered', timestamptz '2026-11-01 00:00:00+00'
       from generate_series(1, 200000) g`,
      [other.id],
    );
    await pool.query('vacuum analyze shipments');
    captured.length = 0;
    const logged = drizzle({ client: pool, schema, logger }) as unknown as Db;
    const view: TrackerQuery = { ...DEFAULT_QUERY, q: 'priya na' };
    await countTrackerStatuses(logged, actor, view);
    await listTrackerShipments(logged, actor, view);
    const searches = captured.flatMap((c, i) => (/recipient_name_prefixes/.test(c.query) ? [i] : []));
    expect(searches.length).toBeGreaterThanOrEqual(2);
    for (const i of searches) expect(captured[i - 1]!.query, captured[i]!.query).toMatch(/set_config\('work_mem', \$1, true\)/);

    // Why: the same count under a tiny work_mem (as the default 4 MB is for a million shipments) and under the search's.
    const count = captured[searches[0]!]!;
    const removedByRecheck = async (workMem: string) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        await client.query(`select set_config('work_mem', $1, true)`, [workMem]);
        const nodes = await planNodes(client, count.query, count.params, { analyze: true });
        return nodes.reduce((sum, n) => sum + (n['Rows Removed by Index Recheck'] ?? 0), 0);
      } finally {
        await client.query('rollback');
        client.release();
      }
    };
    expect(await removedByRecheck('64kB')).toBeGreaterThan(0);
    expect(await removedByRecheck(String(captured[searches[0]! - 1]!.params[0]))).toBe(0);
  });
});
