import type { Logger } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import type { Pool } from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import * as schema from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { planNodes, shipmentsNodes } from '@/tests/support/query-plan';
import { whatIfThresholds, type WhatIfInput } from './otp-what-if';

const MINE = 120_000;
const OTHERS = 40_000;
const NINETY_DAYS: WhatIfInput['period'] = { from: '2026-09-02', to: '2026-11-30' };

let pool: Pool;
let actor: Actor;
const captured: { query: string; params: unknown[] }[] = [];
const logger: Logger = { logQuery: (query, params) => void captured.push({ query, params }) };

afterAll(async () => {
  await closeDb();
});

// As tracker.plans.test.ts: the planner's choices are PostgreSQL's, checked on the server with enough rows.
describe.skipIf(!process.env.DATABASE_URL)('threshold what-if query plans on PostgreSQL', () => {
  beforeAll(async () => {
    const db = await getDb();
    pool = (db as unknown as { $client: Pool }).$client;
    const mine = await createAccount({ marketplaces: ['UK', 'FR', 'IN'], otpEnabled: true });
    const other = await createAccount();
    actor = actorOf(await createUser('shipper', { accountId: mine.id }));
    // A year of shipments in three marketplaces, values 0–20,000.00, a quarter kept from OTP by a rule the
    // switches and threshold cannot change (a missing phone).
    await pool.query(
      `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace,
         ship_to_country, recipient_name, insured_value_minor, insured_currency, otp_eligible, eligibility, created_at)
       select case when g <= $3::int then $1::uuid else $2::uuid end, 'WI' || lpad(g::text, 12, '0'), 'REF-' || g, 'EXTERNAL', true,
         (array['UK','FR','IN']::marketplace[])[1 + g % 3], (array['GB','FR','IN'])[1 + g % 3],
         'Recipient ' || g, (g::bigint * 7919) % 2000000, (array['GBP','EUR','INR'])[1 + g % 3], false,
         case when g % 4 = 0 then '{"notPassed":{"PHONE_MISSING":"failed"}}' else '{"notPassed":{"BELOW_THRESHOLD":"failed"}}' end::jsonb,
         timestamptz '2026-12-01 00:00:00+00' - make_interval(secs => (g % $3::int) * 105.1)
       from generate_series(1, $3::int + $4::int) g`,
      [mine.id, other.id, MINE, OTHERS],
    );
    await pool.query('vacuum analyze shipments');
    await pool.query('vacuum analyze shipment_value_rollups');
    await pool.query('vacuum analyze shipment_rollups');
  });

  const inputs: [string, Partial<WhatIfInput>][] = [
    ['a lower UK threshold and the default for IN', { thresholds: { UK: 9_000, IN: null } }],
    ['higher thresholds in the open band', { thresholds: { UK: 1_500_000, FR: 1_000_000 } }],
    ['SMS switched off (every OTP shipment affected)', { thresholds: {}, switches: { smsNotifications: false } }],
    ['one marketplace', { thresholds: { FR: 25_050 }, marketplace: 'FR' }],
  ];

  it.each(inputs)('%s: reaches shipments through an index only', async (_name, extra) => {
    captured.length = 0;
    const logged = drizzle({ client: pool, schema, logger }) as unknown as Db;
    await whatIfThresholds(logged, actor, null, { period: NINETY_DAYS, marketplace: null, thresholds: {}, ...extra });
    const statements = captured.filter((c) => /from shipments s/.test(c.query));
    expect(statements).toHaveLength(1);
    for (const { query, params } of statements) {
      const scans = shipmentsNodes(await planNodes(pool, query, params));
      expect(scans.length).toBeGreaterThan(0);
      for (const scan of scans) expect(scan['Node Type'], JSON.stringify(scan)).not.toBe('Seq Scan');
    }
  });
});
