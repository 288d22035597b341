import { eq, inArray, sql } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { takeOutForDelivery } from '@/db/queries/delivery';
import { enqueueMessages } from '@/db/queries/outbox';
import { CLAIM_LEASE_MS, claimDueRows } from '@/db/queries/outbox-rows';
import { requestRecipientSignInCode } from '@/db/queries/recipient-sign-in';
import { notifications } from '@/db/schema';
import type { MessageTransport, SendableMessage } from '@/lib/messages/transport';
import { PermanentSendError } from '@/lib/outbox/send-errors';
import { deliveryDayAt } from '@/lib/passcode';
import { actorOf, createUser } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf } from '@/tests/support/delivery-fixtures';
import { sendDueMessages } from './message-sender';
import { pollingWakeSignal } from './wake-signal';
import { type OutboxWorker, startOutboxWorker } from './worker';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

/** Each test starts with an empty queue: the sender takes every due row in the database. */
beforeEach(async () => {
  await db.update(notifications).set({ status: 'sent' }).where(eq(notifications.status, 'pending'));
});

const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((w) => w.stop()));
});

interface Recording extends MessageTransport {
  sent: SendableMessage[];
  tries: number[];
}

/** A transport that fails its first `failures` tries (with `error`), then accepts. */
function recording(failures = 0, error: () => Error = () => new Error('gateway answered 503')): Recording {
  const sent: SendableMessage[] = [];
  const tries: number[] = [];
  return {
    name: 'log',
    sent,
    tries,
    send: async (m) => {
      tries.push(Date.now());
      if (tries.length <= failures) throw error();
      sent.push(m);
    },
  };
}

const fastPolicy = { maxAttempts: 4, baseDelayMs: 60, maxDelayMs: 1_000 };

function runWorker(transport: MessageTransport, policy = fastPolicy): void {
  workers.push(
    startOutboxWorker({
      db,
      transports: { sms: transport, email: transport },
      wake: pollingWakeSignal(),
      idlePollMs: 20,
      allowPrivateNetwork: false,
      messagePolicy: policy,
    }),
  );
}

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const rowsTo = (to: string) => db.select().from(notifications).where(eq(notifications.toAddress, to));

async function queue(to: string, template = 'shipped'): Promise<void> {
  await db.transaction((tx) => enqueueMessages(tx, [{ channel: 'sms', to, template, body: 'Your parcel has shipped.' }]));
}

describe('transactional outbox', () => {
  it('writes the messages in the transaction of the change: committed together, or not at all', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const queued = await db.select().from(notifications).where(eq(notifications.shipmentId, pkg.id));
    expect(queued.map((r) => r.status)).toEqual(['pending', 'pending', 'pending', 'pending']);

    const rolledBack = '+447700900111';
    await expect(
      db.transaction(async (tx) => {
        await enqueueMessages(tx, [{ channel: 'sms', to: rolledBack, template: 'shipped', body: 'x' }]);
        throw new Error('the state change failed after queuing');
      }),
    ).rejects.toThrow('the state change failed');
    expect(await rowsTo(rolledBack)).toHaveLength(0);
  });

  it('a process that dies between the state change and the send loses nothing: the next worker sends it', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    // The step commits and the process "dies": nothing in it ever sends.
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    const transport = recording();
    runWorker(transport);
    const rows = await eventually(
      () => db.select().from(notifications).where(eq(notifications.shipmentId, pkg.id)),
      (r) => r.every((row) => row.status === 'sent'),
    );
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    expect(transport.sent.find((m) => m.channel === 'sms' && m.body.startsWith('Passcode for your'))!.body).toContain(
      `package ${pkg.trackingId}: ${code}.`,
    );
  });

  it('a worker that dies mid-send leaves its rows to another once their lease runs out, not before', async () => {
    const to = '+447700900222';
    await queue(to);
    const [claimed] = await claimDueRows(db, notifications, 10); // the worker that then dies
    expect(claimed!.toAddress).toBe(to);
    const transport = recording();
    expect(await sendDueMessages(db, { sms: transport, email: transport }, { batchSize: 10, concurrency: 4 })).toMatchObject({
      claimed: 0,
    });
    await db
      .update(notifications)
      .set({ nextAttemptAt: sql`now() - interval '1 second'` })
      .where(eq(notifications.id, claimed!.id)); // CLAIM_LEASE_MS later
    expect(CLAIM_LEASE_MS).toBeGreaterThanOrEqual(30_000);
    expect(await sendDueMessages(db, { sms: transport, email: transport }, { batchSize: 10, concurrency: 4 })).toMatchObject({ sent: 1 });
    expect((await rowsTo(to))[0]).toMatchObject({ status: 'sent', attempts: 2 });
  });
});

describe('the outbox worker', () => {
  it('sends a recipient sign-in code within 2 seconds of the request, with nobody pressing anything', async () => {
    const transport = recording();
    runWorker(transport);
    const recipient = await createUser('recipient', { phoneE164: '+447700900666' });
    const requested = Date.now();
    await requestRecipientSignInCode(db, recipient.email);
    const rows = await eventually(
      () => rowsTo(recipient.email),
      (r) => r.length > 0 && r.every((row) => row.status === 'sent'),
    );
    expect(rows[0]!.status).toBe('sent');
    expect(rows[0]!.sentAt!.getTime() - requested).toBeLessThan(2_000);
    expect(transport.sent.find((m) => m.to === recipient.email)!.body).toMatch(/\d{6}/);
  });

  it('retries a failing transport with growing, jittered waits: two failures then sent on the third try', async () => {
    const to = '+447700900333';
    const transport = recording(2);
    runWorker(transport);
    await queue(to);
    const [row] = await eventually(
      () => rowsTo(to),
      (r) => r[0]?.status === 'sent',
    );
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
    expect(transport.tries).toHaveLength(3);
    const [first, second, third] = transport.tries as [number, number, number];
    // Equal jitter: at least half of 60 ms after the 1st failure, half of 120 ms after the 2nd.
    expect(second - first).toBeGreaterThanOrEqual(30);
    expect(third - second).toBeGreaterThanOrEqual(60);
  });

  it('gives up after the last try and keeps the last error (dead letter)', async () => {
    const to = '+447700900444';
    const transport = recording(Infinity, () => new Error('gateway answered 503: try later'));
    runWorker(transport);
    await queue(to);
    const [row] = await eventually(
      () => rowsTo(to),
      (r) => r[0]?.status === 'failed',
    );
    expect(row).toMatchObject({ status: 'failed', attempts: fastPolicy.maxAttempts, lastError: 'gateway answered 503: try later' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(transport.tries).toHaveLength(fastPolicy.maxAttempts);
  });

  it('fails a permanent refusal at once (no SMS gateway configured)', async () => {
    const to = '+447700900555';
    const transport = recording(Infinity, () => new PermanentSendError('no SMS gateway configured'));
    runWorker(transport);
    await queue(to);
    const [row] = await eventually(
      () => rowsTo(to),
      (r) => r[0]?.status === 'failed',
    );
    expect(row).toMatchObject({ status: 'failed', attempts: 1, lastError: 'no SMS gateway configured' });
  });

  it('drops a passcode’s sealed copy once sent, and never stores the code in clear', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    const transport = recording();
    const report = await sendDueMessages(db, { sms: transport, email: transport }, { batchSize: 50, concurrency: 8 });
    expect(report).toMatchObject({ claimed: 4, sent: 4, failed: 0 });
    const rows = await db
      .select()
      .from(notifications)
      .where(inArray(notifications.shipmentId, [pkg.id]));
    expect(rows.filter((r) => r.template === 'passcode').every((r) => r.secretCiphertext === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(code);
  });
});
