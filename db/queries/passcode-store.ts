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

export interface IssuedPasscode {
  id: string;
  /** The code sealed for the outbox, present only when this call created the passcode (one message per day). */
  sealedForOutbox: string | null;
}

/**
 * The recipient's passcode for the day, created on first use. Concurrent first uses (two shippers'
 * packages going out together) meet at the unique key: one insert wins, the other reads its row.
 */
export async function getOrCreatePasscode(
  tx: DbOrTx,
  keys: PasscodeKeys,
  recipient: { phoneE164: string; deliveryDate: string; marketplace: Marketplace },
): Promise<IssuedPasscode> {
  const code = generatePasscode();
  const [created] = await tx
    .insert(passcodes)
    .values({
      recipientPhoneE164: recipient.phoneE164,
      deliveryDate: recipient.deliveryDate,
      marketplace: recipient.marketplace,
      codeHmac: hashSecretCode(code, keys.pepper),
      codeCiphertext: encryptSecret(code, keys.encryptionKey, passcodeAssociatedData(recipient.phoneE164, recipient.deliveryDate)),
      expiresAt: endOfDeliveryDay(recipient.marketplace, recipient.deliveryDate),
    })
    .onConflictDoNothing({ target: [passcodes.recipientPhoneE164, passcodes.deliveryDate] })
    .returning({ id: passcodes.id });
  if (created) return { id: created.id, sealedForOutbox: encryptSecret(code, keys.encryptionKey, OUTBOX_SECRET_AD) };
  const existing = await findPasscode(tx, recipient.phoneE164, recipient.deliveryDate);
  if (!existing) throw new Error('passcode vanished between insert and select');
  return { id: existing.id, sealedForOutbox: null };
}

export async function findPasscode(db: DbOrTx, phoneE164: string, deliveryDate: string): Promise<Passcode | null> {
  const [row] = await db
    .select()
    .from(passcodes)
    .where(and(eq(passcodes.recipientPhoneE164, phoneE164), eq(passcodes.deliveryDate, deliveryDate)))
    .limit(1);
  return row ?? null;
}

/** The stored code re-sealed for the outbox (a resend sends the same code again). */
export function resealForOutbox(row: Pick<Passcode, 'codeCiphertext' | 'recipientPhoneE164' | 'deliveryDate'>, keys: PasscodeKeys): string {
  const code = decryptSecret(row.codeCiphertext, keys.encryptionKey, passcodeAssociatedData(row.recipientPhoneE164, row.deliveryDate));
  return encryptSecret(code, keys.encryptionKey, OUTBOX_SECRET_AD);
}
