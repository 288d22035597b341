import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications, passcodes, shipments, trackingEvents } from '@/db/schema';
import { deliveryDayAt } from '@/lib/passcode';
import { actorOf, createUser } from '@/tests/support/fixtures';
import { createPackage, createStation, freshPhone, passcodeOf, passcodeRowOf, wrongCodeFor } from '@/tests/support/delivery-fixtures';
import {
  deliverWithoutPasscode,
  listTodaysPackages,
  pickUp,
  pickUpAll,
  returnToStation,
  takeAllOutForDelivery,
  takeOutForDelivery,
} from './delivery';
import { enterPasscode, getStationPackage, resendPasscode } from './delivery-passcode';
import { DeliveryConflictError } from './delivery-scope';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const today = (m: 'UK' | 'IN') => deliveryDayAt(m, new Date());

async function shipment(id: string) {
  const [row] = await db.select().from(shipments).where(eq(shipments.id, id));
  return row!;
}

async function eventsOf(id: string) {
  return db.select().from(trackingEvents).where(eq(trackingEvents.shipmentId, id)).orderBy(trackingEvents.id);
}

async function messagesOf(id: string, template?: string) {
  const rows = await db.select().from(notifications).where(eq(notifications.shipmentId, id));
  return template ? rows.filter((r) => r.template === template) : rows;
}

/** A package of a UK OTP account taken out for delivery by the station's DA. */
async function outForDelivery(station: 'UK' | 'IN' = 'UK', phone = freshPhone(station)) {
  const s = await createStation(station);
  const pkg = await createPackage(s.account.id, { marketplace: station, phoneE164: phone, trackerState: 'in_transit' });
  const da = actorOf(s.da);
  await takeOutForDelivery(db, da, pkg.id);
  return { ...s, pkg, daActor: da, phone };
}

describe('delivery day, happy path', () => {
  it('picks up, takes out, issues one passcode and delivers with it once', async () => {
    const s = await createStation('UK');
    const pkg = await createPackage(s.account.id);
    const da = actorOf(s.da);

    await pickUp(db, da, pkg.id);
    expect(await shipment(pkg.id)).toMatchObject({ trackerState: 'in_transit', status: 'InTransit' });
    const shipped = await messagesOf(pkg.id, 'shipped');
    expect(shipped.map((m) => m.channel).sort()).toEqual(['email', 'sms']);
    expect(shipped.find((m) => m.channel === 'sms')!.body).toContain('It needs a passcode: we will send it on the delivery day.');
    expect(shipped.find((m) => m.channel === 'email')!.body).toContain('we will send it to you when the package is out for delivery');

    await takeOutForDelivery(db, da, pkg.id);
    expect(await shipment(pkg.id)).toMatchObject({ trackerState: 'out_for_delivery', deliveryDate: today('UK') });
    expect(await messagesOf(pkg.id, 'out_for_delivery')).toHaveLength(2);
    const passcodeMessages = await messagesOf(pkg.id, 'passcode');
    expect(passcodeMessages).toHaveLength(2);
    expect(passcodeMessages.find((m) => m.channel === 'sms')!.toAddress).toBe(pkg.recipientPhoneE164);

    const code = await passcodeOf(pkg, today('UK'));
    expect(await getStationPackage(db, da, pkg.id)).toMatchObject({ needsPasscode: true, passcode: { attemptsLeft: 3, locked: false } });
    expect(await enterPasscode(db, da, pkg.id, code)).toEqual({ outcome: 'delivered' });
    expect(await shipment(pkg.id)).toMatchObject({
      trackerState: 'delivered_with_otp',
      status: 'Delivered',
      detailCode: 'DeliveredWithOTP',
    });
    expect((await eventsOf(pkg.id)).map((e) => [e.eventCode, e.detailCode])).toEqual([
      ['PickupDone', null],
      ['OutForDelivery', null],
      ['Delivered', 'DeliveredWithOTP'],
    ]);
    expect(await messagesOf(pkg.id, 'delivered')).toHaveLength(2);

    expect(await enterPasscode(db, da, pkg.id, code)).toEqual({ outcome: 'not_out_for_delivery', trackerState: 'delivered_with_otp' });
    expect(await eventsOf(pkg.id)).toHaveLength(3);
  });

  it('shares one passcode (and one passcode message) between a recipient’s packages from one shipper that day; another shipper’s get their own', async () => {
    const s = await createStation('UK');
    const other = await createStation('UK');
    const phone = freshPhone();
    const first = await createPackage(s.account.id, { trackerState: 'in_transit', phoneE164: phone });
    const sibling = await createPackage(s.account.id, { trackerState: 'in_transit', phoneE164: phone });
    const otherShippers = await createPackage(other.account.id, { trackerState: 'in_transit', phoneE164: phone });
    const da = actorOf(s.da);
    for (const p of [first, sibling, otherShippers]) await takeOutForDelivery(db, da, p.id);
    expect(await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, phone))).toHaveLength(2);
    expect(await messagesOf(first.id, 'passcode')).toHaveLength(2);
    expect(await messagesOf(sibling.id, 'passcode')).toHaveLength(0);
    expect(await messagesOf(sibling.id, 'out_for_delivery')).toHaveLength(2);
    expect(await messagesOf(otherShippers.id, 'passcode')).toHaveLength(2);
    const code = await passcodeOf(first, today('UK'));
    expect(await passcodeOf(sibling, today('UK'))).toBe(code);
    expect(await enterPasscode(db, da, first.id, code)).toEqual({ outcome: 'delivered' });
    expect(await enterPasscode(db, da, sibling.id, code)).toEqual({ outcome: 'delivered' });
    expect(await enterPasscode(db, da, otherShippers.id, await passcodeOf(otherShippers, today('UK')))).toEqual({ outcome: 'delivered' });
  });

  it('sends channels only when they are on for the account', async () => {
    const s = await createStation('UK', { smsNotifications: false });
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    expect((await messagesOf(pkg.id)).map((m) => m.channel)).toEqual(['email', 'email']);
  });

  it('delivers a package that needs no passcode directly, and refuses that for a passcode package', async () => {
    const s = await createStation('UK');
    const da = actorOf(s.da);
    const plain = await createPackage(s.account.id, { trackerState: 'in_transit', otpEligible: false });
    await takeOutForDelivery(db, da, plain.id);
    expect(await messagesOf(plain.id, 'passcode')).toHaveLength(0);
    expect(await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, plain.recipientPhoneE164!))).toHaveLength(0);
    await deliverWithoutPasscode(db, da, plain.id);
    expect(await shipment(plain.id)).toMatchObject({ trackerState: 'delivered', status: 'Delivered', detailCode: null });
    await expect(deliverWithoutPasscode(db, da, plain.id)).rejects.toBeInstanceOf(DeliveryConflictError);

    const otp = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, da, otp.id);
    await expect(deliverWithoutPasscode(db, da, otp.id)).rejects.toThrow('needs the recipient’s passcode');
    await expect(enterPasscode(db, da, plain.id, '123456')).rejects.toThrow('needs no passcode');
  });

  it('issues no passcode when the account has OTP off', async () => {
    const s = await createStation('UK', { otpEnabled: false });
    const pkg = await createPackage(s.account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, actorOf(s.da), pkg.id);
    expect(await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, pkg.recipientPhoneE164!))).toHaveLength(0);
    await deliverWithoutPasscode(db, actorOf(s.da), pkg.id);
  });

  it('refuses illegal transitions', async () => {
    const s = await createStation('UK');
    const da = actorOf(s.da);
    const pkg = await createPackage(s.account.id);
    await expect(takeOutForDelivery(db, da, pkg.id)).rejects.toBeInstanceOf(DeliveryConflictError);
    await expect(returnToStation(db, da, pkg.id)).rejects.toBeInstanceOf(DeliveryConflictError);
    expect(await messagesOf(pkg.id)).toHaveLength(0);
    expect(await db.select().from(passcodes).where(eq(passcodes.recipientPhoneE164, pkg.recipientPhoneE164!))).toHaveLength(0);
    await pickUp(db, da, pkg.id);
    await expect(pickUp(db, da, pkg.id)).rejects.toThrow('already been picked up');
    expect(await eventsOf(pkg.id)).toHaveLength(1);
    expect(await messagesOf(pkg.id, 'shipped')).toHaveLength(2);
  });

  it('runs the day at my station only', async () => {
    const spain = await createStation('ES');
    const uk = await createStation('UK');
    const mine = [
      await createPackage(spain.account.id, { marketplace: 'ES' }),
      await createPackage(spain.account.id, { marketplace: 'ES' }),
    ];
    const theirs = await createPackage(uk.account.id);
    const da = actorOf(spain.da);
    expect(await pickUpAll(db, da)).toBe(2);
    expect(await takeAllOutForDelivery(db, da)).toBe(2);
    for (const p of mine) expect((await shipment(p.id)).trackerState).toBe('out_for_delivery');
    expect((await shipment(theirs.id)).trackerState).toBe('label_created');
    const listed = await listTodaysPackages(db, da);
    expect(listed.map((p) => p.id).sort()).toEqual(mine.map((p) => p.id).sort());
    expect(listed.every((p) => p.needsPasscode)).toBe(true);
  });
});

describe('what the DA sees once a package is delivered', () => {
  it('delivered with the passcode: no passcode asked for any more, and when it was handed over', async () => {
    const { pkg, daActor } = await outForDelivery();
    expect(await getStationPackage(db, daActor, pkg.id)).toMatchObject({ needsPasscode: true, delivered: null });
    await enterPasscode(db, daActor, pkg.id, await passcodeOf(pkg, today('UK')));
    const { lastEventAt } = await shipment(pkg.id);
    expect(await getStationPackage(db, daActor, pkg.id)).toMatchObject({
      trackerState: 'delivered_with_otp',
      needsPasscode: false,
      delivered: { at: lastEventAt, today: true },
    });
    expect((await listTodaysPackages(db, daActor)).find((p) => p.id === pkg.id)).toMatchObject({ needsPasscode: false });
  });

  it('delivered without a passcode: when, and whether that was today at the station', async () => {
    const { pkg, daActor } = await outForDelivery('UK');
    const plain = await createPackage((await shipment(pkg.id)).accountId, { trackerState: 'in_transit', otpEligible: false });
    await takeOutForDelivery(db, daActor, plain.id);
    await deliverWithoutPasscode(db, daActor, plain.id);
    const { lastEventAt } = await shipment(plain.id);
    expect(await getStationPackage(db, daActor, plain.id)).toMatchObject({
      trackerState: 'delivered',
      delivered: { at: lastEventAt, today: true },
    });
    const twoDaysLater = new Date(lastEventAt.getTime() + 2 * 24 * 60 * 60 * 1000);
    expect(await getStationPackage(db, daActor, plain.id, twoDaysLater)).toMatchObject({ delivered: { at: lastEventAt, today: false } });
  });
});

describe('wrong passcodes', () => {
  it('locks after 3 wrong entries and sends all that recipient’s passcode packages that day back; the right code is then refused', async () => {
    const { pkg, daActor, account, phone } = await outForDelivery();
    const sibling = await createPackage(account.id, { trackerState: 'in_transit', phoneE164: phone });
    const otherRecipient = await createPackage(account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, daActor, sibling.id);
    await takeOutForDelivery(db, daActor, otherRecipient.id);
    const code = await passcodeOf(pkg, today('UK'));
    const wrong = wrongCodeFor(code);

    expect(await enterPasscode(db, daActor, pkg.id, wrong)).toEqual({ outcome: 'wrong', attemptsLeft: 2 });
    expect(await enterPasscode(db, daActor, sibling.id, wrong)).toEqual({ outcome: 'wrong', attemptsLeft: 1 });
    expect(await enterPasscode(db, daActor, pkg.id, wrong)).toEqual({ outcome: 'locked', returnedPackages: 2 });

    for (const id of [pkg.id, sibling.id]) {
      expect(await shipment(id)).toMatchObject({
        trackerState: 'attempted_otp_not_available',
        status: 'DeliveryAttempted',
        detailCode: 'OtpNotAvailable',
      });
      expect((await eventsOf(id)).at(-1)).toMatchObject({ eventCode: 'DeliveryAttempted', detailCode: 'OtpNotAvailable' });
    }
    expect((await shipment(otherRecipient.id)).trackerState).toBe('out_for_delivery');
    const locked = await passcodeRowOf(pkg, today('UK'));
    expect(locked.failedAttempts).toBe(3);
    expect(locked.lockedAt).not.toBeNull();

    expect(await enterPasscode(db, daActor, pkg.id, code)).toEqual({ outcome: 'locked', returnedPackages: 0 });
    expect((await shipment(pkg.id)).trackerState).toBe('attempted_otp_not_available');
    expect(await getStationPackage(db, daActor, pkg.id)).toMatchObject({ passcode: { attemptsLeft: 0, locked: true } });

    await returnToStation(db, daActor, pkg.id);
    expect(await shipment(pkg.id)).toMatchObject({ trackerState: 'returned_to_station', detailCode: 'OtpNotAvailable' });
    expect((await eventsOf(pkg.id)).at(-1)!.eventCode).toBe('ReturnInitiated');
    expect(await getStationPackage(db, daActor, pkg.id)).toMatchObject({ trackerState: 'returned_to_station', lockedToday: true });
    await expect(takeOutForDelivery(db, daActor, pkg.id)).rejects.toThrow('entered wrongly 3 times today');
  });

  it('a locked passcode refuses even the right code on a package still out', async () => {
    const { pkg, daActor, phone } = await outForDelivery();
    await db.update(passcodes).set({ failedAttempts: 3 }).where(eq(passcodes.recipientPhoneE164, phone));
    const code = await passcodeOf(pkg, today('UK'));
    expect(await enterPasscode(db, daActor, pkg.id, code)).toEqual({ outcome: 'locked', returnedPackages: 0 });
    expect((await shipment(pkg.id)).trackerState).toBe('out_for_delivery');
  });

  it('rejects recipient R’s code on recipient S’s package, and counts it on S’s passcode', async () => {
    const { pkg: rPkg, daActor, account } = await outForDelivery();
    const sPkg = await createPackage(account.id, { trackerState: 'in_transit' });
    await takeOutForDelivery(db, daActor, sPkg.id);
    const rCode = await passcodeOf(rPkg, today('UK'));
    const sCode = await passcodeOf(sPkg, today('UK'));
    if (rCode === sCode) return; // one chance in a million: the codes coincide
    expect(await enterPasscode(db, daActor, sPkg.id, rCode)).toEqual({ outcome: 'wrong', attemptsLeft: 2 });
    expect((await passcodeRowOf(sPkg, today('UK'))).failedAttempts).toBe(1);
    expect((await passcodeRowOf(rPkg, today('UK'))).failedAttempts).toBe(0);
    expect((await shipment(rPkg.id)).trackerState).toBe('out_for_delivery');
  });

  it('refuses an expired passcode, even the right one, without counting', async () => {
    const { pkg, daActor, phone } = await outForDelivery();
    await db
      .update(passcodes)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passcodes.recipientPhoneE164, phone));
    const code = await passcodeOf(pkg, today('UK'));
    expect(await enterPasscode(db, daActor, pkg.id, code)).toEqual({ outcome: 'expired' });
    expect(await enterPasscode(db, daActor, pkg.id, wrongCodeFor(code))).toEqual({ outcome: 'expired' });
    expect((await passcodeRowOf(pkg, today('UK'))).failedAttempts).toBe(0);
    expect((await shipment(pkg.id)).trackerState).toBe('out_for_delivery');
    await expect(resendPasscode(db, daActor, pkg.id)).rejects.toBeInstanceOf(DeliveryConflictError);
  });

  it('refuses a malformed code without counting it', async () => {
    const { pkg, daActor } = await outForDelivery();
    await expect(enterPasscode(db, daActor, pkg.id, '12345')).rejects.toThrow('6 digits');
    expect((await passcodeRowOf(pkg, today('UK'))).failedAttempts).toBe(0);
  });
});

describe('resend', () => {
  it('resends the same passcode 3 times to the stored number, then refuses; the code still works', async () => {
    const { pkg, daActor, phone } = await outForDelivery('IN');
    expect(await resendPasscode(db, daActor, pkg.id)).toEqual({ resendsLeft: 2 });
    expect(await resendPasscode(db, daActor, pkg.id)).toEqual({ resendsLeft: 1 });
    expect(await resendPasscode(db, daActor, pkg.id)).toEqual({ resendsLeft: 0 });
    await expect(resendPasscode(db, daActor, pkg.id)).rejects.toThrow('already been resent 3 times');
    expect(await enterPasscode(db, daActor, pkg.id, await passcodeOf(pkg, today('IN')))).toEqual({ outcome: 'delivered' });
    const resent = await messagesOf(pkg.id, 'passcode_resend');
    expect(resent).toHaveLength(6);
    expect(new Set(resent.filter((m) => m.channel === 'sms').map((m) => m.toAddress))).toEqual(new Set([phone]));
    expect((await passcodeRowOf(pkg, today('IN'))).resendCount).toBe(3);
  });

  it('never resets the failed-entry count', async () => {
    const { pkg, daActor } = await outForDelivery('IN');
    const code = await passcodeOf(pkg, today('IN'));
    await enterPasscode(db, daActor, pkg.id, wrongCodeFor(code));
    await enterPasscode(db, daActor, pkg.id, wrongCodeFor(code));
    await resendPasscode(db, daActor, pkg.id);
    expect(await passcodeRowOf(pkg, today('IN'))).toMatchObject({ failedAttempts: 2, resendCount: 1 });
    expect(await passcodeOf(pkg, today('IN'))).toBe(code);
    expect(await enterPasscode(db, daActor, pkg.id, wrongCodeFor(code))).toEqual({ outcome: 'locked', returnedPackages: 1 });
  });

  it('is not available in the UK (flag off)', async () => {
    const { pkg, daActor } = await outForDelivery();
    await expect(resendPasscode(db, daActor, pkg.id)).rejects.toThrow('not available in this marketplace');
    expect(await getStationPackage(db, daActor, pkg.id)).toMatchObject({ passcode: { resendAvailable: false } });
  });
});

describe('authorization', () => {
  it('refuses a DA of another station as if the package did not exist, and every other role outright', async () => {
    const { pkg, phone } = await outForDelivery();
    const code = await passcodeOf(pkg, today('UK'));
    const otherDa = actorOf(await createUser('delivery_associate', { station: 'IT' }));
    const shipperAccountId = (await shipment(pkg.id)).accountId;
    const shipper = actorOf(await createUser('shipper', { accountId: shipperAccountId }));
    const manager = actorOf(await createUser('account_manager'));
    const recipient = actorOf(await createUser('recipient', { phoneE164: phone }));
    const calls = (actor: typeof shipper) => [
      () => pickUp(db, actor, pkg.id),
      () => takeOutForDelivery(db, actor, pkg.id),
      () => deliverWithoutPasscode(db, actor, pkg.id),
      () => enterPasscode(db, actor, pkg.id, code),
      () => resendPasscode(db, actor, pkg.id),
      () => returnToStation(db, actor, pkg.id),
      () => getStationPackage(db, actor, pkg.id),
    ];
    for (const call of calls(otherDa)) await expect(call()).rejects.toThrow('No such package at your station.');
    for (const actor of [shipper, manager, recipient]) {
      for (const call of [
        ...calls(actor),
        () => listTodaysPackages(db, actor),
        () => pickUpAll(db, actor),
        () => takeAllOutForDelivery(db, actor),
      ]) {
        await expect(call()).rejects.toThrow('Your role may not do this.');
      }
    }
    expect(await listTodaysPackages(db, otherDa)).toEqual([]);
    const ukDa = actorOf(await createUser('delivery_associate', { station: 'UK' }));
    await expect(getStationPackage(db, ukDa, '00000000-0000-4000-8000-000000000000')).rejects.toThrow('No such package at your station.');
    await expect(getStationPackage(db, ukDa, 'not-a-uuid')).rejects.toThrow('No such package at your station.');
    expect((await shipment(pkg.id)).trackerState).toBe('out_for_delivery');
    expect((await passcodeRowOf(pkg, today('UK'))).failedAttempts).toBe(0);
  });

  it('no delivery response carries the code, its hash or its ciphertext', async () => {
    const { pkg, daActor } = await outForDelivery('IN');
    const code = await passcodeOf(pkg, today('IN'));
    const row = await passcodeRowOf(pkg, today('IN'));
    const responses = [
      await listTodaysPackages(db, daActor),
      await getStationPackage(db, daActor, pkg.id),
      await resendPasscode(db, daActor, pkg.id),
      await enterPasscode(db, daActor, pkg.id, wrongCodeFor(code)),
      await enterPasscode(db, daActor, pkg.id, code),
      await getStationPackage(db, daActor, pkg.id),
    ];
    const text = JSON.stringify(responses);
    for (const secret of [code, row.codeHmac, row.codeCiphertext, row.codeHmac.split('$')[1]!]) expect(text).not.toContain(secret);
  });
});

describe('no plaintext passcode at rest', () => {
  it('appears in no table after codes are issued, resent and entered', async () => {
    const { pkg, daActor } = await outForDelivery('IN');
    const second = await outForDelivery('IN');
    await resendPasscode(db, daActor, pkg.id);
    const codes = [await passcodeOf(pkg, today('IN')), await passcodeOf(second.pkg, today('IN'))];
    await enterPasscode(db, daActor, pkg.id, wrongCodeFor(codes[0]!));
    await enterPasscode(db, second.daActor, second.pkg.id, codes[1]!);
    // Both drivers answer `execute` with `{ rows }`.
    const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
    const tables = rowsOf<{ table_name: string }>(
      await db.execute(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`),
    );
    let dump = '';
    for (const { table_name } of tables) {
      const rows = rowsOf<{ j: string }>(await db.execute(sql`select row_to_json(t)::text as j from ${sql.identifier(table_name)} t`));
      dump += rows.map((r) => r.j).join('\n');
    }
    expect(dump).toContain('passcode');
    expect(dump.length).toBeGreaterThan(1000);
    for (const code of codes) expect(dump).not.toContain(code);
  });
});
