import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import type { Station } from '@/lib/auth/actor';
import { evaluateOtpEligibility } from '@/lib/otp/eligibility';
import { storedEligibilityOf } from '@/lib/otp/stored-eligibility';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { parseMobileNumber } from '@/lib/otp/phone';
import { deliveryCountersOf } from '@/lib/lifecycle/delivery-counters';
import { type CarrierStatus, type EventCode, trackerStateFor } from '@/lib/tracker/states';
import { generateTrackingId } from '@/lib/tracker/tracking-id';
import { passcodeKeys } from '@/lib/passcode';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import type { Db } from './client';
import { insertDeliveryDay } from './seed-delivery-day';
import { shipments, shipperAccounts, trackingEvents, users } from './schema';
import {
  DEMO_ACCOUNTS,
  DEMO_MANAGERS,
  DEMO_PASSWORD,
  DEMO_RECIPIENTS,
  DEMO_STATIONS,
  type DemoAccount,
  type DemoRecipient,
} from './seed-data';

const SHIPMENTS_PER_ACCOUNT = 80;

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

type Stage =
  'label_created' | 'in_transit' | 'delivered' | 'attempted_otp' | 'returned' | 'attempted' | 'lost' | 'rejected' | 'undeliverable';

interface EventDraft {
  eventCode: EventCode;
  status: CarrierStatus;
  detailCode: string | null;
  at: Date;
}

function eventsFor(stage: Stage, created: Date, eligible: boolean): EventDraft[] {
  const at = (hours: number) => new Date(created.getTime() + hours * HOUR_MS);
  const events: EventDraft[] = [{ eventCode: 'ReadyForReceive', status: 'PreTransit', detailCode: null, at: at(0) }];
  if (stage === 'label_created') return events;
  events.push({ eventCode: 'PickupDone', status: 'InTransit', detailCode: null, at: at(3) });
  events.push({ eventCode: 'Departed', status: 'InTransit', detailCode: null, at: at(9) });
  if (stage === 'lost') return [...events, { eventCode: 'Lost', status: 'Lost', detailCode: null, at: at(40) }];
  events.push({ eventCode: 'ArrivedAtCarrierFacility', status: 'InTransit', detailCode: 'ArrivedAtLocalFacility', at: at(20) });
  if (stage === 'in_transit') return events;
  events.push({ eventCode: 'OutForDelivery', status: 'OutForDelivery', detailCode: null, at: at(30) });
  const end = at(35);
  switch (stage) {
    case 'delivered':
      return [...events, { eventCode: 'Delivered', status: 'Delivered', detailCode: eligible ? 'DeliveredWithOTP' : 'Signed', at: end }];
    case 'attempted_otp':
      return [...events, { eventCode: 'DeliveryAttempted', status: 'DeliveryAttempted', detailCode: 'OtpNotAvailable', at: end }];
    case 'returned':
      return [
        ...events,
        { eventCode: 'DeliveryAttempted', status: 'DeliveryAttempted', detailCode: 'OtpNotAvailable', at: end },
        { eventCode: 'ReturnInitiated', status: 'DeliveryAttempted', detailCode: 'OtpNotAvailable', at: at(40) },
      ];
    case 'attempted':
      return [...events, { eventCode: 'DeliveryAttempted', status: 'DeliveryAttempted', detailCode: 'CustomerUnavailable', at: end }];
    case 'rejected':
      return [...events, { eventCode: 'Rejected', status: 'Rejected', detailCode: 'RejectedByRecipientWithVerification', at: end }];
    case 'undeliverable':
      return [...events, { eventCode: 'Undeliverable', status: 'Undeliverable', detailCode: 'AddressNotFound', at: end }];
  }
}

function pickStage(ageDays: number, eligible: boolean, r: number): Stage {
  if (ageDays < 1) return 'label_created';
  if (ageDays < 2) return r < 0.5 ? 'label_created' : 'in_transit';
  if (eligible) {
    if (r < 0.7) return 'delivered';
    if (r < 0.82) return 'attempted_otp';
    if (r < 0.9) return 'returned';
    return 'in_transit';
  }
  if (r < 0.75) return 'delivered';
  if (r < 0.83) return 'attempted';
  if (r < 0.88) return 'lost';
  if (r < 0.94) return 'rejected';
  return 'undeliverable';
}

async function insertUsersAndAccounts(db: Db, passwordHash: string) {
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
    await db.insert(users).values({
      email: account.shipperEmail,
      name: account.shipperName,
      passwordHash,
      role: 'shipper',
      accountId: row!.id,
    });
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

function address(
  name: string,
  line1: string,
  city: string,
  postalCode: string,
  countryCode: string,
  extra: { email?: string; phoneNumber?: string } = {},
) {
  return { name, addressLine1: line1, city, stateOrRegion: city, postalCode, countryCode, ...extra };
}

async function insertShipments(db: Db, account: DemoAccount, accountId: string, random: () => number, now: number) {
  const recipientsFor = (m: Marketplace) => DEMO_RECIPIENTS.filter((r) => r.marketplace === m);
  const shipmentRows: (typeof shipments.$inferInsert)[] = [];
  const eventRows: EventDraft[][] = [];
  for (let i = 0; i < SHIPMENTS_PER_ACCOUNT; i += 1) {
    const marketplace = account.marketplaces[Math.floor(random() * account.marketplaces.length)]!;
    const info = MARKETPLACES[marketplace];
    const pool = recipientsFor(marketplace);
    const recipient: DemoRecipient = pool[Math.floor(random() * pool.length)]!;
    const threshold = info.defaultThresholdMinor;
    const insuredMinor = Math.round(threshold * (0.3 + random() * 1.6)) + (i % 7 === 0 ? 0 : 1);
    const channelType = random() < 0.1 ? ('AMAZON' as const) : ('EXTERNAL' as const);
    const prepaid = random() >= 0.08;
    const countryCode = info.countryCode;
    const eligibility = evaluateOtpEligibility({
      account: {
        otpEnabled: account.otpEnabled,
        emailNotifications: account.emailNotifications,
        smsNotifications: account.smsNotifications,
      },
      shipment: {
        channelType,
        prepaid,
        shipTo: { countryCode, phoneNumber: recipient.phone },
        insuredValue: { value: insuredMinor / 100, unit: info.currency },
      },
    });
    const created = new Date(now - random() * 30 * DAY_MS);
    const ageDays = (now - created.getTime()) / DAY_MS;
    const stage = pickStage(ageDays, eligibility.eligible, random());
    const events = eventsFor(stage, created, eligibility.eligible).filter((e) => e.at.getTime() <= now);
    const last = events[events.length - 1]!;
    const delivery = events.find((e) => e.eventCode === 'OutForDelivery');
    const station = DEMO_STATIONS[marketplace];
    const firstItem = Math.round(insuredMinor * 0.7);
    shipmentRows.push({
      accountId,
      trackingId: generateTrackingId((max) => Math.floor(random() * max)),
      packageClientReferenceId: `${account.key.toUpperCase()}-${created.toISOString().slice(0, 10).replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`,
      channelType,
      prepaid,
      marketplace,
      shipToCountry: countryCode,
      recipientName: recipient.name,
      recipientEmail: recipient.email,
      recipientPhone: recipient.phone,
      recipientPhoneE164: eligibility.recipientPhoneE164,
      shipTo: address(recipient.name, `${10 + i} High Street`, recipient.city, recipient.postalCode, countryCode, {
        email: recipient.email,
        phoneNumber: recipient.phone,
      }),
      shipFrom: address(account.name, '1 Warehouse Way', station.city, station.postalCode, countryCode),
      insuredValueMinor: insuredMinor,
      insuredCurrency: info.currency,
      weight: { value: 500 + Math.floor(random() * 4000), unit: 'GRAM' },
      dimensions: { length: 30, width: 20, height: 15, unit: 'CENTIMETER' },
      items: [
        {
          description: 'Wireless headphones',
          itemIdentifier: `SKU-${1000 + i}`,
          quantity: 1,
          valueMinor: firstItem,
          currency: info.currency,
          weight: { value: 400, unit: 'GRAM' },
        },
        {
          description: 'Charging case',
          itemIdentifier: `SKU-${5000 + i}`,
          quantity: 1,
          valueMinor: insuredMinor - firstItem,
          currency: info.currency,
          weight: { value: 100, unit: 'GRAM' },
        },
      ],
      otpEligible: eligibility.eligible,
      eligibility: storedEligibilityOf(eligibility),
      status: last.status,
      detailCode: last.detailCode,
      trackerState: trackerStateFor(last.status, last.detailCode, last.eventCode),
      lastEventAt: last.at,
      deliveryDate: delivery ? delivery.at.toLocaleDateString('en-CA', { timeZone: info.timeZone }) : null,
      ...deliveryCountersOf(events),
      createdAt: created,
    });
    eventRows.push(events);
  }
  const inserted = await db.insert(shipments).values(shipmentRows).returning({ id: shipments.id, marketplace: shipments.marketplace });
  await db.insert(trackingEvents).values(
    inserted.flatMap((s, i) => {
      const station = DEMO_STATIONS[s.marketplace as Marketplace];
      return eventRows[i]!.map((e) => ({
        shipmentId: s.id,
        eventCode: e.eventCode,
        status: e.status,
        detailCode: e.detailCode,
        eventTime: e.at,
        location: {
          city: station.city,
          postalCode: station.postalCode,
          countryCode: MARKETPLACES[s.marketplace as Marketplace].countryCode,
        },
      }));
    }),
  );
  return inserted.length;
}

/** Seeds the demo once; a second run finds the demo account manager and changes nothing. */
export async function seedDemo(db: Db, now = Date.now()): Promise<{ seeded: boolean; shipments: number }> {
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, DEMO_MANAGERS.primary.email)).limit(1);
  if (existing) return { seeded: false, shipments: 0 };
  const passwordHash = await bcrypt.hash(DEMO_PASSWORD, 10);
  const random = mulberry32(20261124);
  return db.transaction(async (tx) => {
    const txDb = tx as unknown as Db;
    const accountIds = await insertUsersAndAccounts(txDb, passwordHash);
    let count = 0;
    for (const account of DEMO_ACCOUNTS) {
      count += await insertShipments(txDb, account, accountIds.get(account.key)!, random, now);
    }
    count += await insertDeliveryDay(txDb, accountIds, passcodeKeys(), random, now);
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
