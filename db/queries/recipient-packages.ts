import 'server-only';
import { and, asc, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import { MARKETPLACE_CODES } from '@/lib/otp/marketplaces';
import { decryptSecret, deliveryDayAt, passcodeAssociatedData, type PasscodeKeys, passcodeKeys } from '@/lib/passcode';
import { NEWEST_PACKAGES, type PackageCursor, type PackagePageQuery, PACKAGES_PER_PAGE } from '@/lib/recipient/package-pages';
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

/** Out for delivery today: a handful at most, each shown with its passcode above the rest. */
const MAX_OUT_TODAY = 50;
const BEFORE_OUT_FOR_DELIVERY: readonly TrackerState[] = ['label_created', 'in_transit'];

interface Options {
  now?: Date;
  keys?: PasscodeKeys;
}

/** What Recipient Central shows: today's out-for-delivery packages, then one page of the others. */
export interface RecipientPackages {
  /** Out for delivery today (in each package's marketplace): always on top, with the day's passcodes. */
  outToday: RecipientPackage[];
  /** One page of the others, newest event first. */
  others: RecipientPackage[];
  /** The edges to page on from: null where nothing is newer (the newest page) or older. */
  newer: PackageCursor | null;
  older: PackageCursor | null;
}

const packageColumns = {
  trackingId: shipments.trackingId,
  accountId: shipments.accountId,
  shipperName: shipperAccounts.name,
  trackerState: shipments.trackerState,
  insuredValueMinor: shipments.insuredValueMinor,
  insuredCurrency: shipments.insuredCurrency,
  deliveryDate: shipments.deliveryDate,
  otpEligible: shipments.otpEligible,
  recipientPhoneE164: shipments.recipientPhoneE164,
  lastEventAt: sql<string>`${shipments.lastEventAt}::text`,
};

/** The recipient's packages: by their own mobile number or e-mail address (each side has its index). */
function recipientsOwn(actor: Actor): SQL {
  return or(
    actor.phoneE164 ? eq(shipments.recipientPhoneE164, actor.phoneE164) : undefined,
    eq(sql`lower(${shipments.recipientEmail})`, actor.email.toLowerCase()),
  )!;
}

/** Out for delivery on the day it is today in the package's own marketplace. */
function outForDeliveryToday(now: Date): SQL {
  const today = MARKETPLACE_CODES.map((m) => and(eq(shipments.marketplace, m), eq(shipments.deliveryDate, deliveryDayAt(m, now))));
  return and(eq(shipments.trackerState, 'out_for_delivery'), or(...today))!;
}

/** Rows past the edge in the list's order (newest first) or against it: `at ⋚= v AND (at ⋚ v OR id ⋚ t)`. */
function pastEdge(edge: PackageCursor, older: boolean): SQL {
  const at = sql`${edge.lastEventAt}::timestamptz`;
  const id = shipments.trackingId;
  return older
    ? sql`(${shipments.lastEventAt} <= ${at} and (${shipments.lastEventAt} < ${at} or ${id} < ${edge.trackingId}))`
    : sql`(${shipments.lastEventAt} >= ${at} and (${shipments.lastEventAt} > ${at} or ${id} > ${edge.trackingId}))`;
}

/**
 * One page of the packages `where` picks, by keyset on (last event, tracking id). The recipient's rows
 * come through the number and e-mail indexes; only they are sorted, however many packages others have.
 */
async function readPage(db: DbOrTx, where: SQL, page: PackagePageQuery) {
  const backwards = page.newer !== null;
  const edge = page.older ?? page.newer;
  const rows = await db
    .select(packageColumns)
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(and(where, edge ? pastEdge(edge, !backwards) : undefined))
    .orderBy(
      ...(backwards ? [asc(shipments.lastEventAt), asc(shipments.trackingId)] : [desc(shipments.lastEventAt), desc(shipments.trackingId)]),
    )
    .limit(PACKAGES_PER_PAGE + 1);
  const more = rows.length > PACKAGES_PER_PAGE;
  const shown = rows.slice(0, PACKAGES_PER_PAGE);
  if (backwards) shown.reverse();
  const edgeOf = (row: (typeof shown)[number] | undefined): PackageCursor | null =>
    row ? { lastEventAt: row.lastEventAt, trackingId: row.trackingId } : null;
  return {
    rows: shown,
    newer: (backwards ? more : edge !== null) ? edgeOf(shown[0]) : null,
    older: backwards || more ? edgeOf(shown.at(-1)) : null,
  };
}

/**
 * The signed-in recipient's packages from every shipper, matched by their own mobile number and
 * e-mail address: today's out-for-delivery ones, and one page of the others. A passcode is decrypted
 * here only, and only for the recipient's own number; each package shows its own shipper account's
 * passcode for its day.
 */
export async function listRecipientPackages(
  db: DbOrTx,
  actor: Actor,
  page: PackagePageQuery = NEWEST_PACKAGES,
  options: Options = {},
): Promise<RecipientPackages> {
  assertRole(actor, ['recipient']);
  const now = options.now ?? new Date();
  const mine = recipientsOwn(actor);
  const outToday = outForDeliveryToday(now);
  const todayRows = await db
    .select(packageColumns)
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(and(mine, outToday))
    .orderBy(desc(shipments.lastEventAt), desc(shipments.trackingId))
    .limit(MAX_OUT_TODAY);
  const others = await readPage(db, and(mine, sql`(${outToday}) is not true`)!, page);

  const rows = [...todayRows, ...others.rows];
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
  const toPackage = (r: (typeof rows)[number]): RecipientPackage => ({
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
  });

  return { outToday: todayRows.map(toPackage), others: others.rows.map(toPackage), newer: others.newer, older: others.older };
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
