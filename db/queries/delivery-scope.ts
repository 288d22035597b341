import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { SOURCE_LOCALE } from '@/lib/i18n/catalogues';
import { type Messages, translatorFor } from '@/lib/i18n/translator';
import { isUuid } from '@/lib/ids/uuid';
import { hasNextStep } from '@/lib/lifecycle';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { CarrierStatus, TrackerState } from '@/lib/tracker/states';
import type { DbOrTx } from '../client';
import { shipments, shipperAccounts } from '../schema';
import { assertRole } from './access';

/** Why a step was refused: a key of the catalogues' `delivery.refusals`, which the DA reads in their language. */
export type DeliveryRefusal = keyof Messages['delivery']['refusals'];

/** A refusal of a lifecycle step the package's state does not allow; its message is the source language's. */
export class DeliveryConflictError extends Error {
  constructor(
    readonly reason: DeliveryRefusal,
    readonly values: Record<string, number> = {},
  ) {
    super(translatorFor({ locale: SOURCE_LOCALE, timeZone: 'UTC' }, 'delivery')(`refusals.${reason}`, values));
    this.name = 'DeliveryConflictError';
  }
}

/** The DA's own station; every delivery query is confined to it. */
export function stationOf(actor: Actor): Marketplace {
  assertRole(actor, ['delivery_associate']);
  if (!actor.station) throw new AccessDeniedError('Your user is not attached to a station.');
  return actor.station;
}

export const stationPackageColumns = {
  id: shipments.id,
  accountId: shipments.accountId,
  trackingId: shipments.trackingId,
  packageClientReferenceId: shipments.packageClientReferenceId,
  marketplace: shipments.marketplace,
  recipientName: shipments.recipientName,
  recipientEmail: shipments.recipientEmail,
  recipientPhoneE164: shipments.recipientPhoneE164,
  otpEligible: shipments.otpEligible,
  status: shipments.status,
  detailCode: shipments.detailCode,
  trackerState: shipments.trackerState,
  deliveryDate: shipments.deliveryDate,
  lastEventAt: shipments.lastEventAt,
  shipperName: shipperAccounts.name,
  otpEnabled: shipperAccounts.otpEnabled,
  emailNotifications: shipperAccounts.emailNotifications,
  smsNotifications: shipperAccounts.smsNotifications,
};

export interface StationPackage {
  id: string;
  accountId: string;
  trackingId: string;
  packageClientReferenceId: string;
  marketplace: Marketplace;
  recipientName: string;
  recipientEmail: string | null;
  recipientPhoneE164: string | null;
  otpEligible: boolean;
  status: CarrierStatus;
  detailCode: string | null;
  trackerState: TrackerState;
  deliveryDate: string | null;
  lastEventAt: Date;
  shipperName: string;
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
}

/** A package of the DA's station; unknown and other-station packages look the same (not found). */
export async function loadStationPackage(db: DbOrTx, actor: Actor, shipmentId: string): Promise<StationPackage> {
  const station = stationOf(actor);
  if (!isUuid(shipmentId)) throw new NotFoundError('No such package at your station.');
  const [row] = await db
    .select(stationPackageColumns)
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(and(eq(shipments.id, shipmentId), eq(shipments.marketplace, station)))
    .limit(1);
  if (!row) throw new NotFoundError('No such package at your station.');
  return row as StationPackage;
}

/** A passcode is needed for an OTP-eligible package of an account with OTP on and a valid mobile number. */
export function needsPasscode(pkg: Pick<StationPackage, 'otpEligible' | 'otpEnabled' | 'recipientPhoneE164'>): boolean {
  return pkg.otpEligible && pkg.otpEnabled && pkg.recipientPhoneE164 !== null;
}

/** What the DA is told: the recipient's passcode is still to be asked for (never once the package is delivered). */
export function passcodeStillNeeded(
  pkg: Pick<StationPackage, 'otpEligible' | 'otpEnabled' | 'recipientPhoneE164' | 'trackerState'>,
): boolean {
  return needsPasscode(pkg) && hasNextStep(pkg.trackerState);
}
