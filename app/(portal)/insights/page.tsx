import type { Metadata } from 'next';
import Link from 'next/link';
import { AccountFiguresTable } from '@/components/insights/account-figures-table';
import { FigureTiles } from '@/components/insights/figure-tiles';
import { PeriodForm } from '@/components/insights/period-form';
import { ReasonsChart } from '@/components/insights/reasons-chart';
import { ReasonsTable } from '@/components/insights/reasons-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listInsightsAccounts, loadOtpInsights } from '@/db/queries/insights';
import { figureTiles, type TileLink } from '@/lib/insights/figure-tiles';
import { insightsSearch, parseInsightsQuery } from '@/lib/insights/insights-query';
import { latestLabelDay } from '@/lib/insights/period';
import { periodLabel } from '@/lib/settings/eligible-share-view';
import { reasonsByDayRows, reasonsSummary, reasonTotals } from '@/lib/insights/reasons-summary';
import type { ReasonCode } from '@/lib/otp/reason-codes';
import { trackerViewHref } from '@/lib/tracker/query';
import { requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'OTP insights' };

export default async function InsightsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const query = parseInsightsQuery(await searchParams, latestLabelDay());
  const db = await getDb();
  const [insights, accounts] = await Promise.all([
    loadOtpInsights(db, actor, { accountId: query.accountId, period: query.period, marketplace: query.marketplace }),
    listInsightsAccounts(db, actor),
  ]);
  const range = { from: query.period.from, to: query.period.to };
  // A shipper's links need no account (the session's); a manager's name the account. Across accounts there is no one tracker view.
  const linkable = actor.role === 'shipper' || query.accountId !== null;
  const cohort = (labelFrom: string, labelTo: string) => ({ labelFrom, labelTo, marketplace: query.marketplace, account: query.accountId });
  const trackerHref = (link: TileLink) => trackerViewHref({ ...cohort(range.from, range.to), ...link });
  const reasons = reasonTotals(insights.reasonsByDay).map((t) => t.reason);
  const rows = reasonsByDayRows(insights.reasonsByDay, range, reasons);
  const hrefs = linkable
    ? Object.fromEntries(
        rows.map((row) => [
          String(row.day),
          Object.fromEntries(
            reasons.map((reason) => [
              reason,
              trackerViewHref({ ...cohort(String(row.day), String(row.day)), reason: reason as ReasonCode }),
            ]),
          ),
        ]),
      )
    : null;
  const summary = reasonsSummary(insights.reasonsByDay, range, insights.figures.shipments);
  const whose = insights.account?.name ?? 'All your accounts';
  return (
    <>
      <PageHeader
        title="OTP insights"
        description={`What OTP Secure Delivery did for ${whose}: shipments labelled ${periodLabel(range)} (label days in each marketplace's time zone)${query.marketplace ? ` in ${query.marketplace}` : ''}, and what happened to them.`}
        actions={
          <Link
            href={`/insights/what-if?${insightsSearch(query)}`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            What if the threshold changed?
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <PeriodForm
            key={insightsSearch(query)}
            action="/insights"
            typed={query.typed}
            marketplace={query.marketplace}
            accounts={accounts}
            accountId={query.accountId}
            error={query.periodError}
          />
        </Card>
        <FigureTiles tiles={figureTiles(insights)} hrefOf={(tile) => (linkable && tile.link ? trackerHref(tile.link) : null)} />
        <Card title="Why packages were not OTP eligible">
          <p className="mb-3 text-sm text-slate-700" data-testid="reasons-summary">
            {summary}
          </p>
          {reasons.length > 0 && (
            <>
              <ReasonsChart rows={rows} reasons={reasons} hrefs={hrefs} summary={summary} />
              <details className="mt-3">
                <summary className="cursor-pointer text-sm font-medium text-brand-700">Show the chart as a table</summary>
                <ReasonsTable rows={rows} reasons={reasons} hrefs={hrefs} />
              </details>
            </>
          )}
        </Card>
        {insights.account === null && (
          <Card title="Per account">
            <AccountFiguresTable rows={insights.byAccount} hrefOf={(accountId) => `/insights?${insightsSearch({ ...query, accountId })}`} />
          </Card>
        )}
      </div>
    </>
  );
}
