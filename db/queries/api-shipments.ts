import 'server-only';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { oneClickRecordOf, type OneClickPackage, type OneClickRecord, type OneClickShipment } from '@/lib/api/one-click-shipment';
import type { EligibilityResult } from '@/lib/otp';
import type { StoredEligibility } from '@/lib/otp/stored-eligibility';
import type { Address, Weight } from '@/lib/shipping/schema';
import { serviceById } from '@/lib/shipping/services';
import { checkedPackage } from '@/lib/upload/checked-package';
import { summarise } from '@/lib/upload/report';
import type { ParsedPackage } from '@/lib/upload/types';
import type { Db } from '../client';
import { shipments, uploads } from '../schema';
import { storeShipments, type StoredRow } from './shipment-store';

export interface OneClickToStore extends Omit<OneClickShipment, 'shipmentId' | 'packages'> {
  accountId: string;
  /** The user the API key acts as (its creator). */
  userId: string;
  apiKeyId: string;
  packages: readonly ParsedPackage[];
  /** Each package's OTP rules result, in package order. */
  eligibility: readonly EligibilityResult[];
}

export type OneClickOutcome =
  | { ok: true; shipment: OneClickShipment; replayed: boolean }
  /** Client references (in package order) that earlier shipments of the account already use. */
  | { ok: false; taken: string[] };

/** Thrown to roll the transaction back when some package was stored before: nothing of this request is kept. */
class AlreadyStored extends Error {}

const FILE_NAME = 'oneClickShipment';
/** A concurrent first request that rolled back leaves nothing to replay: store again, a few times at most. */
const ATTEMPTS = 3;

function oneClickPackage(pkg: ParsedPackage, trackingId: string, eligibility: EligibilityResult): OneClickPackage {
  return {
    packageClientReferenceId: pkg.packageClientReferenceId,
    trackingId,
    otpRequired: eligibility.eligible,
    reasons: eligibility.reasons,
    // validateShipmentRequest refuses a oneClickShipment without a recipient address.
    shipTo: pkg.shipTo!,
    shipFrom: pkg.shipFrom,
    weight: pkg.weight,
  };
}

/** One upload row (format 'api') and its shipments in one transaction, or null when a package's reference was taken. */
async function storeOnce(db: Db, input: OneClickToStore): Promise<OneClickShipment | null> {
  const { packages, eligibility } = input;
  const withService = packages.map((pkg) => ({ ...pkg, serviceId: input.service.id }));
  const judged = new Map<ParsedPackage, EligibilityResult>(withService.map((pkg, i) => [pkg, eligibility[i]!]));
  const record = oneClickRecordOf(input);
  const summary = summarise(
    packages.map((pkg, i) => checkedPackage(pkg, eligibility[i]!, false)),
    0,
  );
  try {
    return await db.transaction(async (tx) => {
      const [upload] = await tx
        .insert(uploads)
        .values({
          accountId: input.accountId,
          userId: input.userId,
          apiKeyId: input.apiKeyId,
          fileName: FILE_NAME,
          format: 'api',
          status: 'stored',
          packageCount: packages.length,
          storedCount: packages.length,
          eligibleCount: summary.eligible,
          report: { summary, rejected: [], csvHeaders: null, oneClick: record },
          storedAt: new Date(),
        })
        .returning({ id: uploads.id });
      const rows: StoredRow[] = [];
      const result = await storeShipments(
        tx,
        input.accountId,
        upload!.id,
        withService,
        (pkg) => judged.get(pkg)!,
        undefined,
        (stored) => rows.push(...stored),
      );
      if (result.stored !== packages.length) throw new AlreadyStored();
      const trackingIds = new Map(rows.map((row) => [row.ref, row.trackingId]));
      return {
        shipmentId: upload!.id,
        marketplace: input.marketplace,
        service: input.service,
        totalChargeMinor: input.totalChargeMinor,
        currency: input.currency,
        shipDate: input.shipDate,
        packages: packages.map((pkg, i) => oneClickPackage(pkg, trackingIds.get(pkg.packageClientReferenceId)!, eligibility[i]!)),
      };
    });
  } catch (error) {
    if (error instanceof AlreadyStored) return null;
    throw error;
  }
}

/**
 * The earlier oneClickShipment these references were stored by, when they are exactly its packages (a retry),
 * else the references already taken.
 */
async function earlierShipment(db: Db, accountId: string, refs: readonly string[]): Promise<OneClickOutcome> {
  const rows = await db
    .select({
      ref: shipments.packageClientReferenceId,
      trackingId: shipments.trackingId,
      marketplace: shipments.marketplace,
      otpEligible: shipments.otpEligible,
      eligibility: shipments.eligibility,
      shipTo: shipments.shipTo,
      shipFrom: shipments.shipFrom,
      weight: shipments.weight,
      uploadId: shipments.uploadId,
      uploadFormat: uploads.format,
      uploadPackages: uploads.packageCount,
      record: sql<OneClickRecord | null>`${uploads.report} -> 'oneClick'`,
    })
    .from(shipments)
    .leftJoin(uploads, eq(uploads.id, shipments.uploadId))
    .where(and(eq(shipments.accountId, accountId), inArray(shipments.packageClientReferenceId, [...refs])));
  const [first] = rows;
  const service = first?.record ? serviceById(first.record.serviceId) : null;
  const isRetry =
    first !== undefined &&
    rows.length === refs.length &&
    rows.every((row) => row.uploadId === first.uploadId) &&
    first.uploadFormat === 'api' &&
    first.uploadPackages === refs.length &&
    first.marketplace !== null &&
    service !== null;
  if (!isRetry) {
    const taken = new Set(rows.map((row) => row.ref));
    return { ok: false, taken: refs.filter((ref) => taken.has(ref)) };
  }
  const byRef = new Map(rows.map((row) => [row.ref, row]));
  const record = first.record!;
  return {
    ok: true,
    replayed: true,
    shipment: {
      shipmentId: first.uploadId!,
      marketplace: first.marketplace!,
      service: service!,
      totalChargeMinor: record.totalChargeMinor,
      currency: record.currency,
      shipDate: new Date(record.shipDate),
      packages: refs.map((ref) => {
        const row = byRef.get(ref)!;
        return {
          packageClientReferenceId: ref,
          trackingId: row.trackingId,
          otpRequired: row.otpEligible,
          reasons: (row.eligibility as StoredEligibility).reasons,
          shipTo: row.shipTo as Address,
          shipFrom: row.shipFrom as Address,
          weight: (row.weight as Weight | null) ?? null,
        };
      }),
    },
  };
}

/**
 * Stores a oneClickShipment through the upload's path (an upload row, storeShipments) with the upload's
 * idempotency on packageClientReferenceId: a retry of a stored request (the same references) gets the first
 * answer and stores nothing; references partly taken by earlier shipments refuse the request. Two identical
 * requests at once end with one set of shipments: the unique (account, reference) index makes the second wait
 * for the first, find its references taken, roll back, and answer with the first's shipments.
 */
export async function storeOneClickShipment(db: Db, input: OneClickToStore): Promise<OneClickOutcome> {
  const refs = input.packages.map((pkg) => pkg.packageClientReferenceId);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const shipment = await storeOnce(db, input);
    if (shipment) return { ok: true, shipment, replayed: false };
    const outcome = await earlierShipment(db, input.accountId, refs);
    if (outcome.ok || outcome.taken.length > 0) return outcome;
  }
  throw new Error(`oneClickShipment: its references were taken, yet no shipment holds them (${ATTEMPTS} attempts)`);
}
