/** The data-access calls behind the insights page, the what-if, the manager console and the Secure Delivery page, as they make them. */
import type { Db } from '../../db/client';
import { loadOtpInsights } from '../../db/queries/insights';
import { listManagedAccountsPage } from '../../db/queries/managed-accounts';
import { previewOtpEligibility } from '../../db/queries/otp-preview';
import { whatIfThresholds } from '../../db/queries/otp-what-if';
import { type InsightsPeriod, parseInsightsPeriod } from '../../lib/insights/period';
import { parseManagedAccountsQuery } from '../../lib/settings/managed-accounts-query';
import type { BenchPeople } from './bench-people';
import type { Scenario } from './query-scenarios';

/** The what-if the bench asks: the UK threshold at 150.00 GBP. */
export const WHAT_IF_UK_MINOR = 15_000;

function presetPeriod(days: '30' | '90', today: string): InsightsPeriod {
  const parsed = parseInsightsPeriod({ period: days }, today);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.period;
}

/** `today` is the last label day of the periods (YYYY-MM-DD), as the page takes it. The shipper's account comes from the actor. */
export function insightsScenarios(db: Db, { shipper, manager }: BenchPeople, today: string): Scenario[] {
  const days30 = presetPeriod('30', today);
  const days90 = presetPeriod('90', today);
  return [
    {
      name: 'insights, 30 days (shipper of the big account)',
      run: () => loadOtpInsights(db, shipper, { accountId: null, period: days30, marketplace: null }),
    },
    { name: 'insights, 90 days', run: () => loadOtpInsights(db, shipper, { accountId: null, period: days90, marketplace: null }) },
    { name: 'insights, 90 days, UK only', run: () => loadOtpInsights(db, shipper, { accountId: null, period: days90, marketplace: 'UK' }) },
    {
      name: 'insights, 30 days, manager across all 51 accounts',
      run: () => loadOtpInsights(db, manager, { accountId: null, period: days30, marketplace: null }),
    },
    {
      name: 'what-if, UK 150.00 GBP over 90 days',
      run: () => whatIfThresholds(db, shipper, null, { period: days90, marketplace: null, thresholds: { UK: WHAT_IF_UK_MINOR } }),
    },
    {
      name: 'manager console: accounts, first page (51 accounts)',
      run: () => listManagedAccountsPage(db, manager, parseManagedAccountsQuery({})),
    },
  ];
}

/** The Secure Delivery page's threshold preview, which the issue moves onto the what-if's path: timed without a target. */
export function settingsPreviewScenario(db: Db, { shipper }: BenchPeople): Scenario {
  return { name: 'Secure Delivery page: threshold preview (30 days)', run: () => previewOtpEligibility(db, shipper, null) };
}
