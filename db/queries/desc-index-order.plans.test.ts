import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { planNodes } from '@/tests/support/query-plan';
import { newestShipmentForExample } from './api-keys';
import { listAuditLog } from './audit-log';

afterAll(async () => {
  await closeDb();
});

interface Captured {
  query: string;
  params: unknown[];
}

/** The statements a read sends, each with its parameters. */
async function statementsOf(pool: Pool, read: (db: Db) => Promise<unknown>): Promise<Captured[]> {
  const captured: Captured[] = [];
  const logger: Logger = { logQuery: (query, params) => void captured.push({ query, params }) };
  await read(drizzle({ client: pool, schema, logger }) as unknown as Db);
  return captured;
}

// Planner choices need PostgreSQL's statistics on a realistic table: on the server only, as tracker.plans.test.ts.
describe.skipIf(!process.env.DATABASE_URL)('newest-first reads on PostgreSQL', () => {
  it('find an account’s newest shipment and its latest settings changes by walking their indexes, never sorting them all', async () => {
    const db = await getDb();
    const pool = (db as unknown as { $client: Pool }).$client;
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    await pool.query(
      `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace,
         ship_to_country, recipient_name, insured_value_minor, insured_currency, otp_eligible, eligibility, tracker_state, created_at)
       select $1::uuid, 'NF' || lpad(g::text, 12, '0'), 'NF-' || g, 'EXTERNAL', true, 'UK', 'GB', 'Recipient ' || g, 10000, 'GBP',
         true, '{}'::jsonb, 'delivered', now() - make_interval(secs => g)
       from generate_series(1, 50000) g`,
      [account.id],
    );
    await pool.query(
      `insert into audit_log (actor_role, account_id, field, old_value, new_value, at)
       select 'shipper', $1::uuid, 'otp_threshold_uk', (g - 1)::text, g::text, now() - make_interval(secs => g)
       from generate_series(1, 20000) g`,
      [account.id],
    );
    await pool.query('vacuum analyze shipments, audit_log');

    const reads: [string, (db: Db) => Promise<unknown>, string][] = [
      ['newest shipment', (on) => newestShipmentForExample(on, shipper), 'shipments_account_created_idx'],
      ['latest settings changes', (on) => listAuditLog(on, shipper), 'audit_log_account_idx'],
    ];
    for (const [name, read, index] of reads) {
      const [statement] = (await statementsOf(pool, read)).slice(-1);
      const nodes = await planNodes(pool, statement!.query, statement!.params, { analyze: true });
      expect(
        nodes.map((n) => n['Node Type']),
        name,
      ).not.toContain('Sort');
      const scan = nodes.find((n) => n['Index Name'] === index);
      expect(scan, name).toBeDefined();
      expect(scan!['Actual Rows'], name).toBeLessThanOrEqual(60);
    }
  });
});
