import { beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { signInCodeMessages, SIGN_IN_CODE_TEMPLATE } from '@/lib/messages/sign-in-code';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { deliveryDayAt, encryptSecret, passcodeKeys } from '@/lib/passcode';
import { actorOf } from '@/tests/support/fixtures';
import { createPackage, createStation, passcodeOf } from '@/tests/support/delivery-fixtures';
import { takeOutForDelivery } from './delivery';
import { listMessageLog } from './message-log';
import { enqueueMessages } from './outbox';

let db: Db;
beforeAll(async () => {
  db = await getDb();
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
    await db.transaction((tx) =>
      enqueueMessages(
        tx,
        signInCodeMessages({ email: 'ananya@example.in' }, { locale: 'en-IN', timeZone: 'Asia/Kolkata' }, 'localhost').map((m) => ({
          ...m,
          secretCiphertext: sealed,
        })),
      ),
    );
    const log = (await listMessageLog(db))!;
    expect(log[0]).toMatchObject({ template: SIGN_IN_CODE_TEMPLATE, to: 'ananya@example.in' });
    expect(log[0]!.body).toContain('004217');
    const passcodes = log.filter((m) => m.template === 'passcode');
    expect(passcodes.length).toBeGreaterThan(0);
    for (const m of passcodes) expect(m.body).toContain('••••••');
    expect(JSON.stringify(log)).not.toContain(code);
  });

  it("keeps only one recipient's messages when asked, and the limit holds", async () => {
    process.env.DEMO_INBOX = '1';
    onTestFinished(() => void delete process.env.DEMO_INBOX);
    const sealed = encryptSecret('112233', passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
    const setting = { locale: 'en-GB', timeZone: 'Europe/London' } as const;
    const addresses = ['only.me@example.com', 'someone.else@example.com'];
    await db.transaction(async (tx) => {
      for (const email of [...addresses, addresses[0]!]) {
        await enqueueMessages(
          tx,
          signInCodeMessages({ email }, setting, 'localhost').map((m) => ({ ...m, secretCiphertext: sealed })),
        );
      }
    });

    const mine = (await listMessageLog(db, { to: ['only.me@example.com'] }))!;
    expect(mine).toHaveLength(2);
    expect(mine.every((m) => m.to === 'only.me@example.com')).toBe(true);
    const both = (await listMessageLog(db, { to: addresses }))!;
    expect(new Set(both.map((m) => m.to))).toEqual(new Set(addresses));
    expect(await listMessageLog(db, { to: ['nobody@example.com'] })).toEqual([]);
    expect(await listMessageLog(db, { to: addresses, limit: 1 })).toHaveLength(1);
  });

  it('does not exist outside demo mode, whatever the transport', async () => {
    expect(await listMessageLog(db)).toBeNull();
    process.env.SMTP_URL = 'smtp://mail.example:25';
    onTestFinished(() => void delete process.env.SMTP_URL);
    expect(await listMessageLog(db)).toBeNull();
  });
});
