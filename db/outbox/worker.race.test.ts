import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import type { MessageTransport } from '@/lib/messages/transport';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { pollingWakeSignal } from './wake-signal';
import { startOutboxWorker } from './worker';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

process.env.DATABASE_POOL_MAX = '20';
setUpTestSecrets();

afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('outbox workers racing on PostgreSQL', () => {
  it('two workers and 1,000 due messages: every message sent exactly once', async () => {
    const total = 1_000;
    await db.execute(sql`
      insert into notifications (channel, to_address, template, body)
      select 'sms', '+4477009' || lpad(n::text, 5, '0'), 'shipped', 'message ' || n from generate_series(1, ${total}) as n
    `);
    const sends = new Map<string, number>();
    const perWorker = [0, 0];
    const transport = (worker: number): MessageTransport => ({
      name: 'log',
      send: async (m) => {
        await new Promise((resolve) => setTimeout(resolve, 2));
        sends.set(m.body, (sends.get(m.body) ?? 0) + 1);
        perWorker[worker]! += 1;
      },
    });
    const workers = [0, 1].map((w) =>
      startOutboxWorker({
        db,
        transports: { sms: transport(w), email: transport(w) },
        wake: pollingWakeSignal(),
        idlePollMs: 20,
        allowPrivateNetwork: false,
        batchSize: 50,
        concurrency: 16,
      }),
    );
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const [pending] = await db.select({ n: count() }).from(notifications).where(eq(notifications.status, 'pending'));
      if (pending!.n === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await Promise.all(workers.map((w) => w.stop()));

    expect(sends.size).toBe(total);
    expect([...sends.values()].every((n) => n === 1)).toBe(true);
    expect(perWorker[0]! + perWorker[1]!).toBe(total);
    expect(Math.min(...perWorker)).toBeGreaterThan(0);
    const rows = await db
      .select({ status: notifications.status, attempts: notifications.attempts, n: count() })
      .from(notifications)
      .groupBy(notifications.status, notifications.attempts);
    expect(rows).toEqual([{ status: 'sent', attempts: 1, n: total }]);
  });
});
