import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { type NewShipment, passcodes, shipments } from '@/db/schema';
import { AccessDeniedError } from '@/lib/auth/errors';
import { encryptSecret, hashSecretCode } from '@/lib/passcode';
import type { TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { storedEligibilityFor } from '@/tests/support/stored-eligibility';
import { type PackagePageQuery, NEWEST_PACKAGES, PACKAGES_PER_PAGE } from '@/lib/recipient/package-pages';
import { listRecipientPackages, type RecipientPackages } from './recipient-packages';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const keys = setUpTestSecrets();
const TODAY = '2026-11-25';
const NOW = new Date('2026-11-25T12:00:00Z');
const END_OF_DAY = new Date('2026-11-26T00:00:00Z');
let sequence = 0;

/** Every package the call returned: today's out-for-delivery ones and the page of the rest. */
const everyPackage = (packages: RecipientPackages) => [...packages.outToday, ...packages.others];

async function everyPackageOf(actor: ReturnType<typeof actorOf>, page: PackagePageQuery = NEWEST_PACKAGES) {
  return everyPackage(await listRecipientPackages(db, actor, page, { now: NOW, keys }));
}

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
    const mine = await everyPackageOf(actorOf(w.alice));
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

    const bobs = await everyPackageOf(actorOf(w.bob));
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
    const mine = await everyPackageOf(actorOf(w.alice));
    expect(mine.find((p) => p.trackingId === byEmail.trackingId)?.passcode).toEqual({ kind: 'other_number' });
    expect(JSON.stringify(mine)).not.toContain('246802');

    const noPhone = await createUser('recipient');
    await addShipment(w.accountA.id, {
      trackerState: 'out_for_delivery',
      recipientPhoneE164: '+447700900399',
      recipientEmail: noPhone.email,
    });
    await addPasscode(w.accountA.id, '+447700900399', '111222');
    const hers = await everyPackageOf(actorOf(noPhone));
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

    const notices = Object.fromEntries((await everyPackageOf(actorOf(carol))).map((p) => [p.trackingId, p.passcode.kind]));
    const { outToday } = await listRecipientPackages(db, actorOf(carol), NEWEST_PACKAGES, { now: NOW, keys });
    expect(outToday.map((p) => p.trackingId)).toEqual([plain.trackingId]);
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

  it('keeps today’s out-for-delivery packages on top and pages the rest ten at a time, newest event first, mine only', async () => {
    const w = await world();
    const mine = { recipientPhoneE164: w.alice.phoneE164, recipientEmail: w.alice.email };
    const theirs = { recipientPhoneE164: w.bob.phoneE164, recipientEmail: w.bob.email };
    const minutesAgo = (minutes: number) => new Date(NOW.getTime() - minutes * 60_000);
    const rest = [];
    for (let i = 0; i < 23; i += 1) {
      // Three packages share each moment, so ties straddle the page edges; Bob's fall between Alice's.
      const lastEventAt = minutesAgo(60 + Math.floor(i / 3) * 10);
      rest.push(await addShipment(w.accountA.id, { trackerState: 'delivered', deliveryDate: '2026-11-20', lastEventAt, ...mine }));
      await addShipment(w.accountB.id, { trackerState: 'delivered', deliveryDate: '2026-11-20', lastEventAt, ...theirs });
    }
    const yesterdays = await addShipment(w.accountA.id, {
      trackerState: 'out_for_delivery',
      deliveryDate: '2026-11-24',
      lastEventAt: minutesAgo(1),
      ...mine,
    });
    const newestFirst = [
      yesterdays,
      ...rest.sort((a, b) => b.lastEventAt.getTime() - a.lastEventAt.getTime() || (a.trackingId < b.trackingId ? 1 : -1)),
    ].map((p) => p.trackingId);
    const today = [w.aliceFromA.trackingId, w.aliceFromB.trackingId].sort();

    const pages: RecipientPackages[] = [];
    let page: PackagePageQuery = NEWEST_PACKAGES;
    for (;;) {
      const found = await listRecipientPackages(db, actorOf(w.alice), page, { now: NOW, keys });
      pages.push(found);
      if (!found.older) break;
      page = { older: found.older, newer: null };
    }
    expect(pages.map((p) => p.others.length)).toEqual([PACKAGES_PER_PAGE, PACKAGES_PER_PAGE, 4]);
    expect(pages.flatMap((p) => p.others.map((o) => o.trackingId))).toEqual(newestFirst);
    for (const p of pages) expect(p.outToday.map((o) => o.trackingId).sort()).toEqual(today);
    expect(pages.map((p) => p.newer === null)).toEqual([true, false, false]);

    // Back from the oldest page, a page at a time, to the newest.
    const back = await listRecipientPackages(db, actorOf(w.alice), { older: null, newer: pages[2]!.newer }, { now: NOW, keys });
    expect(back.others.map((o) => o.trackingId)).toEqual(pages[1]!.others.map((o) => o.trackingId));
    const newest = await listRecipientPackages(db, actorOf(w.alice), { older: null, newer: back.newer }, { now: NOW, keys });
    expect(newest.others.map((o) => o.trackingId)).toEqual(pages[0]!.others.map((o) => o.trackingId));
    expect(newest.newer).toBeNull();
    expect(newest.older).toEqual(pages[0]!.older);

    // Bob's pages hold only Bob's packages, whatever cursor he is handed.
    const bobsPage = await listRecipientPackages(db, actorOf(w.bob), { older: pages[0]!.older, newer: null }, { now: NOW, keys });
    const alices = new Set([...newestFirst, ...today]);
    expect(bobsPage.others.length).toBeGreaterThan(0);
    expect([...bobsPage.outToday, ...bobsPage.others].filter((p) => alices.has(p.trackingId))).toEqual([]);
  });

  it('gives a DTO with no hash or ciphertext in it', async () => {
    const w = await world();
    const json = JSON.stringify(await listRecipientPackages(db, actorOf(w.alice), NEWEST_PACKAGES, { now: NOW, keys }));
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
      await expect(listRecipientPackages(db, actorOf(user), NEWEST_PACKAGES, { now: NOW, keys })).rejects.toBeInstanceOf(AccessDeniedError);
    }
  });
});
