import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';
import { isUuid } from '../ids/uuid';
import { parseInsightsPeriod, type InsightsPeriod } from './period';

export type InsightsParams = Record<string, string | string[] | undefined>;

export interface InsightsQuery {
  period: InsightsPeriod;
  /** Why the asked-for period was not used (the default 30 days is shown instead), naming the field. */
  periodError: { field: 'period' | 'from' | 'to'; message: string } | null;
  /** The raw custom dates as typed, so the form shows them back. */
  typed: { period: string; from: string; to: string };
  marketplace: Marketplace | null;
  /** A manager's chosen account; null = all their accounts. Ignored for a shipper (their own, from the session). */
  accountId: string | null;
}

const one = (value: string | string[] | undefined): string | null => (Array.isArray(value) ? (value.at(-1) ?? null) : (value ?? null));

/** Reads the insights page's URL: `period` (7|30|90|custom), `from`, `to`, `market`, `account`. */
export function parseInsightsQuery(params: InsightsParams, today: string): InsightsQuery {
  const typed = { period: one(params.period) ?? '30', from: one(params.from) ?? '', to: one(params.to) ?? '' };
  const parsed = parseInsightsPeriod(typed, today);
  const market = one(params.market);
  const account = one(params.account);
  return {
    period: parsed.ok ? parsed.period : (parseInsightsPeriod({ period: '30' }, today) as { ok: true; period: InsightsPeriod }).period,
    periodError: parsed.ok ? null : { field: parsed.field, message: parsed.message },
    typed,
    marketplace: market && (MARKETPLACE_CODES as readonly string[]).includes(market) ? (market as Marketplace) : null,
    accountId: account && isUuid(account) ? account.toLowerCase() : null,
  };
}

/** The URL search of an insights view (period, marketplace, account), for links between insights pages. */
export function insightsSearch(query: Pick<InsightsQuery, 'period' | 'marketplace' | 'accountId'>): string {
  const params = new URLSearchParams();
  params.set('period', query.period.preset);
  if (query.period.preset === 'custom') {
    params.set('from', query.period.from);
    params.set('to', query.period.to);
  }
  if (query.marketplace) params.set('market', query.marketplace);
  if (query.accountId) params.set('account', query.accountId);
  return params.toString();
}
