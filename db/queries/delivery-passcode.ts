import 'server-only';
import { and, eq, gt, lt, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { deliveredFor, lockedOutFor, passcodeResendFor } from '@/lib/messages/package-messages';
import { isResendEnabled } from '@/lib/otp/marketplaces';
import { deliveryDayAt, isPasscodeShaped, passcodeKeys, secretCodeMatches } from '@/lib/passcode';
import type { TrackerState } from '@/lib/tracker/states';
import { passcodeLockedEvent } from '@/lib/webhooks/passcode-events';
import type { DbOrTx, Tx } from '../client';
import { type Passcode, passcodes, shipments, shipperAccounts } from '../schema';
import {
  DeliveryConflictError,
  loadStationPackage,
  needsPasscode,
  passcodeStillNeeded,
  stationPackageColumns,
  type StationPackage,
} from './delivery-scope';
import { tryStep } from './lifecycle-steps';
import { enqueueWebhookEvents } from './webhook-events';
import { reportLockoutAnomaly } from './lockout-anomaly';
import { enqueueMessages } from './outbox';
import { type PasscodeCheckToRecord, recordPasscodeCheck } from './passcode-checks';
import { findPasscode, isLocked, MAX_FAILED_ATTEMPTS, MAX_RESENDS, type PasscodeScope, resealForOutbox } from './passcode-store';

/** What the DA's device learns from an entry: never the code, its hash or its ciphertext. */
export type PasscodeEntryResult =
  | { outcome: 'delivered' }
  | { outcome: 'wrong'; attemptsLeft: number }
  | { outcome: 'locked'; returnedPackages: number }
  | { outcome: 'expired' }
  | { outcome: 'not_out_for_delivery'; trackerState: TrackerState };

function isExpired(passcode: Pick<Passcode, 'expiresAt'>, now = new Date()): boolean {
  return passcode.expiresAt.getTime() <= now.getTime();
}

/** The passcode is usable: under the attempt cap and within its day. Checked by the database, atomically. */
function usable(passcodeId: string) {
  return and(eq(passcodes.id, passcodeId), lt(passcodes.failedAttempts, MAX_FAILED_ATTEMPTS), gt(passcodes.expiresAt, sql`now()`));
}

/** The passcode that gates a passcode package on a day: its own account's, for its recipient. */
export function passcodeScopeOf(pkg: Pick<StationPackage, 'accountId' | 'recipientPhoneE164'>, deliveryDate: string): PasscodeScope {
  return { accountId: pkg.accountId, phoneE164: pkg.recipientPhoneE164!, deliveryDate };
}

async function packagePasscode(tx: Tx, pkg: StationPackage): Promise<Passcode> {
  const passcode = await findPasscode(tx, passcodeScopeOf(pkg, pkg.deliveryDate!));
  if (!passcode) throw new DeliveryConflictError('no_passcode_today');
  return passcode;
}

function requirePasscodePackage(pkg: StationPackage): void {
  if (!needsPasscode(pkg)) throw new DeliveryConflictError('needs_no_passcode');
}

/**
 * The 3rd wrong entry: every package the passcode gates (its account's passcode packages for that recipient
 * out that day) goes back as "OTP not available"; another shipper's packages keep their own passcode.
 */
async function markRecipientPackagesOtpNotAvailable(tx: Tx, passcode: Passcode, actorUserId: string): Promise<number> {
  const rows = (await tx
    .select(stationPackageColumns)
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(
      and(
        eq(shipments.accountId, passcode.accountId),
        eq(shipments.recipientPhoneE164, passcode.recipientPhoneE164),
        eq(shipments.deliveryDate, passcode.deliveryDate),
        eq(shipments.trackerState, 'out_for_delivery'),
      ),
    )) as StationPackage[];
  let moved = 0;
  for (const row of rows.filter(needsPasscode)) {
    if (await tryStep(tx, row, 'otp_not_available', actorUserId)) moved += 1;
  }
  return moved;
}

/** An entry's result and what the proof-of-delivery record says about it (nothing for an entry never checked). */
interface CheckedEntry {
  result: PasscodeEntryResult;
  check: Pick<PasscodeCheckToRecord, 'passcodeId' | 'outcome' | 'attemptNumber'> | null;
}

function checkOfRefusal(result: PasscodeEntryResult, passcodeId: string): CheckedEntry['check'] {
  if (result.outcome === 'locked') return { passcodeId, outcome: 'locked' };
  if (result.outcome === 'expired') return { passcodeId, outcome: 'expired' };
  return null;
}

async function refused(tx: Tx, pkg: StationPackage, passcode: Passcode): Promise<CheckedEntry> {
  const result = await refusal(tx, pkg, passcode);
  return { result, check: checkOfRefusal(result, passcode.id) };
}

/** The 3rd wrong entry locks the passcode: its packages go back, and the shipper's systems are told. */
async function lockOut(tx: Tx, pkg: StationPackage, passcode: Passcode, actorUserId: string): Promise<CheckedEntry> {
  const returnedPackages = await markRecipientPackagesOtpNotAvailable(tx, passcode, actorUserId);
  await enqueueWebhookEvents(tx, pkg.accountId, [passcodeLockedEvent(passcode, pkg.marketplace, new Date())]);
  await enqueueMessages(tx, lockedOutFor(pkg));
  return {
    result: { outcome: 'locked', returnedPackages },
    check: { passcodeId: passcode.id, outcome: 'locked', attemptNumber: MAX_FAILED_ATTEMPTS },
  };
}

async function checkEntry(tx: Tx, actor: Actor, pkg: StationPackage, code: string): Promise<CheckedEntry> {
  requirePasscodePackage(pkg);
  if (pkg.trackerState === 'attempted_otp_not_available') {
    return { result: { outcome: 'locked', returnedPackages: 0 }, check: { passcodeId: null, outcome: 'locked' } };
  }
  if (pkg.trackerState !== 'out_for_delivery' || !pkg.deliveryDate) {
    return { result: { outcome: 'not_out_for_delivery', trackerState: pkg.trackerState }, check: null };
  }
  const passcode = await packagePasscode(tx, pkg);
  if (secretCodeMatches(code, passcode.codeHmac, passcodeKeys().pepper)) {
    const guard = sql`exists (select 1 from ${passcodes} where ${usable(passcode.id)})`;
    if (!(await tryStep(tx, pkg, 'deliver_with_otp', actor.userId, { guard }))) return refused(tx, pkg, passcode);
    await enqueueMessages(tx, deliveredFor(pkg, true, new Date()));
    return { result: { outcome: 'delivered' }, check: { passcodeId: passcode.id, outcome: 'right' } };
  }
  const [counted] = await tx
    .update(passcodes)
    .set({
      failedAttempts: sql`${passcodes.failedAttempts} + 1`,
      lockedAt: sql`case when ${passcodes.failedAttempts} + 1 >= ${MAX_FAILED_ATTEMPTS} then now() else ${passcodes.lockedAt} end`,
    })
    .where(usable(passcode.id))
    .returning({ failedAttempts: passcodes.failedAttempts });
  if (!counted) return refused(tx, pkg, passcode);
  if (counted.failedAttempts >= MAX_FAILED_ATTEMPTS) return lockOut(tx, pkg, passcode, actor.userId);
  return {
    result: { outcome: 'wrong', attemptsLeft: MAX_FAILED_ATTEMPTS - counted.failedAttempts },
    check: { passcodeId: passcode.id, outcome: 'wrong', attemptNumber: counted.failedAttempts },
  };
}

/**
 * The DA types the recipient's passcode. A wrong code is counted by one conditional UPDATE (so racing
 * devices can never get a 4th try); a right code delivers by one conditional UPDATE of the package (so
 * it is delivered once), and only while the passcode is still usable (a locked code refuses even the
 * right code). Every check is recorded for proof of delivery in the same transaction.
 */
export async function enterPasscode(db: DbOrTx, actor: Actor, shipmentId: string, code: string): Promise<PasscodeEntryResult> {
  if (!isPasscodeShaped(code)) throw new DeliveryConflictError('passcode_shape');
  const result = await db.transaction(async (tx) => {
    const pkg = await loadStationPackage(tx, actor, shipmentId);
    const entry = await checkEntry(tx, actor, pkg, code);
    if (entry.check)
      await recordPasscodeCheck(tx, { ...entry.check, shipmentId: pkg.id, actorUserId: actor.userId, station: pkg.marketplace });
    return entry.result;
  });
  if (result.outcome === 'locked' && result.returnedPackages > 0) await reportLockoutAnomaly(db, actor);
  return result;
}

/** Why an entry was not taken, read after the conditional UPDATE found nothing to change. */
async function refusal(tx: Tx, pkg: StationPackage, seen: Passcode): Promise<PasscodeEntryResult> {
  const passcode = (await findPasscode(tx, passcodeScopeOf(pkg, seen.deliveryDate))) ?? seen;
  if (isLocked(passcode)) return { outcome: 'locked', returnedPackages: 0 };
  if (isExpired(passcode)) return { outcome: 'expired' };
  const [now] = await tx.select({ trackerState: shipments.trackerState }).from(shipments).where(eq(shipments.id, pkg.id));
  const trackerState = now?.trackerState ?? pkg.trackerState;
  if (trackerState === 'attempted_otp_not_available') return { outcome: 'locked', returnedPackages: 0 };
  return { outcome: 'not_out_for_delivery', trackerState };
}

/**
 * Sends the same passcode again, to the number (and address) captured at label creation: the action
 * names only the package. At most 3 per passcode, counted atomically; the failed-entry count is untouched.
 */
export async function resendPasscode(db: DbOrTx, actor: Actor, shipmentId: string): Promise<{ resendsLeft: number }> {
  const keys = passcodeKeys();
  return db.transaction(async (tx) => {
    const pkg = await loadStationPackage(tx, actor, shipmentId);
    requirePasscodePackage(pkg);
    if (!isResendEnabled(pkg.marketplace)) throw new DeliveryConflictError('resend_unavailable');
    if (pkg.trackerState !== 'out_for_delivery' || !pkg.deliveryDate) throw new DeliveryConflictError('not_out');
    const passcode = await packagePasscode(tx, pkg);
    const [row] = await tx
      .update(passcodes)
      .set({ resendCount: sql`${passcodes.resendCount} + 1` })
      .where(and(usable(passcode.id), lt(passcodes.resendCount, MAX_RESENDS)))
      .returning();
    if (!row) {
      if (isLocked(passcode)) throw new DeliveryConflictError('resend_locked');
      if (isExpired(passcode)) throw new DeliveryConflictError('resend_expired');
      throw new DeliveryConflictError('resend_limit', { max: MAX_RESENDS });
    }
    await enqueueMessages(
      tx,
      passcodeResendFor(pkg, { id: row.id, deliveryDate: row.deliveryDate, sealedForOutbox: resealForOutbox(row, keys) }),
    );
    await recordPasscodeCheck(tx, {
      shipmentId: pkg.id,
      passcodeId: row.id,
      actorUserId: actor.userId,
      station: pkg.marketplace,
      outcome: 'resent',
      attemptNumber: row.resendCount,
    });
    return { resendsLeft: MAX_RESENDS - row.resendCount };
  });
}

/** The DA's view of one package: state and what can be done, never passcode material. */
export interface StationPackageView {
  id: string;
  trackingId: string;
  recipientName: string;
  shipperName: string;
  trackerState: TrackerState;
  detailCode: string | null;
  /** Its recipient's passcode is still to be asked for: false once it is delivered. */
  needsPasscode: boolean;
  /** When a delivered package was handed over, and whether that was on the station's today. */
  delivered: { at: Date; today: boolean } | null;
  passcode: { attemptsLeft: number; locked: boolean; expired: boolean; resendAvailable: boolean; resendsLeft: number } | null;
  /** Its passcode for today was entered wrongly 3 times: it stays at the station until the next delivery day. */
  lockedToday: boolean;
}

/** Delivery is a package's last step, so its last event is the moment it was handed over. */
const DELIVERED_STATES: readonly TrackerState[] = ['delivered', 'delivered_with_otp'];

async function passcodeOn(db: DbOrTx, pkg: StationPackage, deliveryDate: string | null): Promise<Passcode | null> {
  return needsPasscode(pkg) && deliveryDate ? findPasscode(db, passcodeScopeOf(pkg, deliveryDate)) : null;
}

export async function getStationPackage(db: DbOrTx, actor: Actor, shipmentId: string, now = new Date()): Promise<StationPackageView> {
  const pkg = await loadStationPackage(db, actor, shipmentId);
  const passcode = await passcodeOn(db, pkg, pkg.deliveryDate);
  const today = deliveryDayAt(pkg.marketplace, now);
  const todays = pkg.deliveryDate === today ? passcode : await passcodeOn(db, pkg, today);
  return {
    id: pkg.id,
    trackingId: pkg.trackingId,
    recipientName: pkg.recipientName,
    shipperName: pkg.shipperName,
    trackerState: pkg.trackerState,
    detailCode: pkg.detailCode,
    needsPasscode: passcodeStillNeeded(pkg),
    delivered: DELIVERED_STATES.includes(pkg.trackerState)
      ? { at: pkg.lastEventAt, today: deliveryDayAt(pkg.marketplace, pkg.lastEventAt) === today }
      : null,
    passcode: passcode && {
      attemptsLeft: Math.max(0, MAX_FAILED_ATTEMPTS - passcode.failedAttempts),
      locked: isLocked(passcode),
      expired: isExpired(passcode),
      resendAvailable: isResendEnabled(pkg.marketplace),
      resendsLeft: Math.max(0, MAX_RESENDS - passcode.resendCount),
    },
    lockedToday: todays !== null && isLocked(todays),
  };
}
