import 'server-only';
import { and, between, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { InsightsPeriod } from '@/lib/insights/period';
import type { DeliveryTime, OtpFigures } from '@/lib/insights/figures';
import { medianMinutesFromBins } from '@/lib/insights/median-from-bins';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { DbOrTx } from '../client';
import { deliveryTimeRollups, passcodes, shipmentRollups, shipperAccounts } from '../schema';
import { assertRole, resolveAccountAccess } from './access';

export type { DeliveryTime, OtpFigures };

export interface InsightsFilter {
  /** One account; for a manager, null means every account they manage. A shipper's is always their own. */
  accountId: string | null;
  period: InsightsPeriod;
  marketplace: Marketplace | null;
}

export interface AccountFigures extends OtpFigures {
  accountId: string;
  name: string;
}

export interface OtpInsights {
  filter: InsightsFilter;
  /** The single account the figures are about, or null for a manager's accounts together. */
  account: { id: string; name: string } | null;
  figures: OtpFigures;
  /** Per account (a manager's accounts together), most shipments first; one row for a single account. */
  byAccount: AccountFigures[];
  /** Passcodes resent (India only) for delivery days in the period; null when the marketplace filter leaves India out. */
  resends: { resends: number; passcodes: number } | null;
  deliveryTime: { otp: DeliveryTime; other: DeliveryTime };
  /** Shipments not OTP eligible per label day and first reason (only non-zero cells). */
  reasonsByDay: { day: string; reason: string; shipments: number }[];
}

const EMPTY: OtpFigures = {
  shipments: 0,
  otpRequired: 0,
  deliveredWithOtp: 0,
  deliveredWithOtpFirstAttempt: 0,
  otpWentOut: 0,
  lockouts: 0,
};

function addFigures(a: OtpFigures, b: OtpFigures): OtpFigures {
  const out = { ...a };
  for (const key of Object.keys(EMPTY) as (keyof OtpFigures)[]) out[key] += b[key];
  return out;
}

/** The accounts the figures cover, checked against the actor: their own, one they manage, or all they manage. */
async function accountScope(db: DbOrTx, actor: Actor, accountId: string | null): Promise<{ ids: SQL | string; single: string | null }> {
  assertRole(actor, ['shipper', 'account_manager']);
  if (actor.role === 'shipper' || accountId) {
    const id = await resolveAccountAccess(db, actor, accountId);
    return { ids: id, single: id };
  }
  const managed = db.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.managerUserId, actor.userId));
  return { ids: sql`${managed}`, single: null };
}

function inScope(
  column: typeof shipmentRollups.accountId | typeof deliveryTimeRollups.accountId | typeof passcodes.accountId,
  ids: SQL | string,
) {
  return typeof ids === 'string' ? eq(column, ids) : inArray(column, ids);
}

const n = (column: SQL) => sql<number>`coalesce(${column}, 0)::int`.mapWith(Number);

/**
 * The OTP insights of one account (or a manager's accounts) for the label days of a period, read from the
 * rollups the shipment triggers keep (never the shipments themselves) and, for resends, the few passcodes
 * that were resent.
 */
export async function loadOtpInsights(db: DbOrTx, actor: Actor, filter: InsightsFilter): Promise<OtpInsights> {
  const scope = await accountScope(db, actor, filter.accountId);
  const { from, to } = filter.period;
  const rollupWhere = and(
    inScope(shipmentRollups.accountId, scope.ids),
    between(shipmentRollups.day, from, to),
    filter.marketplace ? eq(shipmentRollups.marketplace, filter.marketplace) : undefined,
  );
  const r = shipmentRollups;
  const [perAccount, reasons, times, resends, named] = await Promise.all([
    db
      .select({
        accountId: r.accountId,
        shipments: n(sql`sum(${r.shipments})`),
        otpRequired: n(sql`sum(${r.shipments}) filter (where ${r.otpEligible})`),
        deliveredWithOtp: n(sql`sum(${r.shipments}) filter (where ${r.trackerState} = 'delivered_with_otp')`),
        deliveredWithOtpFirstAttempt: n(
          sql`sum(${r.shipments}) filter (where ${r.trackerState} = 'delivered_with_otp' and ${r.attempts} = 1)`,
        ),
        otpWentOut: n(sql`sum(${r.shipments}) filter (where ${r.otpEligible} and ${r.attempts} >= 1)`),
        lockouts: n(sql`sum(${r.shipments}) filter (where ${r.lockedOut})`),
      })
      .from(r)
      .where(rollupWhere)
      .groupBy(r.accountId),
    db
      .select({ day: r.day, reason: r.reason, shipments: n(sql`sum(${r.shipments})`) })
      .from(r)
      .where(and(rollupWhere, eq(r.otpEligible, false)))
      .groupBy(r.day, r.reason)
      .having(sql`sum(${r.shipments}) <> 0`)
      .orderBy(r.day, r.reason),
    db
      .select({
        otp: deliveryTimeRollups.otpEligible,
        bin: deliveryTimeRollups.minutesBin,
        count: n(sql`sum(${deliveryTimeRollups.shipments})`),
      })
      .from(deliveryTimeRollups)
      .where(
        and(
          inScope(deliveryTimeRollups.accountId, scope.ids),
          between(deliveryTimeRollups.day, from, to),
          filter.marketplace ? eq(deliveryTimeRollups.marketplace, filter.marketplace) : undefined,
        ),
      )
      .groupBy(deliveryTimeRollups.otpEligible, deliveryTimeRollups.minutesBin),
    filter.marketplace && filter.marketplace !== 'IN'
      ? Promise.resolve(null)
      : db
          .select({ resends: n(sql`sum(${passcodes.resendCount})`), passcodes: n(sql`count(*)`) })
          .from(passcodes)
          .where(
            and(
              inScope(passcodes.accountId, scope.ids),
              between(passcodes.deliveryDate, from, to),
              eq(passcodes.marketplace, 'IN'),
              sql`${passcodes.resendCount} > 0`,
            ),
          )
          .then((rows) => rows[0] ?? { resends: 0, passcodes: 0 }),
    db
      .select({ id: shipperAccounts.id, name: shipperAccounts.name })
      .from(shipperAccounts)
      .where(scope.single ? eq(shipperAccounts.id, scope.single) : eq(shipperAccounts.managerUserId, actor.userId)),
  ]);

  const names = new Map(named.map((a) => [a.id, a.name]));
  const figuresOf = new Map(perAccount.map(({ accountId, ...figures }) => [accountId, figures]));
  const byAccount: AccountFigures[] = named
    .map((a) => ({ accountId: a.id, name: a.name, ...(figuresOf.get(a.id) ?? EMPTY) }))
    .sort((a, b) => b.shipments - a.shipments || a.name.localeCompare(b.name));
  const binsOf = (otp: boolean) => times.filter((t) => t.otp === otp);
  const timeOf = (otp: boolean): DeliveryTime => ({
    medianMinutes: medianMinutesFromBins(binsOf(otp)),
    delivered: binsOf(otp).reduce((sum, t) => sum + t.count, 0),
  });
  return {
    filter,
    account: scope.single ? { id: scope.single, name: names.get(scope.single) ?? '' } : null,
    figures: byAccount.reduce<OtpFigures>((sum, a) => addFigures(sum, a), EMPTY),
    byAccount,
    resends,
    deliveryTime: { otp: timeOf(true), other: timeOf(false) },
    reasonsByDay: reasons,
  };
}

/** The accounts a manager may look at on the insights pages, by name; a shipper's list is empty (theirs is implied). */
export async function listInsightsAccounts(db: DbOrTx, actor: Actor): Promise<{ id: string; name: string }[]> {
  assertRole(actor, ['shipper', 'account_manager']);
  if (actor.role === 'shipper') return [];
  return db
    .select({ id: shipperAccounts.id, name: shipperAccounts.name })
    .from(shipperAccounts)
    .where(eq(shipperAccounts.managerUserId, actor.userId))
    .orderBy(shipperAccounts.name);
}
