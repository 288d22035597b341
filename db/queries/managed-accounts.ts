import 'server-only';
import { and, asc, count, desc, eq, gte, inArray, sql, type SQL } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/actor';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { ManagedAccountsQuery, ManagedSort } from '@/lib/settings/managed-accounts-query';
import { DAY_MS } from '@/lib/time/durations';
import type { DbOrTx } from '../client';
import { accountThresholds, auditLog, shipmentRollups, shipperAccounts } from '../schema';
import { assertRole } from './access';

const RECENT_DAYS = 30;

export interface ManagedAccountRow {
  id: string;
  name: string;
  marketplaces: Marketplace[];
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
  /** The account's own thresholds in minor units; a marketplace not listed uses its default. */
  overrides: Partial<Record<Marketplace, number>>;
  shipments30d: number;
  eligible30d: number;
  /** Share of the period's shipments labelled OTP eligible; null without shipments. */
  eligibleShare: number | null;
  /** When OTP was last switched on (audit log), while it is on; null when off or never logged. */
  otpEnabledAt: Date | null;
  /** Whether any shipment was labelled since `otpEnabledAt`. */
  shippedSinceOtpEnabled: boolean;
}

/** The label days the figures cover, first and last (UTC dates, both included). */
export interface FiguresPeriod {
  from: string;
  to: string;
}

export interface ManagedAccountsPage {
  rows: ManagedAccountRow[];
  total: number;
  query: ManagedAccountsQuery;
  period: FiguresPeriod;
}

/** `%`, `_` and `\` typed into the name filter match themselves. */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const isoDay = (at: Date) => at.toISOString().slice(0, 10);

/** The last 30 label days up to `now`'s. */
function recentPeriod(now: Date): FiguresPeriod {
  return { from: isoDay(new Date(now.getTime() - (RECENT_DAYS - 1) * DAY_MS)), to: isoDay(now) };
}

/**
 * One page of the accounts assigned to this manager, filtered, sorted and counted by the database,
 * with each account's shipment figures over the last 30 label days read from the shipment rollups
 * (only this manager's accounts, never every shipment).
 */
export async function listManagedAccountsPage(
  db: DbOrTx,
  actor: Actor,
  query: ManagedAccountsQuery,
  now = new Date(),
): Promise<ManagedAccountsPage> {
  assertRole(actor, ['account_manager']);
  const period = recentPeriod(now);
  const managed = db.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.managerUserId, actor.userId));

  const stats = db
    .select({
      accountId: shipmentRollups.accountId,
      recent: sql<number>`sum(${shipmentRollups.shipments})`.as('recent'),
      eligible: sql<number>`coalesce(sum(${shipmentRollups.shipments}) filter (where ${shipmentRollups.otpEligible}), 0)`.as('eligible'),
    })
    .from(shipmentRollups)
    .where(and(inArray(shipmentRollups.accountId, managed), gte(shipmentRollups.day, period.from)))
    .groupBy(shipmentRollups.accountId)
    .as('stats');
  const thresholds = db
    .select({
      accountId: accountThresholds.accountId,
      overrides: sql<Record<string, number>>`json_object_agg(${accountThresholds.marketplace}, ${accountThresholds.valueMinor})`.as(
        'overrides',
      ),
    })
    .from(accountThresholds)
    .groupBy(accountThresholds.accountId)
    .as('thresholds');

  const recent = sql<number>`coalesce(${stats.recent}, 0)`.mapWith(Number);
  const eligible = sql<number>`coalesce(${stats.eligible}, 0)`.mapWith(Number);
  const share = sql<number | null>`(${stats.eligible}::float8 / nullif(${stats.recent}, 0))`;
  const otpEnabledAt = sql<Date | null>`case when ${shipperAccounts.otpEnabled} then (
    select max(${auditLog.at}) from ${auditLog}
    where ${auditLog.accountId} = ${shipperAccounts.id} and ${auditLog.field} = 'otpEnabled' and ${auditLog.newValue} = 'on'
  ) end`;
  // Read for the page's rows only, each an index probe of (account, created_at).
  const shippedSince = sql<boolean>`coalesce(exists (
    select 1 from shipments s where s.account_id = ${shipperAccounts.id} and s.created_at >= ${otpEnabledAt}
  ), false)`;

  const filters: SQL[] = [eq(shipperAccounts.managerUserId, actor.userId)];
  if (query.name) filters.push(sql`${shipperAccounts.name} ilike ${containsPattern(query.name)}`);
  if (query.marketplace) filters.push(sql`${query.marketplace}::marketplace = any(${shipperAccounts.marketplaces})`);
  if (query.otp) filters.push(eq(shipperAccounts.otpEnabled, query.otp === 'on'));
  const where = and(...filters);

  const direction = query.dir === 'desc' ? desc : asc;
  const sortBy: Record<ManagedSort, SQL[]> = {
    name: [direction(shipperAccounts.name)],
    otp: [direction(shipperAccounts.otpEnabled), asc(shipperAccounts.name)],
    shipments: [direction(recent), asc(shipperAccounts.name)],
    eligibleShare: [sql`${share} ${sql.raw(query.dir === 'desc' ? 'desc' : 'asc')} nulls last`, asc(shipperAccounts.name)],
  };

  const [totalRow] = await db.select({ n: count() }).from(shipperAccounts).where(where);
  const total = Number(totalRow?.n ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / query.pageSize));
  const page = Math.min(query.page, pageCount);

  const rows = await db
    .select({
      id: shipperAccounts.id,
      name: shipperAccounts.name,
      marketplaces: shipperAccounts.marketplaces,
      otpEnabled: shipperAccounts.otpEnabled,
      emailNotifications: shipperAccounts.emailNotifications,
      smsNotifications: shipperAccounts.smsNotifications,
      overrides: thresholds.overrides,
      shipments30d: recent,
      eligible30d: eligible,
      eligibleShare: share.mapWith((v) => (v === null ? null : Number(v))),
      otpEnabledAt: otpEnabledAt.mapWith((v) => (v === null ? null : new Date(v as string | Date))),
      shippedSinceOtpEnabled: shippedSince.mapWith(Boolean),
    })
    .from(shipperAccounts)
    .leftJoin(stats, eq(stats.accountId, shipperAccounts.id))
    .leftJoin(thresholds, eq(thresholds.accountId, shipperAccounts.id))
    .where(where)
    .orderBy(...sortBy[query.sort], asc(shipperAccounts.id))
    .limit(query.pageSize)
    .offset((page - 1) * query.pageSize);

  return {
    rows: rows.map((r) => ({ ...r, overrides: normaliseOverrides(r.overrides) })),
    total,
    query: { ...query, page },
    period,
  };
}

function normaliseOverrides(raw: Record<string, number | string> | null): Partial<Record<Marketplace, number>> {
  if (!raw) return {};
  return Object.fromEntries(Object.entries(raw).map(([m, v]) => [m, Number(v)]));
}
