import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { type NewShipment, passcodes, shipments } from '@/db/schema';
import { AccessDeniedError } from '@/lib/auth/errors';
import { encryptSecret, hashSecretCode } from '@/lib/passcode';
import type { TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { storedEligibilityFor } from '@/tests/support/stored-eligibility';
import { listRecipientPackages } from './recipient-packages';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const keys = setUpTestSecrets();
const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T12:00:00Z');
const END_OF_DAY = new Date('2026-11-26T00:00:00Z');
let sequence = 0;

async function addShipment(accountId: string, values: Partial<NewShipment> & { trackerState: TrackerState }) {
  sequence += 1;
  const [row] = await db
    .insert(shipments)
    .values({
      accountId,
      trackingId: `TST${String(sequence).padStart(8, '0')}`,
      packageClientReferenceId: `ref-${sequence}`,
      channelType: 'EXTERNAL',
      prepaid: true,
      marketplace: 'UK',
      shipToCountry: 'GB',
      recipientName: 'Someone',
      insuredValueMinor: 25_000,
      insuredCurrency: 'GBP',
      otpEligible: true,
      eligibility: storedEligibilityFor('UK', 25_000, values.recipientPhoneE164 ?? null),
      deliveryDate: TODAY,
      ...values,
    })
    .returning();
  return row!;
}

async function addPasscode(
  accountId: string,
  phone: string,
  code: string,
  extra: { lockedAt?: Date; expiresAt?: Date; deliveryDate?: string; failedAttempts?: number } = {},
) {
  const deliveryDate = extra.deliveryDate ?? TODAY;
  await db.insert(passcodes).values({
    accountId,
    recipientPhoneE164: phone,
    deliveryDate,
    marketplace: 'UK',
    codeHmac: hashSecretCode(code, keys.pepper),
    codeCiphertext: encryptSecret(code, keys.encryptionKey, `${phone}|${deliveryDate}`),
    expiresAt: extra.expiresAt ?? END_OF_DAY,
    lockedAt: extra.lockedAt ?? null,
    failedAttempts: extra.failedAttempts ?? 0,
  });
}

/** Two recipients, two shippers, and each recipient's packages out for delivery today, each shipper's with its own passcode. */
async function world() {
  const t = await createTenants();
  sequence += 2;
  const alice = await createUser('recipient', { phoneE164: `+4477009${String(sequence).padStart(5, '0')}` });
  const bob = await createUser('recipient', { phoneE164: `+4477009${String(sequence + 1).padStart(5, '0')}` });
  const aliceFromA = await addShipment(t.accountA.id, {
    trackerState: 'out_for_delivery',
    recipientPhoneE164: alice.phoneE164,
    recipientEmail: alice.email,
  });
  const aliceFromB = await addShipment(t.accountB.id, {
    trackerState: 'out_for_delivery',
    recipientPhoneE164: alice.phoneE164,
    recipientEmail: null,
  });
  const bobs = await addShipment(t.accountB.id, {
    trackerState: 'out_for_delivery',
    recipientPhoneE164: bob.phoneE164,
    recipientEmail: bob.email,
  });
  await addPasscode(t.accountA.id, alice.phoneE164!, '013579');
  await addPasscode(t.accountB.id, alice.phoneE164!, '975310');
  await addPasscode(t.accountB.id, bob.phoneE164!, '246802');
  return { ...t, alice, bob, aliceFromA, aliceFromB, bobs };
}

describe('recipient packages', () => {
  it('lists my packages from every shipper, each with its own shipper’s passcode of the day, and nobody else’s', async () => {
    const w = await world();
    const mine = await listRecipientPackages(db, actorOf(w.alice), { now: NOW, keys });
    expect(mine.map((p) => p.trackingId).sort()).toEqual([w.aliceFromA.trackingId, w.aliceFromB.trackingId].sort());
    const byShipper = Object.fromEntries(mine.map((p) => [p.shipperName, p]));
    for (const [shipper, code] of [
      ['Tenant A', '013579'],
      ['Tenant B', '975310'],
    ] as const) {
      expect(byShipper[shipper]).toMatchObject({
        deliveryDate: TODAY,
        passcode: { kind: 'ready', code, validUntil: END_OF_DAY },
      });
    }
    expect(JSON.stringify(mine)).not.toContain('246802');
    expect(JSON.stringify(mine)).not.toContain(w.bobs.trackingId);

    const bobs = await listRecipientPackages(db, actorOf(w.bob), { now: NOW, keys });
    expect(bobs.map((p) => p.trackingId)).toEqual([w.bobs.trackingId]);
    expect(JSON.stringify(bobs)).not.toContain('013579');
  });

  it('matches by e-mail too, but shows a passcode only for my own number', async () => {
    const w = await world();
    const byEmail = await addShipment(w.accountA.id, {
      trackerState: 'out_for_delivery',
      recipientPhoneE164: w.bob.phoneE164,
      recipientEmail: w.alice.email.toUpperCase(),
    });
    const mine = await listRecipientPackages(db, actorOf(w.alice), { now: NOW, keys });
    expect(mine.find((p) => p.trackingId === byEmail.trackingId)?.passcode).toEqual({ kind: 'other_number' });
    expect(JSON.stringify(mine)).not.toContain('246802');

    const noPhone = await createUser('recipient');
    await addShipment(w.accountA.id, {
      trackerState: 'out_for_delivery',
      recipientPhoneE164: '+447700900399',
      recipientEmail: noPhone.email,
    });
    await addPasscode(w.accountA.id, '+447700900399', '111222');
    const hers = await listRecipientPackages(db, actorOf(noPhone), { now: NOW, keys });
    expect(hers).toHaveLength(1);
    expect(hers[0]!.passcode).toEqual({ kind: 'other_number' });
  });

  it('says what happens to the passcode at each step', async () => {
    const account = await createAccount({ name: 'Steps Ltd' });
    const carol = await createUser('recipient', { phoneE164: '+447700900303' });
    const mine = { recipientPhoneE164: carol.phoneE164, recipientEmail: carol.email };
    const inTransit = await addShipment(account.id, { trackerState: 'in_transit', ...mine });
    const plain = await addShipment(account.id, { trackerState: 'out_for_delivery', otpEligible: false, ...mine });
    const withOtp = await addShipment(account.id, { trackerState: 'delivered_with_otp', ...mine });
    const attempted = await addShipment(account.id, {
      trackerState: 'attempted_otp_not_available',
      detailCode: 'OtpNotAvailable',
      ...mine,
    });
    const lockedDay = await addShipment(account.id, { trackerState: 'out_for_delivery', deliveryDate: '2026-11-24', ...mine });
    const expiredDay = await addShipment(account.id, { trackerState: 'out_for_delivery', deliveryDate: '2026-11-23', ...mine });
    await addPasscode(account.id, carol.phoneE164!, '000777', { deliveryDate: '2026-11-24', lockedAt: NOW, failedAttempts: 3 });
    await addPasscode(account.id, carol.phoneE164!, '000888', { deliveryDate: '2026-11-23', expiresAt: new Date('2026-11-24T00:00:00Z') });
    const notOutYet = await addShipment(account.id, { trackerState: 'out_for_delivery', deliveryDate: '2026-11-26', ...mine });

    const notices = Object.fromEntries(
      (await listRecipientPackages(db, actorOf(carol), { now: NOW, keys })).map((p) => [p.trackingId, p.passcode.kind]),
    );
    expect(notices).toEqual({
      [inTransit.trackingId]: 'coming',
      [plain.trackingId]: 'none',
      [withOtp.trackingId]: 'delivered_with_otp',
      [attempted.trackingId]: 'locked',
      [lockedDay.trackingId]: 'locked',
      [expiredDay.trackingId]: 'expired',
      [notOutYet.trackingId]: 'coming',
    });
  });

  it('gives a DTO with no hash or ciphertext in it', async () => {
    const w = await world();
    const json = JSON.stringify(await listRecipientPackages(db, actorOf(w.alice), { now: NOW, keys }));
    for (const key of ['codeHmac', 'codeCiphertext', 'secretCiphertext', 'Hmac', 'Ciphertext', 'failedAttempts', 'recipientPhoneE164']) {
      expect(json).not.toContain(key);
    }
    const [stored] = await db.select().from(passcodes).limit(1);
    expect(json).not.toContain(stored!.codeHmac);
    expect(json).not.toContain(stored!.codeCiphertext);
  });

  it('refuses every other role', async () => {
    const w = await world();
    for (const user of [w.shipperA, w.shipperB, w.manager, w.da]) {
      await expect(listRecipientPackages(db, actorOf(user), { now: NOW, keys })).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
