import 'server-only';
import { and, eq } from 'drizzle-orm';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import type { Marketplace } from '@/lib/otp/marketplaces';
import {
  decryptSecret,
  encryptSecret,
  endOfDeliveryDay,
  generatePasscode,
  hashSecretCode,
  passcodeAssociatedData,
  type PasscodeKeys,
} from '@/lib/passcode';
import type { DbOrTx } from '../client';
import { type Passcode, passcodes } from '../schema';

export const MAX_FAILED_ATTEMPTS = 3;
export const MAX_RESENDS = 3;

/** What one passcode covers: one shipper account's packages for one recipient (mobile number) on one delivery day. */
export interface PasscodeScope {
  accountId: string;
  phoneE164: string;
  deliveryDate: string;
}

export interface IssuedPasscode {
  id: string;
  /** The code sealed for the outbox, present only when this call created the passcode (one message per day). */
  sealedForOutbox: string | null;
  /** Entered wrongly 3 times already: nothing in its scope may go out again that day. */
  locked: boolean;
}

export function isLocked(passcode: Pick<Passcode, 'failedAttempts'>): boolean {
  return passcode.failedAttempts >= MAX_FAILED_ATTEMPTS;
}

/**
 * The passcode of the scope, created on first use. Concurrent first uses (two of the account's packages
 * for the recipient going out together) meet at the unique key: one insert wins, the others read its row.
 * An existing row is read FOR UPDATE, so a 3rd wrong entry racing this call is either seen here as a lock
 * or waits for this transaction and then finds the package out for delivery and sends it back too.
 */
export async function getOrCreatePasscode(
  tx: DbOrTx,
  keys: PasscodeKeys,
  scope: PasscodeScope & { marketplace: Marketplace },
): Promise<IssuedPasscode> {
  const code = generatePasscode();
  const [created] = await tx
    .insert(passcodes)
    .values({
      accountId: scope.accountId,
      recipientPhoneE164: scope.phoneE164,
      deliveryDate: scope.deliveryDate,
      marketplace: scope.marketplace,
      codeHmac: hashSecretCode(code, keys.pepper),
      codeCiphertext: encryptSecret(code, keys.encryptionKey, passcodeAssociatedData(scope.phoneE164, scope.deliveryDate)),
      expiresAt: endOfDeliveryDay(scope.marketplace, scope.deliveryDate),
    })
    .onConflictDoNothing({ target: [passcodes.accountId, passcodes.recipientPhoneE164, passcodes.deliveryDate] })
    .returning({ id: passcodes.id });
  if (created) return { id: created.id, sealedForOutbox: encryptSecret(code, keys.encryptionKey, OUTBOX_SECRET_AD), locked: false };
  const [existing] = await tx.select().from(passcodes).where(inScope(scope)).for('update');
  if (!existing) throw new Error('passcode vanished between insert and select');
  return { id: existing.id, sealedForOutbox: null, locked: isLocked(existing) };
}

export async function findPasscode(db: DbOrTx, scope: PasscodeScope): Promise<Passcode | null> {
  const [row] = await db.select().from(passcodes).where(inScope(scope)).limit(1);
  return row ?? null;
}

function inScope(scope: PasscodeScope) {
  return and(
    eq(passcodes.accountId, scope.accountId),
    eq(passcodes.recipientPhoneE164, scope.phoneE164),
    eq(passcodes.deliveryDate, scope.deliveryDate),
  );
}

/** The stored code re-sealed for the outbox (a resend sends the same code again). */
export function resealForOutbox(row: Pick<Passcode, 'codeCiphertext' | 'recipientPhoneE164' | 'deliveryDate'>, keys: PasscodeKeys): string {
  const code = decryptSecret(row.codeCiphertext, keys.encryptionKey, passcodeAssociatedData(row.recipientPhoneE164, row.deliveryDate));
  return encryptSecret(code, keys.encryptionKey, OUTBOX_SECRET_AD);
}
