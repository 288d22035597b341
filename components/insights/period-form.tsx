'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { MARKETPLACE_CODES } from '@/lib/otp/marketplaces';

interface Props {
  action: string;
  typed: { period: string; from: string; to: string };
  marketplace: string | null;
  /** A manager's accounts to choose from (empty for a shipper), and the chosen one. */
  accounts: { id: string; name: string }[];
  accountId: string | null;
  error: { field: 'period' | 'from' | 'to'; message: string } | null;
  /** Extra fields the page keeps (the what-if's thresholds). */
  children?: React.ReactNode;
}

const selectClass = `${inputClass} pr-8`;

/** Period (7/30/90 days or custom dates), marketplace and, for a manager, account: a plain GET form. */
export function PeriodForm({ action, typed, marketplace, accounts, accountId, error, children }: Props) {
  const [period, setPeriod] = useState(typed.period);
  const custom = period === 'custom';
  const errorFor = (field: 'period' | 'from' | 'to') => (error?.field === field ? error.message : undefined);
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-3" aria-label="Period and filters">
      {accounts.length > 0 && (
        <div className="space-y-1">
          <label htmlFor="insights-account" className="block text-sm font-medium text-slate-700">
            Account
          </label>
          <select id="insights-account" name="account" defaultValue={accountId ?? ''} className={selectClass}>
            <option value="">All my accounts</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="space-y-1">
        <label htmlFor="insights-period" className="block text-sm font-medium text-slate-700">
          Period
        </label>
        <select
          id="insights-period"
          name="period"
          value={period}
          onChange={(e) => setPeriod(e.target.value)}
          className={selectClass}
          aria-invalid={Boolean(errorFor('period'))}
        >
          <option value="7">Last 7 days</option>
          <option value="30">Last 30 days</option>
          <option value="90">Last 90 days</option>
          <option value="custom">Custom dates</option>
        </select>
      </div>
      {custom && (
        <>
          <div className="space-y-1">
            <label htmlFor="insights-from" className="block text-sm font-medium text-slate-700">
              From
            </label>
            <input
              id="insights-from"
              name="from"
              type="date"
              defaultValue={typed.from}
              required
              className={inputClass}
              aria-invalid={Boolean(errorFor('from'))}
              aria-describedby="insights-period-error"
            />
          </div>
          <div className="space-y-1">
            <label htmlFor="insights-to" className="block text-sm font-medium text-slate-700">
              To
            </label>
            <input
              id="insights-to"
              name="to"
              type="date"
              defaultValue={typed.to}
              required
              className={inputClass}
              aria-invalid={Boolean(errorFor('to'))}
              aria-describedby="insights-period-error"
            />
          </div>
        </>
      )}
      <div className="space-y-1">
        <label htmlFor="insights-market" className="block text-sm font-medium text-slate-700">
          Marketplace
        </label>
        <select id="insights-market" name="market" defaultValue={marketplace ?? ''} className={selectClass}>
          <option value="">All marketplaces</option>
          {MARKETPLACE_CODES.map((m) => (
            <option key={m} value={m}>
              {m}
            </option>
          ))}
        </select>
      </div>
      {children}
      <Button type="submit">Show</Button>
      <p id="insights-period-error" role={error ? 'alert' : undefined} className="basis-full text-sm text-red-700">
        {error ? `${error.message} Showing the last 30 days instead.` : null}
      </p>
    </form>
  );
}
