import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { DbOrTx, Tx } from '../client';
import { passcodeChecks, type PasscodeCheck, users } from '../schema';

export type PasscodeCheckOutcome = PasscodeCheck['outcome'];

export interface PasscodeCheckToRecord {
  shipmentId: string;
  passcodeId: string | null;
  actorUserId: string;
  station: Marketplace;
  outcome: PasscodeCheckOutcome;
  attemptNumber?: number | null;
}

/** Proof of delivery: written in the transaction of the entry or resend it records, so it exists if that does. */
export async function recordPasscodeCheck(tx: Tx, check: PasscodeCheckToRecord): Promise<void> {
  await tx.insert(passcodeChecks).values({ ...check, attemptNumber: check.attemptNumber ?? null });
}

/** What a shipper or account manager sees of one check: who, where, when and how it went; never the code. */
export interface PasscodeCheckView {
  at: Date;
  outcome: PasscodeCheckOutcome;
  attemptNumber: number | null;
  station: Marketplace;
  deliveryAssociate: string;
}

/** A package's checks, oldest first. Callers authorise the package first (see getShipmentDetail). */
export async function passcodeChecksOf(db: DbOrTx, shipmentId: string): Promise<PasscodeCheckView[]> {
  return db
    .select({
      at: passcodeChecks.at,
      outcome: passcodeChecks.outcome,
      attemptNumber: passcodeChecks.attemptNumber,
      station: passcodeChecks.station,
      deliveryAssociate: users.name,
    })
    .from(passcodeChecks)
    .innerJoin(users, eq(users.id, passcodeChecks.actorUserId))
    .where(eq(passcodeChecks.shipmentId, shipmentId))
    .orderBy(asc(passcodeChecks.at), asc(passcodeChecks.id));
}
