import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications, passcodes, shipments } from '@/db/schema';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret, deliveryDayAt, encryptSecret, hashSecretCode, passcodeAssociatedData, passcodeKeys } from '@/lib/passcode';
import { passcodeCardsOf } from '@/lib/recipient/passcode-cards';
import { DAY_MS } from '@/lib/time/durations';
import { createPackage, freshPhone, passcodeOf, passcodeRowOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { migrationSql, pgliteMigratedTo } from '@/tests/support/migrated-pglite';
import { returnToStation, takeOutForDelivery } from './delivery';
import { enterPasscode, getStationPackage } from './delivery-passcode';
import { DeliveryConflictError } from './delivery-scope';
import { listRecipientPackages } from './recipient-packages';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

// Attack #4: a passcode was per recipient and day across all shippers, and e-mailed to the address on
// whichever package went out first, so shipper A could receive the code that gates shipper B's package.

const ATTACKED_PHONE = '+919800000001';
const A_EMAIL = 'a@shipper-a.example';
const B_EMAIL = 'b@shipper-b.example';
const today = () => deliveryDayAt('IN', new Date());

async function shipment(id: string) {
  const [row] = await db.select().from(shipments).where(eq(shipments.id, id));
  return row!;
}

async function allNotifications() {
  return db.select().from(notifications);
}

async function otpAccount(name: string) {
  return createAccount({ name, homeMarketplace: 'IN', marketplaces: ['IN'], otpEnabled: true });
}

/** Shipper A and shipper B each send an OTP package to the same mobile, with their own e-mail on it; both go out today. */
async function twoShippersOneMobile(phone = ATTACKED_PHONE) {
  const da = actorOf(await createUser('delivery_associate', { station: 'IN' }));
  const accountA = await otpAccount('Shipper A Ltd');
  const accountB = await otpAccount('Shipper B Ltd');
  const aPkg = await createPackage(accountA.id, { marketplace: 'IN', phoneE164: phone, email: A_EMAIL, trackerState: 'in_transit' });
  const bPkg = await createPackage(accountB.id, { marketplace: 'IN', phoneE164: phone, email: B_EMAIL, trackerState: 'in_transit' });
  await takeOutForDelivery(db, da, aPkg.id);
  await takeOutForDelivery(db, da, bPkg.id);
  return { da, accountA, accountB, aPkg, bPkg };
}

async function lockWithWrongEntries(da: Awaited<ReturnType<typeof twoShippersOneMobile>>['da'], shipmentId: string, code: string) {
  const results = [];
  for (let i = 0; i < 3; i += 1) results.push(await enterPasscode(db, da, shipmentId, wrongCodeFor(code)));
  return results;
}

describe('attack #4: one passcode per shipper account × recipient mobile × delivery day', () => {
  it('gives each shipper its own passcode, sent only to its own package’s address and the mobile', async () => {
    const { accountA, accountB, aPkg, bPkg } = await twoShippersOneMobile();
    const forTheMobile = await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, ATTACKED_PHONE));
    expect(forTheMobile.filter((p) => p.accountId === accountA.id || p.accountId === accountB.id)).toHaveLength(2);
    const aRow = await passcodeRowOf(aPkg, today());
    const bRow = await passcodeRowOf(bPkg, today());
    expect(aRow.id).not.toBe(bRow.id);

    const sent = (await allNotifications()).filter((n) => n.passcodeId === aRow.id || n.passcodeId === bRow.id);
    const open = (sealed: string | null) => decryptSecret(sealed!, passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
    const aMessages = sent.filter((n) => n.passcodeId === aRow.id);
    const bMessages = sent.filter((n) => n.passcodeId === bRow.id);
    expect(aMessages.map((n) => n.toAddress).sort()).toEqual([ATTACKED_PHONE, A_EMAIL].sort());
    expect(bMessages.map((n) => n.toAddress).sort()).toEqual([ATTACKED_PHONE, B_EMAIL].sort());
    for (const n of aMessages) expect(open(n.secretCiphertext)).toBe(await passcodeOf(aPkg, today()));
    for (const n of bMessages) expect(open(n.secretCiphertext)).toBe(await passcodeOf(bPkg, today()));
    // No message carrying a passcode was caused by (or sent for) another account than the passcode's own.
    for (const n of aMessages) expect(n).toMatchObject({ accountId: accountA.id, shipmentId: aPkg.id });
    for (const n of bMessages) expect(n).toMatchObject({ accountId: accountB.id, shipmentId: bPkg.id });
  });

  it('does not deliver B’s package with A’s code (read from A’s outbox row): a wrong entry on B’s passcode only', async () => {
    const { da, aPkg, bPkg } = await twoShippersOneMobile();
    const aRow = await passcodeRowOf(aPkg, today());
    expect((await passcodeRowOf(bPkg, today())).id).not.toBe(aRow.id);
    const [aSms] = (await allNotifications()).filter((n) => n.passcodeId === aRow.id && n.channel === 'sms');
    const aCode = decryptSecret(aSms!.secretCiphertext!, passcodeKeys().encryptionKey, OUTBOX_SECRET_AD);
    if (aCode === (await passcodeOf(bPkg, today()))) return; // two fresh codes coincide: one chance in a million

    expect(await enterPasscode(db, da, bPkg.id, aCode)).toEqual({ outcome: 'wrong', attemptsLeft: 2 });
    expect((await shipment(bPkg.id)).trackerState).toBe('out_for_delivery');
    expect((await passcodeRowOf(bPkg, today())).failedAttempts).toBe(1);
    expect((await passcodeRowOf(aPkg, today())).failedAttempts).toBe(0);
  });

  it('3 wrong entries on A’s package lock A’s passcode and send back only A’s packages; B’s code still delivers B’s', async () => {
    const { da, accountA, aPkg, bPkg } = await twoShippersOneMobile();
    const aSibling = await createPackage(accountA.id, {
      marketplace: 'IN',
      phoneE164: ATTACKED_PHONE,
      email: A_EMAIL,
      trackerState: 'in_transit',
    });
    await takeOutForDelivery(db, da, aSibling.id);
    const aCode = await passcodeOf(aPkg, today());

    expect(await lockWithWrongEntries(da, aPkg.id, aCode)).toEqual([
      { outcome: 'wrong', attemptsLeft: 2 },
      { outcome: 'wrong', attemptsLeft: 1 },
      { outcome: 'locked', returnedPackages: 2 },
    ]);
    for (const id of [aPkg.id, aSibling.id]) expect((await shipment(id)).trackerState).toBe('attempted_otp_not_available');
    expect((await shipment(bPkg.id)).trackerState).toBe('out_for_delivery');
    expect(await passcodeRowOf(aPkg, today())).toMatchObject({ failedAttempts: 3 });
    expect(await passcodeRowOf(bPkg, today())).toMatchObject({ failedAttempts: 0, lockedAt: null });
    expect(await getStationPackage(db, da, bPkg.id)).toMatchObject({ passcode: { locked: false, attemptsLeft: 3 }, lockedToday: false });

    expect(await enterPasscode(db, da, bPkg.id, await passcodeOf(bPkg, today()))).toEqual({ outcome: 'delivered' });
    expect((await shipment(bPkg.id)).trackerState).toBe('delivered_with_otp');
  });
});

describe('a passcode locked today keeps its packages at the station until the next delivery day', () => {
  it('refuses to take A’s package out again today without sending anything, and takes it out the next day with a fresh passcode', async () => {
    const { da, accountA, accountB, aPkg } = await twoShippersOneMobile(freshPhone('IN'));
    const phone = aPkg.recipientPhoneE164!;
    const lockedRow = await passcodeRowOf(aPkg, today());
    await lockWithWrongEntries(da, aPkg.id, await passcodeOf(aPkg, today()));
    await returnToStation(db, da, aPkg.id);
    const aLater = await createPackage(accountA.id, { marketplace: 'IN', phoneE164: phone, email: A_EMAIL, trackerState: 'in_transit' });
    const bLater = await createPackage(accountB.id, { marketplace: 'IN', phoneE164: phone, email: B_EMAIL, trackerState: 'in_transit' });
    const before = (await allNotifications()).length;

    expect(await getStationPackage(db, da, aPkg.id)).toMatchObject({ trackerState: 'returned_to_station', lockedToday: true });
    for (const id of [aPkg.id, aLater.id]) {
      const refusal = takeOutForDelivery(db, da, id);
      await expect(refusal).rejects.toBeInstanceOf(DeliveryConflictError);
      await expect(refusal).rejects.toThrow('entered wrongly 3 times today: keep the package at the station until the next delivery day');
    }
    expect((await shipment(aPkg.id)).trackerState).toBe('returned_to_station');
    expect((await shipment(aLater.id)).trackerState).toBe('in_transit');
    expect(await allNotifications()).toHaveLength(before);
    await takeOutForDelivery(db, da, bLater.id); // B's passcode is not locked
    expect((await shipment(bLater.id)).trackerState).toBe('out_for_delivery');

    const tomorrow = new Date(Date.now() + DAY_MS);
    const nextDay = deliveryDayAt('IN', tomorrow);
    expect(await getStationPackage(db, da, aPkg.id, tomorrow)).toMatchObject({ lockedToday: false });
    await takeOutForDelivery(db, da, aPkg.id, tomorrow);
    expect(await shipment(aPkg.id)).toMatchObject({ trackerState: 'out_for_delivery', deliveryDate: nextDay });
    const fresh = await passcodeRowOf(aPkg, nextDay);
    expect(fresh).toMatchObject({ failedAttempts: 0, resendCount: 0, lockedAt: null });
    expect(fresh.id).not.toBe(lockedRow.id);
    const sent = (await allNotifications()).filter((n) => n.passcodeId === fresh.id);
    expect(sent.map((n) => n.toAddress).sort()).toEqual([phone, A_EMAIL].sort());
  });
});

describe('migration 0005: passcodes move to shipper account scope', () => {
  it('gives every account with a package in a shared passcode its own copy, and drops passcodes no package names', async () => {
    const db = await pgliteMigratedTo('0004_compact_eligibility');
    try {
      const keys = passcodeKeys();
      const [phone, day, orphanPhone] = ['+919800000001', '2026-11-25', '+919800000002'];
      const accounts = await db.query<{ id: string; name: string }>(
        `insert into shipper_accounts (name, home_marketplace, marketplaces) values ('First', 'IN', '{IN}'), ('Second', 'IN', '{IN}'), ('Other day', 'IN', '{IN}') returning id, name`,
      );
      const idOf = (name: string) => accounts.rows.find((a) => a.name === name)!.id;
      const addShipment = (accountId: string, ref: string, deliveryDate: string, createdAt: string) =>
        db.query(
          `insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace, ship_to_country,
             recipient_name, recipient_phone_e164, insured_value_minor, insured_currency, otp_eligible, eligibility, tracker_state, status,
             delivery_date, created_at)
           values ($1, $2, $2, 'EXTERNAL', true, 'IN', 'IN', 'R', $3, 100000, 'INR', true, '{}', 'out_for_delivery', 'OutForDelivery', $4, $5)`,
          [accountId, ref, phone, deliveryDate, createdAt],
        );
      // "Second" has the later package; "Other day" has a package for the same mobile on another day only.
      await addShipment(idOf('Second'), 'REF-SECOND', day, '2026-11-24T10:00:00Z');
      await addShipment(idOf('First'), 'REF-FIRST', day, '2026-11-24T09:00:00Z');
      await addShipment(idOf('Other day'), 'REF-OTHER-DAY', '2026-11-26', '2026-11-24T08:00:00Z');

      const hmac = hashSecretCode('482913', keys.pepper);
      const ciphertext = encryptSecret('482913', keys.encryptionKey, passcodeAssociatedData(phone, day));
      const addPasscode = (recipient: string, sealed: string) =>
        db.query<{ id: string }>(
          `insert into passcodes (recipient_phone_e164, delivery_date, marketplace, code_hmac, code_ciphertext, failed_attempts, resend_count, locked_at, expires_at)
           values ($1, $2, 'IN', $3, $4, 2, 1, null, '2026-11-25T18:30:00Z') returning id`,
          [recipient, day, hmac, sealed],
        );
      const shared = (await addPasscode(phone, ciphertext)).rows[0]!.id;
      const orphan = (await addPasscode(orphanPhone, 'sealed-orphan')).rows[0]!.id;
      await db.query(
        `insert into notifications (account_id, passcode_id, channel, to_address, template, body) values ($1, $2, 'sms', $3, 'passcode', 'x'), (null, $4, 'sms', $5, 'passcode', 'y')`,
        [idOf('First'), shared, phone, orphan, orphanPhone],
      );

      await db.exec(migrationSql('0005_security'));

      const after = await db.query<Record<string, unknown>>(
        `select id, account_id, recipient_phone_e164, delivery_date::text as delivery_date, code_hmac, code_ciphertext, failed_attempts, resend_count, locked_at, expires_at
         from passcodes order by account_id`,
      );
      expect(after.rows).toHaveLength(2);
      const byAccount = new Map(after.rows.map((r) => [r.account_id as string, r]));
      expect([...byAccount.keys()].sort()).toEqual([idOf('First'), idOf('Second')].sort());
      expect(byAccount.get(idOf('First'))!.id).toBe(shared); // the account with the earliest package keeps the row
      for (const row of after.rows) {
        expect(row).toMatchObject({
          recipient_phone_e164: phone,
          delivery_date: day,
          code_hmac: hmac,
          code_ciphertext: ciphertext,
          failed_attempts: 2,
          resend_count: 1,
          locked_at: null,
        });
        expect(decryptSecret(row.code_ciphertext as string, keys.encryptionKey, passcodeAssociatedData(phone, day))).toBe('482913');
      }

      const messages = await db.query<{ to_address: string; passcode_id: string | null }>(
        `select to_address, passcode_id from notifications`,
      );
      expect(messages.rows.find((m) => m.to_address === phone)!.passcode_id).toBe(shared);
      expect(messages.rows.find((m) => m.to_address === orphanPhone)!.passcode_id).toBeNull();
      expect((await db.query(`select 1 from passcodes where id = $1`, [orphan])).rows).toHaveLength(0);
      await expect(
        db.query(
          `insert into passcodes (account_id, recipient_phone_e164, delivery_date, marketplace, code_hmac, code_ciphertext, expires_at)
                  values ($1, $2, $3, 'IN', 'h', 'c', now())`,
          [idOf('First'), phone, day],
        ),
      ).rejects.toThrow('passcodes_account_recipient_day_unique');
    } finally {
      await db.close();
    }
  });
});

describe('Recipient Central: a passcode per shipper', () => {
  it('shows two codes for two shippers’ packages out today, each with its shipper’s name, and a lock only for the shipper it belongs to', async () => {
    const phone = freshPhone('IN');
    const recipient = actorOf(await createUser('recipient', { phoneE164: phone }));
    const da = actorOf(await createUser('delivery_associate', { station: 'IN' }));
    const bright = await otpAccount('Bright Gadgets Ltd');
    const kala = await otpAccount('Kala Mart');
    const fromBright = await createPackage(bright.id, { marketplace: 'IN', phoneE164: phone, trackerState: 'in_transit' });
    const fromKala = await createPackage(kala.id, { marketplace: 'IN', phoneE164: phone, trackerState: 'in_transit' });
    for (const p of [fromBright, fromKala]) await takeOutForDelivery(db, da, p.id);
    const brightCode = await passcodeOf(fromBright, today());
    const kalaCode = await passcodeOf(fromKala, today());

    const cards = passcodeCardsOf((await listRecipientPackages(db, recipient)).outToday);
    expect(
      cards
        .map((c) => ({ shipperName: c.shipperName, code: c.code, trackingIds: c.trackingIds }))
        .sort((x, y) => x.shipperName.localeCompare(y.shipperName)),
    ).toEqual([
      { shipperName: 'Bright Gadgets Ltd', code: brightCode, trackingIds: [fromBright.trackingId] },
      { shipperName: 'Kala Mart', code: kalaCode, trackingIds: [fromKala.trackingId] },
    ]);

    await lockWithWrongEntries(da, fromBright.id, brightCode);
    await returnToStation(db, da, fromBright.id);
    const after = await listRecipientPackages(db, recipient);
    const noticeOf = (trackingId: string) => [...after.outToday, ...after.others].find((p) => p.trackingId === trackingId)!.passcode;
    expect(noticeOf(fromBright.trackingId)).toEqual({ kind: 'locked' });
    expect(noticeOf(fromKala.trackingId)).toMatchObject({ kind: 'ready', code: kalaCode });
    expect(passcodeCardsOf(after.outToday).map((c) => [c.shipperName, c.code])).toEqual([['Kala Mart', kalaCode]]);
  });
});
