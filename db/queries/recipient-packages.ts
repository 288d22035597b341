import 'server-only';
import { and, desc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { decryptSecret, passcodeAssociatedData, type PasscodeKeys, passcodeKeys } from '@/lib/passcode';
import type { TrackerState } from '@/lib/tracker/states';
import type { DbOrTx } from '../client';
import { type Passcode, passcodes, shipments, shipperAccounts } from '../schema';
import { assertRole } from './access';

/** What Recipient Central says about a package's passcode. */
export type PasscodeNotice =
  /** Not an OTP package: no passcode needed. */
  | { kind: 'none' }
  /** An OTP package not yet out for delivery. */
  | { kind: 'coming' }
  /** Out for delivery today: the passcode to tell the delivery associate. */
  | { kind: 'ready'; code: string; validUntil: Date }
  /** The delivery day is over and the passcode with it. */
  | { kind: 'expired' }
  /** Three wrong entries: the package went back to the station. */
  | { kind: 'locked' }
  | { kind: 'delivered_with_otp' }
  /** Matched by e-mail, but the passcode goes to another mobile number than the recipient's own. */
  | { kind: 'other_number' };

export interface RecipientPackage {
  trackingId: string;
  /** Each shipper account has its own passcode: Recipient Central groups codes by account and day. */
  shipperAccountId: string;
  shipperName: string;
  trackerState: TrackerState;
  declaredValue: { minor: number; currency: string };
  deliveryDate: string | null;
  passcode: PasscodeNotice;
}

const MAX_PACKAGES = 100;
const BEFORE_OUT_FOR_DELIVERY: readonly TrackerState[] = ['label_created', 'in_transit'];

interface Options {
  now?: Date;
  keys?: PasscodeKeys;
}

/**
 * The signed-in recipient's packages from every shipper, matched by their own mobile number and
 * e-mail address. A passcode is decrypted here only, and only for the recipient's own number; each
 * package shows its own shipper account's passcode for its day.
 */
export async function listRecipientPackages(db: DbOrTx, actor: Actor, options: Options = {}): Promise<RecipientPackage[]> {
  assertRole(actor, ['recipient']);
  const now = options.now ?? new Date();
  const mine = or(
    actor.phoneE164 ? eq(shipments.recipientPhoneE164, actor.phoneE164) : undefined,
    eq(sql`lower(${shipments.recipientEmail})`, actor.email.toLowerCase()),
  );
  const rows = await db
    .select({
      trackingId: shipments.trackingId,
      accountId: shipments.accountId,
      shipperName: shipperAccounts.name,
      trackerState: shipments.trackerState,
      insuredValueMinor: shipments.insuredValueMinor,
      insuredCurrency: shipments.insuredCurrency,
      deliveryDate: shipments.deliveryDate,
      otpEligible: shipments.otpEligible,
      recipientPhoneE164: shipments.recipientPhoneE164,
    })
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(mine)
    .orderBy(desc(shipments.lastEventAt), shipments.id)
    .limit(MAX_PACKAGES);

  const ownPasscodes = await loadOwnPasscodes(
    db,
    actor,
    rows.flatMap((r) => (r.otpEligible && r.deliveryDate ? [{ accountId: r.accountId, deliveryDate: r.deliveryDate }] : [])),
  );
  let keys = options.keys;
  const reveal = (passcode: Passcode): string => {
    keys ??= passcodeKeys();
    return decryptSecret(
      passcode.codeCiphertext,
      keys.encryptionKey,
      passcodeAssociatedData(passcode.recipientPhoneE164, passcode.deliveryDate),
    );
  };

  return rows.map((r) => ({
    trackingId: r.trackingId,
    shipperAccountId: r.accountId,
    shipperName: r.shipperName,
    trackerState: r.trackerState,
    declaredValue: { minor: r.insuredValueMinor, currency: r.insuredCurrency },
    deliveryDate: r.deliveryDate,
    passcode: noticeFor(
      r,
      actor.phoneE164,
      r.deliveryDate ? ownPasscodes.get(scopeKey(r.accountId, r.deliveryDate)) : undefined,
      now,
      reveal,
    ),
  }));
}

function scopeKey(accountId: string, deliveryDate: string): string {
  return `${accountId}|${deliveryDate}`;
}

/** The passcodes of the recipient's own number for those (account, day) pairs, by `scopeKey`. */
async function loadOwnPasscodes(
  db: DbOrTx,
  actor: Actor,
  scopes: { accountId: string; deliveryDate: string }[],
): Promise<Map<string, Passcode>> {
  if (!actor.phoneE164 || scopes.length === 0) return new Map();
  const rows = await db
    .select()
    .from(passcodes)
    .where(
      and(
        eq(passcodes.recipientPhoneE164, actor.phoneE164),
        inArray(passcodes.accountId, [...new Set(scopes.map((s) => s.accountId))]),
        inArray(passcodes.deliveryDate, [...new Set(scopes.map((s) => s.deliveryDate))]),
      ),
    );
  return new Map(rows.map((p) => [scopeKey(p.accountId, p.deliveryDate), p]));
}

function noticeFor(
  pkg: { otpEligible: boolean; trackerState: TrackerState; recipientPhoneE164: string | null },
  ownPhone: string | null,
  passcode: Passcode | undefined,
  now: Date,
  reveal: (passcode: Passcode) => string,
): PasscodeNotice {
  if (!pkg.otpEligible) return { kind: 'none' };
  if (pkg.trackerState === 'delivered_with_otp') return { kind: 'delivered_with_otp' };
  if (pkg.trackerState === 'attempted_otp_not_available') return { kind: 'locked' };
  if (!ownPhone || pkg.recipientPhoneE164 !== ownPhone) return { kind: 'other_number' };
  if (BEFORE_OUT_FOR_DELIVERY.includes(pkg.trackerState)) return { kind: 'coming' };
  if (passcode?.lockedAt && (pkg.trackerState === 'out_for_delivery' || pkg.trackerState === 'returned_to_station')) {
    return { kind: 'locked' };
  }
  if (pkg.trackerState !== 'out_for_delivery') return { kind: 'none' };
  if (!passcode) return { kind: 'coming' };
  if (passcode.expiresAt <= now) return { kind: 'expired' };
  return { kind: 'ready', code: reveal(passcode), validUntil: passcode.expiresAt };
}
