import { deliveryCountersOf } from '@/lib/lifecycle/delivery-counters';
import { evaluateOtpEligibility } from '@/lib/otp/eligibility';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { storedEligibilityOf } from '@/lib/otp/stored-eligibility';
import { DAY_MS } from '@/lib/time/durations';
import { trackerStateFor } from '@/lib/tracker/states';
import { generateTrackingId } from '@/lib/tracker/tracking-id';
import type { Db } from './client';
import { shipments, trackingEvents } from './schema';
import { DEMO_RECIPIENTS, DEMO_STATIONS, type DaysAgo, type DemoAccount, type DemoRecipient, PINNED_LOCKOUTS } from './seed-data';
import { addDays, dayAt, DeliveryRounds, type EventDraft, historyOf, localTime } from './seed-history';
import type { PastPasscodes } from './seed-passcodes';

/** Days of history: the insights' longest period (90 days) has data throughout. */
export const HISTORY_DAYS = 90;
const SHIPMENTS_PER_ACCOUNT = 210;
const BATCH = 500;

interface Draft {
  marketplace: Marketplace;
  recipient: DemoRecipient;
  created: Date;
  insuredMinor: number;
  channelType: 'AMAZON' | 'EXTERNAL';
  prepaid: boolean;
  pinnedLockout: boolean;
}

export interface HistoryContext {
  rounds: DeliveryRounds;
  passcodes: PastPasscodes;
  random: () => number;
  now: number;
}

function within(window: DaysAgo | undefined, at: Date, now: number): boolean {
  return !!window && at.getTime() >= now - window.fromDaysAgo * DAY_MS && at.getTime() < now - window.toDaysAgo * DAY_MS;
}

/** A label made between 08:00 and 20:00 local time on one of the last HISTORY_DAYS days, never after `now`. */
function labelTime(marketplace: Marketplace, random: () => number, now: number): Date {
  const today = dayAt(marketplace, new Date(now));
  const at = localTime(marketplace, addDays(today, -Math.floor(random() * HISTORY_DAYS)), 480 + random() * 720);
  return at.getTime() <= now ? at : new Date(at.getTime() - DAY_MS);
}

function draftsOf(account: DemoAccount, { random, now, rounds }: HistoryContext): Draft[] {
  const pinned = PINNED_LOCKOUTS.filter((p) => p.account === account.key).map((p): Draft => {
    const recipient = DEMO_RECIPIENTS.find((r) => r.name === p.recipient)!;
    const labelDay = addDays(dayAt(recipient.marketplace, new Date(now)), -p.labelledDaysAgo);
    rounds.pin(`${account.key}|${recipient.phone}`, addDays(labelDay, 2), { result: 'locked_out', minutes: 95 });
    const created = localTime(recipient.marketplace, labelDay, 11 * 60);
    return {
      marketplace: recipient.marketplace,
      recipient,
      created,
      insuredMinor: p.insuredMinor,
      channelType: 'EXTERNAL',
      prepaid: true,
      pinnedLockout: true,
    };
  });
  const drawn = Array.from({ length: SHIPMENTS_PER_ACCOUNT }, (_, i): Draft => {
    const marketplace = account.marketplaces[Math.floor(random() * account.marketplaces.length)]!;
    const pool = DEMO_RECIPIENTS.filter((r) => r.marketplace === marketplace);
    const recipient = pool[Math.floor(random() * pool.length)]!;
    const insuredMinor = Math.round(MARKETPLACES[marketplace].defaultThresholdMinor * (0.3 + random() * 1.6)) + (i % 7 === 0 ? 0 : 1);
    const channelType = random() < 0.1 ? 'AMAZON' : 'EXTERNAL';
    const prepaid = random() >= 0.08;
    return {
      marketplace,
      recipient,
      created: labelTime(marketplace, random, now),
      insuredMinor,
      channelType,
      prepaid,
      pinnedLockout: false,
    };
  });
  // In label order, so each stretch of days gets visits from all along the round (DeliveryRounds `spread`).
  return [...pinned, ...drawn.sort((a, b) => a.created.getTime() - b.created.getTime())];
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

function shipmentRow(account: DemoAccount, accountId: string, draft: Draft, i: number, context: HistoryContext) {
  const { random, now } = context;
  const { marketplace, recipient, created, insuredMinor, channelType, prepaid } = draft;
  const info = MARKETPLACES[marketplace];
  const phone = within(account.missingPhones, created, now) && random() < account.missingPhones!.share ? null : recipient.phone;
  const eligibility = evaluateOtpEligibility({
    account: {
      otpEnabled: account.otpEnabled,
      emailNotifications: account.emailNotifications,
      smsNotifications: account.smsNotifications && !within(account.smsOff, created, now),
    },
    shipment: {
      channelType,
      prepaid,
      shipTo: { countryCode: info.countryCode, phoneNumber: phone },
      insuredValue: { value: insuredMinor / 100, unit: info.currency },
    },
  });
  const phoneE164 = eligibility.recipientPhoneE164;
  const otp = eligibility.eligible && phoneE164 !== null;
  const plan = { marketplace, created, otp, scope: otp ? `${account.key}|${recipient.phone}` : null, lane: account.key };
  const events = historyOf(draft.pinnedLockout ? { ...plan, followUp: 'waits' } : plan, context.rounds, random, now);
  if (otp) context.passcodes.add(accountId, marketplace, phoneE164, events);
  const last = events.at(-1)!;
  const lastOut = events.findLast((e) => e.eventCode === 'OutForDelivery');
  const station = DEMO_STATIONS[marketplace];
  const firstItem = Math.round(insuredMinor * 0.7);
  const contact = { email: recipient.email, ...(phone ? { phoneNumber: phone } : {}) };
  return {
    events,
    row: {
      accountId,
      trackingId: generateTrackingId((max) => Math.floor(random() * max)),
      packageClientReferenceId: `${account.key.toUpperCase()}-${created.toISOString().slice(0, 10).replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`,
      channelType,
      prepaid,
      marketplace,
      shipToCountry: info.countryCode,
      recipientName: recipient.name,
      recipientEmail: recipient.email,
      recipientPhone: phone,
      recipientPhoneE164: phoneE164,
      shipTo: address(recipient.name, `${10 + (i % 190)} High Street`, recipient.city, recipient.postalCode, info.countryCode, contact),
      shipFrom: address(account.name, '1 Warehouse Way', station.city, station.postalCode, info.countryCode),
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
      deliveryDate: lastOut ? dayAt(marketplace, lastOut.at) : null,
      ...deliveryCountersOf(events),
      createdAt: created,
    } satisfies typeof shipments.$inferInsert,
  };
}

function eventRow(shipmentId: string, marketplace: Marketplace, e: EventDraft) {
  const station = DEMO_STATIONS[marketplace];
  return {
    shipmentId,
    eventCode: e.eventCode,
    status: e.status,
    detailCode: e.detailCode,
    eventTime: e.at,
    location: { city: station.city, postalCode: station.postalCode, countryCode: MARKETPLACES[marketplace].countryCode },
  };
}

/**
 * An account's last HISTORY_DAYS days of shipments, each stored with its whole history and the delivery
 * counters its events give. Labels follow the account's settings of the day they were made.
 */
export async function insertShipmentHistory(db: Db, account: DemoAccount, accountId: string, context: HistoryContext): Promise<number> {
  const built = draftsOf(account, context).map((draft, i) => shipmentRow(account, accountId, draft, i, context));
  for (let start = 0; start < built.length; start += BATCH) {
    const batch = built.slice(start, start + BATCH);
    const inserted = await db
      .insert(shipments)
      .values(batch.map((b) => b.row))
      .returning({ id: shipments.id });
    const events = inserted.flatMap((s, i) => batch[i]!.events.map((e) => eventRow(s.id, batch[i]!.row.marketplace, e)));
    for (let e = 0; e < events.length; e += BATCH * 4) await db.insert(trackingEvents).values(events.slice(e, e + BATCH * 4));
  }
  return built.length;
}
