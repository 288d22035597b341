import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { type SmsGatewayStub, startSmsGatewayStub } from '@/tests/support/sms-gateway-stub';

// `npm run worker` as a deployment runs it: its own process, talking to the SMS gateway over HTTP.
const TSX = path.join(process.cwd(), 'node_modules', '.bin', 'tsx');
const secrets = Object.fromEntries(['NEXTAUTH_SECRET', 'OTP_PEPPER', 'OTP_ENC_KEY'].map((n) => [n, randomBytes(32).toString('base64')]));

function workerProcess(env: Record<string, string | undefined>): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  let output = '';
  const child = spawn(TSX, ['--conditions=react-server', 'db/worker-cli.ts'], {
    // Only what a deployment would set: no .env.local leaks in (loadEnvConfig never overrides what is set).
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'development', DEMO_INBOX: '0', ...secrets, ...env },
  });
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe('npm run worker', () => {
  it('refuses to run on the embedded database, naming why', async () => {
    const worker = workerProcess({ DATABASE_URL: undefined, PGLITE_DIR: 'memory://' });
    expect(await worker.exited).toBe(1);
    expect(worker.output()).toContain('npm run worker needs DATABASE_URL');
  });
});

describe.skipIf(!process.env.DATABASE_URL)('npm run worker on PostgreSQL', () => {
  let db: Db;
  let gateway: SmsGatewayStub;
  beforeAll(async () => {
    db = await getDb();
    gateway = await startSmsGatewayStub();
  });
  afterAll(async () => {
    await gateway.close();
    await closeDb();
  });

  it('sends what is queued through the SMS gateway within 2 seconds, and stops cleanly on SIGTERM', async () => {
    const worker = workerProcess({
      DATABASE_URL: process.env.DATABASE_URL,
      SMS_GATEWAY_URL: gateway.url,
      SMS_GATEWAY_ACCOUNT_SID: gateway.accountSid,
      SMS_GATEWAY_AUTH_TOKEN: gateway.authToken,
      SMS_FROM: 'ShipperCtl',
    });
    try {
      const deadline = Date.now() + 30_000;
      while (!worker.output().includes('outbox worker') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      await new Promise((r) => setTimeout(r, 500)); // its LISTEN connection is up
      await db.execute(sql`
        insert into notifications (channel, to_address, template, body)
        select 'sms', '+4477009' || lpad(n::text, 5, '0'), 'shipped', 'worker process ' || n from generate_series(1, 50) as n
      `);
      const queued = Date.now();
      let pending = 50;
      while (pending > 0 && Date.now() - queued < 15_000) {
        await new Promise((r) => setTimeout(r, 50));
        [{ n: pending }] = (await db.select({ n: count() }).from(notifications).where(eq(notifications.status, 'pending'))) as [
          { n: number },
        ];
      }
      expect(pending).toBe(0);
      expect(Date.now() - queued).toBeLessThan(2_000);
      expect(gateway.received.map((m) => m.body).sort()).toEqual(Array.from({ length: 50 }, (_, i) => `worker process ${i + 1}`).sort());
      expect(gateway.received.every((m) => m.from === 'ShipperCtl')).toBe(true);
    } finally {
      worker.child.kill('SIGTERM');
    }
    expect(await worker.exited).toBe(0);
  });
});
