import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications } from '@/db/schema';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { parseMessageLogQuery, type MessageLogQuery } from '@/lib/messages/log-query';
import { signInCodeMessages } from '@/lib/messages/sign-in-code';
import { createPackage } from '@/tests/support/delivery-fixtures';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { enqueueMessages } from './outbox';
import { listShipperMessages, retryFailedMessage } from './shipper-message-log';

let db: Db;
let t: Awaited<ReturnType<typeof createTenants>>;
let shipperA: Actor;
let shipperB: Actor;
let manager: Actor;
let otherManager: Actor;
let accountC: { id: string };
let pkgA: Awaited<ReturnType<typeof createPackage>>;
let pkgA2: Awaited<ReturnType<typeof createPackage>>;
let m: Record<string, typeof notifications.$inferSelect>;

const q = (params: Record<string, string> = {}): MessageLogQuery => parseMessageLogQuery(params);
let minute = 0;

/** A message of a package, created a minute after the previous one so "newest first" is exact. */
async function message(
  pkg: { id: string; accountId: string; recipientPhoneE164: string | null },
  values: Partial<typeof notifications.$inferInsert>,
) {
  minute += 1;
  const [row] = await db
    .insert(notifications)
    .values({
      accountId: pkg.accountId,
      shipmentId: pkg.id,
      channel: 'sms',
      toAddress: pkg.recipientPhoneE164!,
      template: 'shipped',
      body: 'Bright Gadgets: your package has shipped.',
      createdAt: new Date(Date.UTC(2025, 5, 2, 8, minute)),
      ...values,
    })
    .returning();
  return row!;
}

async function stored(id: string) {
  const [row] = await db.select().from(notifications).where(eq(notifications.id, id));
  return row!;
}

beforeAll(async () => {
  db = await getDb();
  t = await createTenants();
  [shipperA, shipperB, manager, otherManager] = [actorOf(t.shipperA), actorOf(t.shipperB), actorOf(t.manager), actorOf(t.otherManager)];
  accountC = await createAccount({ name: 'Tenant C', homeMarketplace: 'IN', marketplaces: ['IN'], managerUserId: t.manager.id });
  pkgA = await createPackage(t.accountA.id, { email: 'jane.doe@example.com' });
  pkgA2 = await createPackage(t.accountA.id);
  const pkgB = await createPackage(t.accountB.id);
  const pkgC = await createPackage(accountC.id, { marketplace: 'IN' });
  m = {
    sentSms: await message(pkgA, { status: 'sent', attempts: 1, sentAt: new Date(Date.UTC(2025, 5, 2, 9)) }),
    sentEmail: await message(pkgA, { channel: 'email', toAddress: 'jane.doe@example.com', status: 'sent', sentAt: new Date() }),
    failedOut: await message(pkgA, { template: 'out_for_delivery', status: 'failed', attempts: 5, lastError: 'gateway down' }),
    failedPasscode: await message(pkgA, {
      template: 'passcode',
      body: 'Passcode: {{code}}.',
      secretCiphertext: 'sealed-passcode',
      passcodeId: null,
      status: 'failed',
      attempts: 5,
      lastError: 'gateway down',
    }),
    failedResend: await message(pkgA, {
      template: 'passcode_resend',
      body: 'Again: {{code}}.',
      secretCiphertext: 'sealed',
      status: 'failed',
    }),
    pendingA2: await message(pkgA2, { template: 'out_for_delivery', attempts: 1, lastError: 'timeout' }),
    // A sign-in code never belongs to an account; one wrongly attached to A must still never be listed.
    signInOfA: await message(pkgA, {
      template: 'recipient_sign_in_code',
      body: '{{code}} is your code.',
      secretCiphertext: 'sealed-sign-in',
    }),
    failedB: await message(pkgB, { status: 'failed', lastError: 'bounced' }),
    failedC: await message(pkgC, { template: 'delivered', channel: 'email', toAddress: 'ananya@example.in', status: 'failed' }),
  };
  await db.transaction((tx) =>
    enqueueMessages(
      tx,
      signInCodeMessages(
        { email: 'jane.doe@example.com', phone: pkgA.recipientPhoneE164 },
        { locale: 'en-GB', timeZone: 'Europe/London' },
        'localhost',
      ),
    ),
  );
});

const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('the message log: who sees what', () => {
  it('shows a shipper only their own account’s messages, newest first, never sign-in codes', async () => {
    const page = await listShipperMessages(db, shipperA, q());
    expect(ids(page.rows)).toEqual([m.pendingA2, m.failedResend, m.failedPasscode, m.failedOut, m.sentEmail, m.sentSms].map((r) => r!.id));
    expect(page.rows.some((r) => r.template === 'recipient_sign_in_code')).toBe(false);
    expect(ids((await listShipperMessages(db, shipperB, q())).rows)).toEqual([m.failedB!.id]);
  });

  it('returns no body, no secret and no whole address: only these keys', async () => {
    const { rows } = await listShipperMessages(db, shipperA, q());
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(
        [
          'accountName',
          'attempts',
          'channel',
          'createdAt',
          'id',
          'lastError',
          'marketplace',
          'nextAttemptAt',
          'sentAt',
          'status',
          'template',
          'to',
          'trackingId',
        ].sort(),
      );
    }
    const text = JSON.stringify(rows);
    for (const secret of ['{{code}}', 'sealed', 'Passcode:', 'has shipped', 'jane.doe', pkgA.recipientPhoneE164!])
      expect(text).not.toContain(secret);
    expect(rows.find((r) => r.id === m.sentEmail!.id)).toMatchObject({
      to: 'j•••@example.com',
      trackingId: pkgA.trackingId,
      marketplace: 'UK',
    });
    expect(rows.find((r) => r.id === m.sentSms!.id)!.to).toBe(`+44 •••• ••• ${pkgA.recipientPhoneE164!.slice(-3)}`);
  });

  it('shows a manager every account they manage, each row with its account, and one of them on request', async () => {
    const all = await listShipperMessages(db, manager, q());
    expect(ids(all.rows).sort()).toEqual(
      [m.pendingA2, m.failedResend, m.failedPasscode, m.failedOut, m.sentEmail, m.sentSms, m.failedC].map((r) => r!.id).sort(),
    );
    expect(all.rows.find((r) => r.id === m.failedC!.id)).toMatchObject({
      accountName: 'Tenant C',
      marketplace: 'IN',
      to: 'a•••@example.in',
    });
    expect(all.rows.find((r) => r.id === m.failedOut!.id)!.accountName).toBe('Tenant A');
    expect(ids((await listShipperMessages(db, manager, q({ account: accountC.id }))).rows)).toEqual([m.failedC!.id]);
    expect(ids((await listShipperMessages(db, otherManager, q())).rows)).toEqual([m.failedB!.id]);
  });

  it('refuses an account filter naming an account that is not the actor’s, and every other role', async () => {
    await expect(listShipperMessages(db, manager, q({ account: t.accountB.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listShipperMessages(db, otherManager, q({ account: t.accountA.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listShipperMessages(db, shipperA, q({ account: t.accountB.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listShipperMessages(db, actorOf(t.da), q())).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(listShipperMessages(db, actorOf(t.recipient), q())).rejects.toBeInstanceOf(AccessDeniedError);
  });
});

describe('the message log: filters and counts', () => {
  it('counts per status under the other filters, whatever status is shown', async () => {
    const counts = (pending: number, sent: number, failed: number) => ({
      pending: { count: pending, capped: false },
      sent: { count: sent, capped: false },
      failed: { count: failed, capped: false },
    });
    expect((await listShipperMessages(db, shipperA, q())).counts).toEqual(counts(1, 2, 3));
    const failed = await listShipperMessages(db, shipperA, q({ status: 'failed' }));
    expect(ids(failed.rows)).toEqual([m.failedResend, m.failedPasscode, m.failedOut].map((r) => r!.id));
    expect(failed.counts).toEqual(counts(1, 2, 3));
    const outForDelivery = await listShipperMessages(db, shipperA, q({ template: 'out_for_delivery' }));
    expect(ids(outForDelivery.rows)).toEqual([m.pendingA2!.id, m.failedOut!.id]);
    expect(outForDelivery.counts).toEqual(counts(1, 0, 1));
    expect((await listShipperMessages(db, manager, q({ status: 'failed' }))).counts).toEqual(counts(1, 2, 4));
  });

  it('finds a shipment’s messages by its exact tracking id, only within the actor’s accounts', async () => {
    const byId = await listShipperMessages(db, shipperA, q({ trackingId: pkgA2.trackingId }));
    expect(ids(byId.rows)).toEqual([m.pendingA2!.id]);
    expect(byId.counts.pending.count).toBe(1);
    expect((await listShipperMessages(db, shipperA, q({ trackingId: pkgA2.trackingId.slice(0, -1) }))).rows).toEqual([]);
    expect((await listShipperMessages(db, shipperB, q({ trackingId: pkgA.trackingId }))).rows).toEqual([]);
  });

  it('pages 50 at a time, newest first', async () => {
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const pkg = await createPackage(account.id);
    await db.insert(notifications).values(
      Array.from({ length: 55 }, (_, i) => ({
        accountId: account.id,
        shipmentId: pkg.id,
        channel: 'sms' as const,
        toAddress: pkg.recipientPhoneE164!,
        template: 'shipped',
        body: 'x',
        createdAt: new Date(Date.UTC(2025, 0, 1, 0, i)),
      })),
    );
    const first = await listShipperMessages(db, shipper, q());
    const second = await listShipperMessages(db, shipper, q({ page: '2' }));
    expect([first.rows.length, first.hasNextPage, second.rows.length, second.hasNextPage]).toEqual([50, true, 5, false]);
    const times = [...first.rows, ...second.rows].map((r) => r.createdAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(ids([...first.rows, ...second.rows])).size).toBe(55);
    expect(first.counts.pending).toEqual({ count: 55, capped: false });
  });
});

describe('retrying a failed message', () => {
  it('puts a failed message back in the queue from scratch, keeping its last error', async () => {
    const before = Date.now();
    await retryFailedMessage(db, shipperA, m.failedOut!.id);
    const row = await stored(m.failedOut!.id);
    expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: 'gateway down', sentAt: null });
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before - 5_000);
    expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 1_000);
  });

  it('lets a manager retry a message of an account they manage, and no other', async () => {
    await expect(retryFailedMessage(db, otherManager, m.failedC!.id)).rejects.toBeInstanceOf(NotFoundError);
    await retryFailedMessage(db, manager, m.failedC!.id);
    expect(await stored(m.failedC!.id)).toMatchObject({ status: 'pending', attempts: 0 });
  });

  it('refuses a passcode, another account’s message, one that did not fail and a malformed id, changing nothing', async () => {
    const refused: [Actor, string][] = [
      [shipperA, m.failedPasscode!.id],
      [shipperA, m.failedResend!.id],
      [manager, m.failedPasscode!.id],
      [shipperA, m.failedB!.id],
      [manager, m.failedB!.id],
      [shipperB, m.failedPasscode!.id],
      [shipperA, m.pendingA2!.id],
      [shipperA, m.sentSms!.id],
      [shipperA, m.signInOfA!.id],
      [shipperA, 'not-a-uuid'],
    ];
    for (const [actor, id] of refused) {
      const before = id === 'not-a-uuid' ? null : await stored(id);
      await expect(retryFailedMessage(db, actor, id), id).rejects.toBeInstanceOf(NotFoundError);
      if (before) expect(await stored(id)).toEqual(before);
    }
    await expect(retryFailedMessage(db, actorOf(t.da), m.failedB!.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
