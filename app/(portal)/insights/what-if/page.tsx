import type { Metadata } from 'next';
import Link from 'next/link';
import { ApplyThreshold } from '@/components/insights/apply-threshold';
import { PeriodForm } from '@/components/insights/period-form';
import { ValueBandChart } from '@/components/insights/value-band-chart';
import { WhatIfInputs } from '@/components/insights/what-if-inputs';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listInsightsAccounts } from '@/db/queries/insights';
import { whatIfThresholds, type WhatIf, type WhatIfMarketplace } from '@/db/queries/otp-what-if';
import { bandBarsOf, bandLabelAt } from '@/lib/insights/band-bars';
import { insightsSearch } from '@/lib/insights/insights-query';
import { latestLabelDay } from '@/lib/insights/period';
import { valueBandLabel } from '@/lib/insights/value-bands';
import { parseWhatIfQuery, type WhatIfQuery } from '@/lib/insights/what-if-query';
import { outcomeLabel, whatIfSummary } from '@/lib/insights/what-if-summary';
import { formatMoney } from '@/lib/otp/money';
import { periodLabel } from '@/lib/settings/eligible-share-view';
import { requirePageActor } from '../../../_lib/session';
import { setAccountThreshold } from '../../manager/actions';
import { setOwnThreshold } from '../../settings/actions';

export const metadata: Metadata = { title: 'Threshold what-if' };

const count = (n: number) => n.toLocaleString('en-GB');
const money = (minor: number, currency: string) => formatMoney(minor, currency, 'en-GB');

function histogramSummary(m: WhatIfMarketplace): string {
  return `${m.marketplace}: ${count(m.shipments)} shipments in ${m.bands.length} value bands; the saved threshold ${money(m.threshold.before.minor, m.currency)} leaves ${count(m.aboveThreshold.before.shipments)} above it, the proposed ${money(m.threshold.after.minor, m.currency)} ${count(m.aboveThreshold.after.shipments)}.`;
}

function BandChart({ whatIf: m }: { whatIf: WhatIfMarketplace }) {
  const bars = bandBarsOf(m.bands, m.currency, m.threshold.after.minor);
  return (
    <ValueBandChart
      bars={bars}
      savedAt={bandLabelAt(bars, m.currency, m.threshold.before.minor)}
      proposedAt={bandLabelAt(bars, m.currency, m.threshold.after.minor)}
      summary={histogramSummary(m)}
    />
  );
}

function BeforeAfterTable({ whatIf, query, isManager }: { whatIf: WhatIf; query: WhatIfQuery; isManager: boolean }) {
  const settingsPath = isManager ? `/manager/accounts/${whatIf.accountId}` : '/settings/secure-delivery';
  const changed = (m: WhatIfMarketplace) =>
    m.threshold.before.minor !== m.threshold.after.minor && query.thresholds[m.marketplace] !== undefined;
  const applicable = whatIf.marketplaces.filter(changed);
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Packages needing OTP per marketplace, saved settings against the proposal</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="px-2 py-2 font-medium">
              Marketplace
            </th>
            <th scope="col" className="px-2 py-2 font-medium">
              Threshold
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Need OTP
            </th>
          </tr>
        </thead>
        <tbody>
          {whatIf.marketplaces.map((m) => {
            return (
              <tr key={m.marketplace} className="border-b border-slate-100 align-top" data-testid={`what-if-row-${m.marketplace}`}>
                <th scope="row" className="px-2 py-2 text-left font-medium">
                  {m.marketplace}
                </th>
                <td className="px-2 py-2">
                  {money(m.threshold.before.minor, m.currency)}
                  {m.threshold.before.isDefault ? ' (default)' : ''}
                  {changed(m) && <> → {money(m.threshold.after.minor, m.currency)}</>}
                </td>
                <td className="px-2 py-2 text-right tabular-nums">
                  {count(m.needingOtp.before.shipments)}
                  {m.needingOtp.after.shipments !== m.needingOtp.before.shipments && <> → {count(m.needingOtp.after.shipments)}</>}
                  <span className="block text-xs text-slate-600">
                    worth {money(m.needingOtp.before.valueMinor, m.currency)}
                    {m.needingOtp.after.valueMinor !== m.needingOtp.before.valueMinor && (
                      <> → {money(m.needingOtp.after.valueMinor, m.currency)}</>
                    )}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {applicable.length > 0 && (
        <div className="mt-4 flex flex-wrap items-start gap-3">
          {applicable.map((m) => (
            <ApplyThreshold
              key={m.marketplace}
              marketplace={m.marketplace}
              currency={m.currency}
              minor={m.threshold.after.minor}
              action={isManager ? setAccountThreshold : setOwnThreshold}
              accountId={isManager ? whatIf.accountId : null}
              then={settingsPath}
            />
          ))}
        </div>
      )}
    </div>
  );
}

function AffectedShipments({ whatIf, isManager }: { whatIf: WhatIf; isManager: boolean }) {
  const { total, shipments } = whatIf.affected;
  if (total === 0) return <p className="text-sm text-slate-600">No shipment of the period would change.</p>;
  const ids = new URLSearchParams({
    ids: shipments.map((s) => s.trackingId).join(','),
    ...(isManager ? { account: whatIf.accountId } : {}),
  });
  return (
    <>
      <p className="mb-3 text-sm text-slate-700">
        {count(total)} shipments would change.{' '}
        <Link href={`/shipments?${ids}`} className="font-medium text-brand-700 underline">
          Open {shipments.length === total ? 'them' : `the ${count(shipments.length)} listed`} in the tracker
        </Link>
        {shipments.length < total && <> (the {count(shipments.length)} of lowest value are listed).</>}
      </p>
      <div className="max-h-96 overflow-auto">
        <table className="min-w-full text-sm">
          <caption className="sr-only">Shipments whose need for a passcode changes</caption>
          <thead className="sticky top-0 bg-white">
            <tr className="border-b border-slate-200 text-left text-slate-600">
              <th scope="col" className="px-2 py-1 font-medium">
                Tracking id
              </th>
              <th scope="col" className="hidden px-2 py-1 font-medium sm:table-cell">
                Label day
              </th>
              <th scope="col" className="px-2 py-1 text-right font-medium">
                Declared value
              </th>
              <th scope="col" className="px-2 py-1 font-medium">
                OTP now → proposed
              </th>
            </tr>
          </thead>
          <tbody>
            {shipments.map((s) => (
              <tr key={s.id} className="border-b border-slate-100">
                <td className="px-2 py-1">
                  <Link
                    href={`/shipments/${s.trackingId}${isManager ? `?account=${whatIf.accountId}` : ''}`}
                    className="font-mono text-brand-700 underline"
                  >
                    {s.trackingId}
                  </Link>
                </td>
                <td className="hidden px-2 py-1 whitespace-nowrap sm:table-cell">{s.labelDay}</td>
                <td className="px-2 py-1 text-right tabular-nums">{money(s.valueMinor, s.currency)}</td>
                <td className="px-2 py-1 whitespace-nowrap">
                  {s.needsOtp.before ? 'Yes' : 'No'} → {s.needsOtp.after ? 'Yes' : 'No'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export default async function WhatIfPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const query = parseWhatIfQuery(await searchParams, latestLabelDay());
  const db = await getDb();
  const isManager = actor.role === 'account_manager';
  const accounts = await listInsightsAccounts(db, actor);
  const whatIf =
    isManager && !query.accountId
      ? null
      : await whatIfThresholds(db, actor, query.accountId, {
          period: query.period,
          marketplace: query.marketplace,
          thresholds: query.thresholds,
          switches: query.switches,
        });
  const range = { from: query.period.from, to: query.period.to };
  const summary = whatIf ? whatIfSummary(whatIf) : null;
  return (
    <>
      <PageHeader
        title="Threshold what-if"
        description={`Try other thresholds and switches on the shipments labelled ${periodLabel(range)}${query.marketplace ? ` in ${query.marketplace}` : ''}: each shipment's stored details are judged again by the same rules, with the saved settings and with yours. Nothing changes until you apply a threshold.`}
        actions={
          <Link
            href={`/insights?${insightsSearch(query)}`}
            className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            Back to insights
          </Link>
        }
      />
      <div className="space-y-6">
        <Card>
          <PeriodForm
            key={insightsSearch(query)}
            action="/insights/what-if"
            typed={query.typed}
            marketplace={query.marketplace}
            accounts={accounts}
            accountId={query.accountId}
            error={query.periodError}
          >
            {whatIf && (
              <WhatIfInputs
                marketplaces={whatIf.marketplaces.map((m) => ({
                  marketplace: m.marketplace,
                  currency: m.currency,
                  savedMinor: m.threshold.before.minor,
                }))}
                query={query}
              />
            )}
          </PeriodForm>
        </Card>
        {!whatIf ? (
          <Card>
            <p className="text-sm text-slate-700">
              Choose one of your accounts above: a what-if tries thresholds on one account&apos;s shipments.
            </p>
          </Card>
        ) : (
          <>
            <p
              role="status"
              className="rounded-xl border border-brand-100 bg-brand-50 p-4 text-sm text-slate-900"
              data-testid="what-if-summary"
            >
              {summary}
            </p>
            <Card title="Before and after">
              <BeforeAfterTable whatIf={whatIf} query={query} isManager={isManager} />
            </Card>
            {whatIf.marketplaces
              .filter((m) => m.bands.length > 0)
              .map((m) => (
                <Card key={m.marketplace} title={`${m.marketplace}: shipments by declared value`}>
                  <p className="mb-2 text-sm text-slate-700">{histogramSummary(m)}</p>
                  <BandChart whatIf={m} />
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">Show the chart as a table</summary>
                    <div className="max-h-80 overflow-auto">
                      <table className="min-w-full text-sm">
                        <caption className="sr-only">{m.marketplace} shipments per declared-value band</caption>
                        <thead className="sticky top-0 bg-white">
                          <tr className="border-b border-slate-200 text-left text-slate-600">
                            <th scope="col" className="px-2 py-1 font-medium">
                              Declared value
                            </th>
                            <th scope="col" className="px-2 py-1 text-right font-medium">
                              Shipments
                            </th>
                            <th scope="col" className="px-2 py-1 text-right font-medium">
                              Threshold decides
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {m.bands.map((b) => (
                            <tr key={b.band} className="border-b border-slate-100">
                              <th scope="row" className="px-2 py-1 text-left font-normal">
                                {valueBandLabel(b.band, m.currency)}
                              </th>
                              <td className="px-2 py-1 text-right tabular-nums">{count(b.shipments)}</td>
                              <td className="px-2 py-1 text-right tabular-nums">{count(b.intrinsic)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </div>
                  </details>
                </Card>
              ))}
            <Card title="Reasons that would change">
              {whatIf.reasonChanges.length === 0 ? (
                <p className="text-sm text-slate-600">No shipment would change its reason.</p>
              ) : (
                <table className="min-w-full text-sm">
                  <caption className="sr-only">Shipments whose OTP outcome changes, by outcome before and after</caption>
                  <thead>
                    <tr className="border-b border-slate-200 text-left text-slate-600">
                      <th scope="col" className="px-2 py-1 font-medium">
                        Now
                      </th>
                      <th scope="col" className="px-2 py-1 font-medium">
                        With the proposal
                      </th>
                      <th scope="col" className="px-2 py-1 text-right font-medium">
                        Shipments
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {whatIf.reasonChanges.map((c) => (
                      <tr key={`${c.from}-${c.to}`} className="border-b border-slate-100">
                        <td className="px-2 py-1">{outcomeLabel(c.from)}</td>
                        <td className="px-2 py-1">{outcomeLabel(c.to)}</td>
                        <td className="px-2 py-1 text-right tabular-nums">{count(c.shipments)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </Card>
            <Card title="Shipments that would change">
              <AffectedShipments whatIf={whatIf} isManager={isManager} />
            </Card>
          </>
        )}
      </div>
    </>
  );
}
