import { outForDeliveryMessages } from '@/lib/messages/out-for-delivery';
import { passcodeMessages } from '@/lib/messages/passcode';
import { shippedMessages } from '@/lib/messages/shipped';
import type { OutgoingMessage } from '@/lib/messages/types';
import { evaluateOtpEligibility } from '@/lib/otp/eligibility';
import { storedEligibilityOf } from '@/lib/otp/stored-eligibility';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { deliveryDayAt, endOfDeliveryDay, type PasscodeKeys } from '@/lib/passcode';
import { deliveryCountersOf } from '@/lib/lifecycle/delivery-counters';
import { type CarrierStatus, type EventCode, trackerStateFor } from '@/lib/tracker/states';
import { generateTrackingId } from '@/lib/tracker/tracking-id';
import { HOUR_MS } from '@/lib/time/durations';
import type { Db } from './client';
import { notifications, passcodes, shipments, trackingEvents } from './schema';
import { DEMO_ACCOUNTS, DEMO_RECIPIENTS, DEMO_STATIONS } from './seed-data';
import { sealedPasscode } from './seed-passcodes';

/**
 * Today's round at the UK, IN, FR, IT and ES stations: some packages out for delivery (passcodes issued), some
 * picked up. Each recipient's messages are in their marketplace's language.
 */
const TODAY: { account: string; recipient: string; stage: 'out' | 'picked_up'; insuredMinor: number; item: string }[] = [
  { account: 'bright', recipient: 'Emma Wilson', stage: 'out', insuredMinor: 24_900, item: 'Noise-cancelling headphones' },
  { account: 'bright', recipient: 'Noah Smith', stage: 'out', insuredMinor: 31_500, item: 'Smartwatch' },
  { account: 'bright', recipient: 'Grace Taylor', stage: 'picked_up', insuredMinor: 18_000, item: 'Espresso machine' },
  { account: 'bright', recipient: 'Henry Brown', stage: 'out', insuredMinor: 15_000, item: 'Bluetooth speaker' },
  { account: 'kala', recipient: 'Ananya Iyer', stage: 'out', insuredMinor: 129_900, item: 'Smartphone' },
  { account: 'kala', recipient: 'Rohan Gupta', stage: 'out', insuredMinor: 89_000, item: 'Tablet' },
  { account: 'kala', recipient: 'Kavya Reddy', stage: 'picked_up', insuredMinor: 75_000, item: 'Silk saree' },
  { account: 'kala', recipient: 'Rohan Gupta', stage: 'picked_up', insuredMinor: 64_000, item: 'Fitness tracker' },
  { account: 'lumiere', recipient: 'Chloé Bernard', stage: 'out', insuredMinor: 42_000, item: 'Lampe en laiton' },
  { account: 'lumiere', recipient: 'Marco Bianchi', stage: 'out', insuredMinor: 36_500, item: 'Lampada da tavolo' },
  { account: 'lumiere', recipient: 'Lucía García', stage: 'out', insuredMinor: 28_900, item: 'Lámpara de pie' },
];

interface EventDraft {
  eventCode: EventCode;
  status: CarrierStatus;
  at: Date;
}

/**
 * Seeds the delivery day so the DA app, the message log and Recipient Central have something to show.
 * Passcodes are stored as the app stores them (keyed hash + sealed copy); the messages are recorded as
 * already sent, with the passcode's sealed copy dropped as the outbox does after sending.
 */
export async function insertDeliveryDay(
  db: Db,
  accountIds: Map<string, string>,
  keys: PasscodeKeys,
  random: () => number,
  now: number,
): Promise<number> {
  const issued = new Map<string, string>();
  for (const [i, draft] of TODAY.entries()) {
    const account = DEMO_ACCOUNTS.find((a) => a.key === draft.account)!;
    const recipient = DEMO_RECIPIENTS.find((r) => r.name === draft.recipient)!;
    const marketplace: Marketplace = recipient.marketplace;
    const info = MARKETPLACES[marketplace];
    const accountId = accountIds.get(account.key)!;
    const eligibility = evaluateOtpEligibility({
      account: {
        otpEnabled: account.otpEnabled,
        emailNotifications: account.emailNotifications,
        smsNotifications: account.smsNotifications,
      },
      shipment: {
        channelType: 'EXTERNAL',
        prepaid: true,
        shipTo: { countryCode: info.countryCode, phoneNumber: recipient.phone },
        insuredValue: { value: draft.insuredMinor / 100, unit: info.currency },
      },
    });
    const events: EventDraft[] = [
      { eventCode: 'ReadyForReceive', status: 'PreTransit', at: new Date(now - 26 * HOUR_MS) },
      { eventCode: 'PickupDone', status: 'InTransit', at: new Date(now - 20 * HOUR_MS) },
    ];
    if (draft.stage === 'out') events.push({ eventCode: 'OutForDelivery', status: 'OutForDelivery', at: new Date(now - HOUR_MS / 2) });
    const last = events.at(-1)!;
    const deliveryDate = draft.stage === 'out' ? deliveryDayAt(marketplace, new Date(now)) : null;
    const station = DEMO_STATIONS[marketplace];
    const trackingId = generateTrackingId((max) => Math.floor(random() * max));
    const [row] = await db
      .insert(shipments)
      .values({
        accountId,
        trackingId,
        packageClientReferenceId: `${account.key.toUpperCase()}-TODAY-${String(i + 1).padStart(2, '0')}`,
        channelType: 'EXTERNAL',
        prepaid: true,
        marketplace,
        shipToCountry: info.countryCode,
        recipientName: recipient.name,
        recipientEmail: recipient.email,
        recipientPhone: recipient.phone,
        recipientPhoneE164: eligibility.recipientPhoneE164,
        shipTo: {
          name: recipient.name,
          addressLine1: `${20 + i} Station Road`,
          city: recipient.city,
          postalCode: recipient.postalCode,
          countryCode: info.countryCode,
        },
        shipFrom: {
          name: account.name,
          addressLine1: '1 Warehouse Way',
          city: station.city,
          postalCode: station.postalCode,
          countryCode: info.countryCode,
        },
        insuredValueMinor: draft.insuredMinor,
        insuredCurrency: info.currency,
        weight: { value: 900, unit: 'GRAM' },
        dimensions: { length: 30, width: 20, height: 15, unit: 'CENTIMETER' },
        items: [
          {
            description: draft.item,
            itemIdentifier: `SKU-T${i + 1}`,
            quantity: 1,
            valueMinor: draft.insuredMinor,
            currency: info.currency,
            weight: { value: 800, unit: 'GRAM' },
          },
        ],
        otpEligible: eligibility.eligible,
        eligibility: storedEligibilityOf(eligibility),
        status: last.status,
        detailCode: null,
        trackerState: trackerStateFor(last.status, null, last.eventCode),
        lastEventAt: last.at,
        deliveryDate,
        ...deliveryCountersOf(events),
        createdAt: events[0]!.at,
      })
      .returning({ id: shipments.id });
    const shipmentId = row!.id;
    await db.insert(trackingEvents).values(
      events.map((e) => ({
        shipmentId,
        eventCode: e.eventCode,
        status: e.status,
        eventTime: e.at,
        location: { city: station.city, countryCode: info.countryCode },
      })),
    );
    const needsPasscode = eligibility.eligible && account.otpEnabled && eligibility.recipientPhoneE164 !== null;
    const context = {
      recipientName: recipient.name,
      trackingId,
      shipperName: account.name,
      marketplace,
      to: { email: recipient.email, phone: eligibility.recipientPhoneE164 },
      channels: { email: account.emailNotifications, sms: account.smsNotifications },
      accountId,
      shipmentId,
    };
    const messages: OutgoingMessage[] = shippedMessages({ ...context, needsPasscode });
    if (deliveryDate) {
      messages.push(...outForDeliveryMessages({ ...context, needsPasscode }));
      const phone = eligibility.recipientPhoneE164;
      const scope = `${accountId}|${phone}`;
      if (needsPasscode && phone && !issued.has(scope)) {
        const [passcode] = await db
          .insert(passcodes)
          .values({
            accountId,
            recipientPhoneE164: phone,
            deliveryDate,
            marketplace,
            ...sealedPasscode(keys, phone, deliveryDate),
            expiresAt: endOfDeliveryDay(marketplace, deliveryDate),
          })
          .returning({ id: passcodes.id });
        issued.set(scope, passcode!.id);
        messages.push(...passcodeMessages({ ...context, passcodeId: passcode!.id, sealedCode: '', deliveryDate }));
      }
    }
    await db.insert(notifications).values(
      messages.map((m) => ({
        accountId,
        shipmentId,
        passcodeId: m.passcodeId ?? null,
        channel: m.channel,
        toAddress: m.to,
        template: m.template,
        subject: m.subject ?? null,
        body: m.body,
        secretCiphertext: null,
        status: 'sent' as const,
        attempts: 1,
        sentAt: last.at,
        createdAt: last.at,
      })),
    );
  }
  return TODAY.length;
}
