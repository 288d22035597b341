import { getDb } from '@/db/client';
import { shipments } from '@/db/schema';
import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { storedEligibilityFor } from './stored-eligibility';

const PHONE: Record<Marketplace, string> = {
  UK: '07700 900123',
  FR: '06 12 34 56 78',
  IT: '+39 333 123 4567',
  ES: '612 345 678',
  IN: '+91 98765 43210',
};
let sequence = 0;

/** A stored shipment with the rule inputs a preview reads; eligibility is not re-derived here. */
export async function createShipment(
  accountId: string,
  values: {
    marketplace?: Marketplace;
    insuredMinor: number;
    createdAt?: Date;
    otpEligible?: boolean;
    channelType?: 'EXTERNAL' | 'AMAZON';
    prepaid?: boolean;
  },
) {
  const db = await getDb();
  const marketplace = values.marketplace ?? 'UK';
  sequence += 1;
  const [row] = await db
    .insert(shipments)
    .values({
      accountId,
      trackingId: `TST${String(sequence).padStart(9, '0')}`,
      packageClientReferenceId: `REF-${sequence}`,
      channelType: values.channelType ?? 'EXTERNAL',
      prepaid: values.prepaid ?? true,
      marketplace,
      shipToCountry: MARKETPLACES[marketplace].countryCode,
      recipientName: 'Test Recipient',
      recipientPhone: PHONE[marketplace],
      insuredValueMinor: values.insuredMinor,
      insuredCurrency: MARKETPLACES[marketplace].currency,
      otpEligible: values.otpEligible ?? false,
      eligibility: storedEligibilityFor(marketplace, values.insuredMinor, PHONE[marketplace]),
      createdAt: values.createdAt ?? new Date(),
    })
    .returning();
  return row!;
}
