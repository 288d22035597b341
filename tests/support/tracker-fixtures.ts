import { getDb } from '@/db/client';
import { eq } from 'drizzle-orm';
import { type NewShipment, shipments, trackingEvents } from '@/db/schema';
import { evaluateOtpEligibility, storedEligibilityOf } from '@/lib/otp';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import type { TrackerState } from '@/lib/tracker/states';

const PHONES: Record<Marketplace, string> = {
  UK: '+447700900123',
  FR: '+33612345678',
  IT: '+393471234567',
  ES: '+34612345678',
  IN: '+919876543210',
};

export interface ShipmentDraft {
  trackingId: string;
  clientRef: string;
  marketplace?: Marketplace;
  recipientName?: string;
  insuredValueMinor?: number;
  otpEligible?: boolean;
  trackerState?: TrackerState;
  lastEventAt?: Date;
  createdAt?: Date;
}

/** Inserts shipments for one account in one statement; eligibility is the real rules' result. */
export async function insertShipments(accountId: string, drafts: ShipmentDraft[]) {
  const db = await getDb();
  const rows: NewShipment[] = drafts.map((d) => {
    const marketplace = d.marketplace ?? 'UK';
    const info = MARKETPLACES[marketplace];
    const value = d.insuredValueMinor ?? 15_000;
    const eligibility = evaluateOtpEligibility({
      account: { otpEnabled: d.otpEligible ?? true, emailNotifications: true, smsNotifications: true },
      shipment: {
        channelType: 'EXTERNAL',
        prepaid: true,
        shipTo: { countryCode: info.countryCode, phoneNumber: PHONES[marketplace] },
        insuredValue: { value: value / 100, unit: info.currency },
      },
    });
    return {
      accountId,
      trackingId: d.trackingId,
      packageClientReferenceId: d.clientRef,
      channelType: 'EXTERNAL',
      prepaid: true,
      marketplace,
      shipToCountry: info.countryCode,
      recipientName: d.recipientName ?? 'Alex Morgan',
      recipientPhone: PHONES[marketplace],
      recipientPhoneE164: PHONES[marketplace],
      shipTo: { name: d.recipientName ?? 'Alex Morgan', city: 'London', postalCode: 'SW1A 1AA', countryCode: info.countryCode },
      insuredValueMinor: value,
      insuredCurrency: info.currency,
      otpEligible: d.otpEligible ?? eligibility.eligible,
      eligibility: storedEligibilityOf(eligibility),
      trackerState: d.trackerState ?? 'in_transit',
      lastEventAt: d.lastEventAt ?? new Date('2026-11-20T10:00:00Z'),
      createdAt: d.createdAt ?? new Date('2026-11-19T10:00:00Z'),
    };
  });
  return db.insert(shipments).values(rows).returning({ id: shipments.id, trackingId: shipments.trackingId });
}

export async function addTimeline(shipmentId: string) {
  const db = await getDb();
  await db.insert(trackingEvents).values([
    {
      shipmentId,
      eventCode: 'ReadyForReceive',
      status: 'PreTransit',
      eventTime: new Date('2026-11-19T10:00:00Z'),
      location: { city: 'London', countryCode: 'GB' },
    },
    {
      shipmentId,
      eventCode: 'OutForDelivery',
      status: 'OutForDelivery',
      eventTime: new Date('2026-11-20T08:00:00Z'),
      location: { city: 'London', countryCode: 'GB' },
    },
    {
      shipmentId,
      eventCode: 'DeliveryAttempted',
      status: 'DeliveryAttempted',
      detailCode: 'OtpNotAvailable',
      eventTime: new Date('2026-11-20T10:00:00Z'),
    },
  ]);
  await db
    .update(shipments)
    .set({
      items: [{ description: 'Headphones', itemIdentifier: 'SKU-1', quantity: 1, valueMinor: 15_000, currency: 'GBP', weight: null }],
    })
    .where(eq(shipments.id, shipmentId));
}
