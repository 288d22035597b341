import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import type { Station } from '@/lib/auth/actor';
import { parseMobileNumber } from '@/lib/otp/phone';
import { passcodeKeys } from '@/lib/passcode';
import { switchValue } from '@/lib/settings/audit-fields';
import { DAY_MS } from '@/lib/time/durations';
import type { Db } from './client';
import { auditLog, shipperAccounts, users } from './schema';
import { DEMO_ACCOUNTS, DEMO_MANAGERS, DEMO_PASSWORD, DEMO_RECIPIENTS, DEMO_STATIONS, type DemoAccount } from './seed-data';
import { insertDeliveryDay } from './seed-delivery-day';
import { DeliveryRounds } from './seed-history';
import { PastPasscodes } from './seed-passcodes';
import { insertShipmentHistory } from './seed-shipments';

/** A small deterministic generator, so every fresh seed is the same demo. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The audit log of an account whose shipper switched SMS off for a while, at the times its labels show it. */
async function insertSwitchHistory(db: Db, account: DemoAccount, accountId: string, shipperId: string, now: number): Promise<void> {
  if (!account.smsOff) return;
  const change = (daysAgo: number, on: boolean) => ({
    at: new Date(now - daysAgo * DAY_MS),
    actorUserId: shipperId,
    actorRole: 'shipper' as const,
    accountId,
    field: 'smsNotifications',
    oldValue: switchValue(!on),
    newValue: switchValue(on),
  });
  await db.insert(auditLog).values([change(account.smsOff.fromDaysAgo, false), change(account.smsOff.toDaysAgo, true)]);
}

async function insertUsersAndAccounts(db: Db, passwordHash: string, now: number) {
  const managerIds = {} as Record<keyof typeof DEMO_MANAGERS, string>;
  for (const [key, manager] of Object.entries(DEMO_MANAGERS) as [keyof typeof DEMO_MANAGERS, { email: string; name: string }][]) {
    const [row] = await db
      .insert(users)
      .values({ email: manager.email, name: manager.name, passwordHash, role: 'account_manager' })
      .returning({ id: users.id });
    managerIds[key] = row!.id;
  }
  const accountIds = new Map<string, string>();
  for (const account of DEMO_ACCOUNTS) {
    const [row] = await db
      .insert(shipperAccounts)
      .values({
        name: account.name,
        homeMarketplace: account.homeMarketplace,
        marketplaces: account.marketplaces,
        otpEnabled: account.otpEnabled,
        emailNotifications: account.emailNotifications,
        smsNotifications: account.smsNotifications,
        managerUserId: managerIds[account.manager],
      })
      .returning({ id: shipperAccounts.id });
    accountIds.set(account.key, row!.id);
    const [shipper] = await db
      .insert(users)
      .values({ email: account.shipperEmail, name: account.shipperName, passwordHash, role: 'shipper', accountId: row!.id })
      .returning({ id: users.id });
    await insertSwitchHistory(db, account, row!.id, shipper!.id, now);
  }
  await db.insert(users).values(
    (Object.entries(DEMO_STATIONS) as [Station, (typeof DEMO_STATIONS)[Station]][]).map(([station, s]) => ({
      email: s.daEmail,
      name: s.daName,
      passwordHash,
      role: 'delivery_associate' as const,
      station,
    })),
  );
  const recipientUsers = DEMO_RECIPIENTS.filter((r) => r.hasUser).map((r) => {
    const phone = parseMobileNumber(r.phone, r.marketplace);
    if (!phone.ok) throw new Error(`demo recipient ${r.name} needs a valid mobile: ${phone.reason}`);
    return { email: r.email, name: r.name, role: 'recipient' as const, phoneE164: phone.e164 };
  });
  await db.insert(users).values(recipientUsers);
  return accountIds;
}

/** Seeds the demo once; a second run finds the demo account manager and changes nothing. */
export async function seedDemo(db: Db, now = Date.now()): Promise<{ seeded: boolean; shipments: number }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_MANAGERS.primary.email)).limit(1);
  if (existing) return { seeded: false, shipments: 0 };
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const random = mulberry32(20261124);
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const accountIds = await insertUsersAndAccounts(txDb, passwordHash, now);
    const history = { rounds: new DeliveryRounds(mulberry32(20261201)), passcodes: new PastPasscodes(), random, now };
    let count = 0;
    for (const account of DEMO_ACCOUNTS) count += await insertShipmentHistory(txDb, account, accountIds.get(account.key)!, history);
    const keys = passcodeKeys();
    await history.passcodes.insert(txDb, keys, random);
    count += await insertDeliveryDay(txDb, accountIds, keys, random, now);
    return { seeded: true, shipments: count };
  });
}

export function demoCredentials(): string[] {
  return [
    ...DEMO_ACCOUNTS.map(
      (a) =>
        `shipper          ${a.shipperEmail.padEnd(36)} ${a.name} (${a.marketplaces.join('/')}; OTP ${a.otpEnabled ? 'on' : 'off'}${a.smsNotifications ? '' : ', SMS off'})`,
    ),
    ...Object.values(DEMO_MANAGERS).map((m) => `account manager  ${m.email.padEnd(36)} ${m.name}`),
    ...Object.entries(DEMO_STATIONS).map(([station, s]) => `delivery assoc.  ${s.daEmail.padEnd(36)} station ${station}`),
    `password for all of the above: ${DEMO_PASSWORD}`,
  ];
}
