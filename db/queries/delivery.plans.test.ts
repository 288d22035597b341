import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { planNodes, shipmentsNodes } from '@/tests/support/query-plan';
import { listTodaysPackages } from './delivery';

afterAll(async () => {
  await closeDb();
});

// Planner choices need PostgreSQL's statistics on a realistic table: on the server only, as tracker.plans.test.ts.
describe.skipIf(!process.env.DATABASE_URL)('delivery list plan on PostgreSQL', () => {
  it('reads each state’s newest packages from the station index, never the whole history', async () => {
    const db = await getDb();
    const pool = (db as unknown as { $client: Pool }).$client;
    const account = await createAccount({ marketplaces: ['UK', 'IN'] });
    const da = actorOf(await createUser('delivery_associate', { station: 'UK' }));
    // 60,000 shipments over 60 days at two stations, nine in ten of them finished long ago.
    await pool.query(
      `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace,
         ship_to_country, recipient_name, insured_value_minor, insured_currency, otp_eligible, eligibility, tracker_state, last_event_at)
       select $1::uuid, 'DP' || lpad(g::text, 12, '0'), 'DP-' || g, 'EXTERNAL', true, (array['UK','IN'])[1 + g % 2]::marketplace, 'GB',
         'Recipient ' || g, 10000, 'GBP', true, '{}'::jsonb,
         case when g % 10 = 0 then (array['label_created','in_transit','out_for_delivery'])[1 + g % 3]
              else (array['delivered','delivered_with_otp','lost'])[1 + g % 3] end::tracker_state,
         now() - make_interval(secs => g * 86.4)
       from generate_series(1, 60000) g`,
      [account.id],
    );
    await pool.query('vacuum analyze shipments');

    const captured: { query: string; params: unknown[] }[] = [];
    const logger: Logger = { logQuery: (query, params) => void captured.push({ query, params }) };
    const listed = await listTodaysPackages(drizzle({ client: pool, schema, logger }) as unknown as Db, da);
    expect(listed).toHaveLength(300);

    const [{ query, params }] = captured as [{ query: string; params: unknown[] }];
    const scans = shipmentsNodes(await planNodes(pool, query, params));
    expect(scans.map((n) => n['Node Type'])).not.toContain('Seq Scan');
    expect(scans.some((n) => n['Index Name'] === 'shipments_marketplace_state_last_event_idx')).toBe(true);

    // Each state's scan reads its newest 300 in the index's order (not all 1,000 open ones to sort them), and a
    // finished state's scan stops where today ends: its history is never read and then filtered away.
    const analyzed = shipmentsNodes(await planNodes(pool, query, params, { analyze: true }));
    const station = analyzed.filter((n) => n['Index Name'] === 'shipments_marketplace_state_last_event_idx');
    expect(Math.max(...station.map((n) => n['Actual Rows'] ?? Infinity))).toBeLessThanOrEqual(300);
    const removed = analyzed.reduce((sum, n) => sum + (n['Rows Removed by Filter'] ?? 0) * (n['Actual Loops'] ?? 1), 0);
    expect(removed).toBeLessThan(100);
  });
});
