import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import { SIGN_IN_CODE_TEMPLATE, signInCodeMessages } from '@/lib/messages/sign-in-code';
import type { MessageTransport, SendableMessage } from '@/lib/messages/transport';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { deliveryDayAt, encryptSecret, passcodeKeys } from '@/lib/passcode';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf } from '@/tests/support/delivery-fixtures';
import { takeOutForDelivery } from './delivery';
import { listMessageLog } from './message-log';
import { enqueueMessages } from './outbox';
import { MAX_SEND_ATTEMPTS, sendPendingMessages } from './outbox-delivery';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

function capture(fail = false): MessageTransport & { sent: SendableMessage[] } {
  const sent: SendableMessage[] = [];
  return {
    name: 'log',
    sent,
    send: async (m) => {
      if (fail) throw new Error('gateway down');
      sent.push(m);
    },
  };
}

describe('outbox delivery', () => {
  it('puts the passcode in only at send time, marks rows sent, and drops the sealed passcode afterwards', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('UK', new Date()));
    const transport = capture();
    expect(await sendPendingMessages(db, { sms: transport, email: transport })).toEqual({ sent: 4, failed: 0 });
    const passcodeSms = transport.sent.find((m) => m.channel === 'sms' && m.body.includes('Passcode:'))!;
    expect(passcodeSms.body).toContain(`Passcode: ${code}.`);
    expect(passcodeSms.to).toBe(pkg.recipientPhoneE164);
    const rows = await db.select().from(notifications).where(eq(notifications.shipmentId, pkg.id));
    expect(rows.every((r) => r.status === 'sent' && r.sentAt !== null && r.attempts === 1)).toBe(true);
    expect(rows.filter((r) => r.template === 'passcode').every((r) => r.secretCiphertext === null)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(code);
    expect(await sendPendingMessages(db, { sms: transport, email: transport })).toEqual({ sent: 0, failed: 0 });
  });

  it('marks a message sent only once the transport accepts it: 2 failures then success is one message', async () => {
    await db.update(notifications).set({ status: 'sent' }).where(eq(notifications.status, 'pending'));
    await enqueueMessages(db, [{ channel: 'sms', to: '+447700900999', template: 'shipped', body: 'Shipped.' }]);
    let calls = 0;
    const sent: SendableMessage[] = [];
    const flaky: MessageTransport = {
      name: 'log',
      send: async (m) => {
        calls += 1;
        if (calls <= 2) throw new Error('gateway 500');
        sent.push(m);
      },
    };
    for (let i = 0; i < 4; i += 1) await sendPendingMessages(db, { sms: flaky, email: flaky });
    const [row] = await db.select().from(notifications).where(eq(notifications.toAddress, '+447700900999'));
    expect(row).toMatchObject({ status: 'sent', attempts: 3 });
    expect(sent).toHaveLength(1);
    expect(calls).toBe(3);
  });

  it('retries a failed send a bounded number of times', async () => {
    await db.update(notifications).set({ status: 'sent' }).where(eq(notifications.status, 'pending'));
    await enqueueMessages(db, [{ channel: 'email', to: 'x@example.com', template: 'shipped', subject: 'Hi', body: 'Hello' }]);
    const down = capture(true);
    for (let i = 0; i < MAX_SEND_ATTEMPTS + 2; i += 1) await sendPendingMessages(db, { sms: down, email: down });
    const [row] = await db.select().from(notifications).where(eq(notifications.toAddress, 'x@example.com'));
    expect(row).toMatchObject({ status: 'failed', attempts: MAX_SEND_ATTEMPTS });
  });
});

describe('message log', () => {
  it('in demo mode, lists newest first, masks passcodes and shows sign-in codes', async () => {
    process.env.DEMO_INBOX = '1';
    onTestFinished(() => void delete process.env.DEMO_INBOX);
    const s = await createStation('IN');
    const pkg = await createPackage(s.account.id, { marketplace: 'IN', trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    const code = await passcodeOf(pkg, deliveryDayAt('IN', new Date()));
    const sealed = encryptSecret('004217', passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
    await enqueueMessages(
      db,
      signInCodeMessages({ email: 'ananya@example.in' }).map((m) => ({ ...m, secretCiphertext: sealed })),
    );
    const log = (await listMessageLog(db))!;
    expect(log[0]).toMatchObject({ template: SIGN_IN_CODE_TEMPLATE, to: 'ananya@example.in' });
    expect(log[0]!.body).toContain('004217');
    const passcodes = log.filter((m) => m.template === 'passcode');
    expect(passcodes.length).toBeGreaterThan(0);
    for (const m of passcodes) expect(m.body).toContain('••••••');
    expect(JSON.stringify(log)).not.toContain(code);
  });

  it('does not exist outside demo mode, whatever the transport', async () => {
    expect(await listMessageLog(db)).toBeNull();
    process.env.SMTP_URL = 'smtp://mail.example:25';
    onTestFinished(() => void delete process.env.SMTP_URL);
    expect(await listMessageLog(db)).toBeNull();
  });
});
