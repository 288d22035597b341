import { inputClass } from '@/components/ui/field';
import { formatMinorAsDecimal } from '@/lib/otp/money';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { WhatIfQuery } from '@/lib/insights/what-if-query';

interface Props {
  marketplaces: { marketplace: Marketplace; currency: string; savedMinor: number }[];
  query: Pick<WhatIfQuery, 'typedThresholds' | 'thresholdErrors' | 'typedSwitches'>;
}

const SWITCHES = [
  { param: 'otp', label: 'OTP Secure Delivery' },
  { param: 'email', label: 'Email notifications' },
  { param: 'sms', label: 'SMS notifications' },
] as const;

/** The what-if's proposal: a threshold per marketplace (blank keeps the saved one) and the three switches. */
export function WhatIfInputs({ marketplaces, query }: Props) {
  return (
    <fieldset className="flex basis-full flex-wrap items-start gap-3">
      <legend className="mb-2 text-sm font-semibold text-slate-900">Proposed settings</legend>
      {marketplaces.map(({ marketplace, currency, savedMinor }) => {
        const id = `what-if-${marketplace}`;
        const error = query.thresholdErrors[marketplace];
        return (
          <div key={marketplace} className="w-40 space-y-1">
            <label htmlFor={id} className="block text-sm font-medium text-slate-700">
              {marketplace} threshold ({currency})
            </label>
            <input
              id={id}
              name={marketplace}
              inputMode="decimal"
              defaultValue={query.typedThresholds[marketplace] ?? ''}
              placeholder={formatMinorAsDecimal(savedMinor)}
              aria-invalid={Boolean(error)}
              aria-describedby={`${id}-hint ${id}-error`}
              className={inputClass}
            />
            <p id={`${id}-hint`} className="text-xs text-slate-500">
              Saved: {formatMinorAsDecimal(savedMinor)}
            </p>
            <p id={`${id}-error`} className="text-xs text-red-700">
              {error}
            </p>
          </div>
        );
      })}
      {SWITCHES.map(({ param, label }) => (
        <div key={param} className="w-44 space-y-1">
          <label htmlFor={`what-if-${param}`} className="block text-sm font-medium text-slate-700">
            {label}
          </label>
          <select id={`what-if-${param}`} name={param} defaultValue={query.typedSwitches[param] ?? ''} className={`${inputClass} pr-8`}>
            <option value="">As saved</option>
            <option value="on">On</option>
            <option value="off">Off</option>
          </select>
        </div>
      ))}
    </fieldset>
  );
}
