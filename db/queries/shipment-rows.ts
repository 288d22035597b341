import 'server-only';
import type { EligibilityResult } from '@/lib/otp';
import { generateTrackingId } from '@/lib/tracking/tracking-id';
import type { ParsedPackage } from '@/lib/upload/types';
import type { NewShipment, shipmentItems } from '../schema';

type NewItem = Omit<typeof shipmentItems.$inferInsert, 'shipmentId'>;

/** A parsed, checked package as a "Label Created" shipment row, with the eligibility it got and the threshold it used. */
export function shipmentRowFor(accountId: string, uploadId: string | null, pkg: ParsedPackage, eligibility: EligibilityResult, now: Date): NewShipment {
  const shipTo = pkg.shipTo;
  return {
    accountId,
    uploadId,
    trackingId: generateTrackingId(),
    packageClientReferenceId: pkg.packageClientReferenceId,
    channelType: pkg.channelType,
    prepaid: pkg.prepaid,
    marketplace: eligibility.marketplace,
    shipToCountry: shipTo?.countryCode ?? '',
    recipientName: shipTo?.name ?? '',
    recipientEmail: shipTo?.email ?? null,
    recipientPhone: shipTo?.phoneNumber ?? null,
    recipientPhoneE164: eligibility.recipientPhoneE164,
    shipTo,
    shipFrom: pkg.shipFrom,
    insuredValueMinor: pkg.insuredValue.minor,
    insuredCurrency: pkg.insuredValue.unit,
    weight: pkg.weight,
    dimensions: pkg.dimensions,
    isHazmat: pkg.isHazmat,
    otpEligible: eligibility.eligible,
    eligibility,
    status: 'PreTransit',
    trackerState: 'label_created',
    lastEventAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

export function itemRowsFor(pkg: ParsedPackage): NewItem[] {
  return pkg.items.map((item, position) => ({
    position,
    description: item.description,
    itemIdentifier: item.itemIdentifier,
    quantity: item.quantity,
    valueMinor: item.itemValue?.minor ?? null,
    currency: item.itemValue?.unit ?? null,
    weight: item.weight,
  }));
}
