import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import type { LabelAddress, LabelContent } from '@/lib/labels';
import { marketplaceForCountry } from '@/lib/otp/marketplaces';
import { weightSchema } from '@/lib/shipping/measure-schemas';
import { defaultServiceFor, serviceById } from '@/lib/shipping/services';
import type { DbOrTx } from '../client';
import { shipments, shipperAccounts, uploads } from '../schema';
import { assertRole, ownAccountId } from './access';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** A stored ship-to or ship-from (validated at upload; older rows may lack fields) as label lines. */
function addressOf(stored: unknown, fallback: { name: string; countryCode: string }): LabelAddress {
  const a = (stored !== null && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return {
    name: text(a.name) || fallback.name,
    companyName: text(a.companyName) || null,
    addressLine1: text(a.addressLine1),
    addressLine2: text(a.addressLine2) || null,
    addressLine3: text(a.addressLine3) || null,
    city: text(a.city),
    stateOrRegion: text(a.stateOrRegion),
    postalCode: text(a.postalCode),
    countryCode: text(a.countryCode) || fallback.countryCode,
  };
}

/**
 * What a shipment's label shows, for its shipper or their account manager; as on the shipment's page,
 * another account's tracking id and an unknown one both answer NotFoundError.
 */
export async function loadShipmentLabel(db: DbOrTx, actor: Actor, trackingId: string): Promise<LabelContent> {
  assertRole(actor, ['shipper', 'account_manager']);
  const mine = actor.role === 'shipper' ? eq(shipments.accountId, ownAccountId(actor)) : eq(shipperAccounts.managerUserId, actor.userId);
  const [row] = await db
    .select({
      trackingId: shipments.trackingId,
      packageClientReferenceId: shipments.packageClientReferenceId,
      serviceId: shipments.serviceId,
      marketplace: shipments.marketplace,
      homeMarketplace: shipperAccounts.homeMarketplace,
      accountName: shipperAccounts.name,
      shipToCountry: shipments.shipToCountry,
      recipientName: shipments.recipientName,
      shipTo: shipments.shipTo,
      shipFrom: shipments.shipFrom,
      weight: shipments.weight,
      otpEligible: shipments.otpEligible,
      createdAt: shipments.createdAt,
      // A oneClickShipment's requested ship date, so this label is the one the API answered with.
      requestedShipDate: sql<string | null>`${uploads.report} -> 'oneClick' ->> 'shipDate'`,
    })
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .leftJoin(uploads, eq(uploads.id, shipments.uploadId))
    .where(and(eq(shipments.trackingId, trackingId), mine))
    .limit(1);
  if (!row) throw new NotFoundError('No such shipment.');
  const marketplace = row.marketplace ?? marketplaceForCountry(row.shipToCountry) ?? row.homeMarketplace;
  const chosen = row.serviceId ? (serviceById(row.serviceId) ?? { id: row.serviceId, name: row.serviceId }) : null;
  const service = chosen ?? defaultServiceFor(marketplace);
  const weight = weightSchema.safeParse(row.weight);
  return {
    trackingId: row.trackingId,
    packageClientReferenceId: row.packageClientReferenceId,
    service: { id: service.id, name: service.name },
    shipFrom: addressOf(row.shipFrom, { name: row.accountName, countryCode: '' }),
    shipTo: addressOf(row.shipTo, { name: row.recipientName, countryCode: row.shipToCountry }),
    weight: weight.success ? weight.data : null,
    otpRequired: row.otpEligible,
    shipDate: row.requestedShipDate ? new Date(row.requestedShipDate) : row.createdAt,
    marketplace,
  };
}
