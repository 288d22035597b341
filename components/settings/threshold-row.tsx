'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ThresholdSetting } from '@/db/queries/account-settings';
import type { ServerAction } from '@/lib/actions/action-result';
import { MARKETPLACES } from '@/lib/otp/marketplaces';
import { formatMinorAsDecimal } from '@/lib/otp/money';
import { MAX_THRESHOLD_MAJOR, thresholdInputSchema } from '@/lib/settings/threshold-input';

interface Props {
  setting: ThresholdSetting;
  /** Sent with every request by an account manager; a shipper's account comes from the session. */
  accountId?: string;
  setAction: ServerAction<ThresholdSetting>;
  clearAction: ServerAction<ThresholdSetting>;
  onTyped: (amount: string) => void;
  onSaved: () => void;
}

const money = (minor: number, currency: string) => `${formatMinorAsDecimal(minor)} ${currency}`;

/** One marketplace's threshold: default vs the account's value, and a form to set or clear it. */
export function ThresholdRow({ setting, accountId, setAction, clearAction, onTyped, onSaved }: Props) {
  const { marketplace, currency } = setting;
  const id = `threshold-${marketplace}`;
  const [status, setStatus] = useState<{ tone: 'ok' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    reset,
    watch,
    formState: { errors },
  } = useForm<z.input<typeof thresholdInputSchema>, unknown, z.output<typeof thresholdInputSchema>>({
    resolver: zodResolver(thresholdInputSchema),
    defaultValues: { marketplace, amount: '' },
  });
  const typed = watch('amount');
  useEffect(() => onTyped(typeof typed === 'string' ? typed : ''), [typed, onTyped]);

  const send = (action: ServerAction<ThresholdSetting>, payload: Record<string, unknown>, done: string) =>
    startTransition(async () => {
      setStatus(null);
      const result = await action(accountId ? { ...payload, accountId } : payload).catch(() => null);
      if (!result?.ok) {
        const message =
          result?.ok === false ? (result.fieldErrors?.amount?.[0] ?? result.error) : 'The threshold could not be saved. Try again.';
        if (result?.ok === false && result.fieldErrors?.amount) setError('amount', { message });
        else setStatus({ tone: 'error', text: message });
        return;
      }
      reset({ marketplace, amount: '' });
      setStatus({ tone: 'ok', text: done });
      onSaved();
    });

  // The typed text goes to the server as typed: it validates with the same schema and converts itself.
  const onSubmit = handleSubmit(() => send(setAction, { marketplace, amount: getValues('amount') }, `${marketplace} threshold saved.`));
  const error = errors.amount?.message;

  return (
    <li className="grid gap-3 py-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)] sm:gap-6" data-testid={`threshold-${marketplace}`}>
      <div>
        <p className="text-sm font-semibold text-slate-900">
          {MARKETPLACES[marketplace].name}{' '}
          <span className="font-normal text-slate-500">
            ({marketplace} · {currency})
          </span>
        </p>
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm">
          <dt className="text-slate-500">Default</dt>
          <dd className="tabular-nums text-slate-700">{money(setting.defaultMinor, currency)}</dd>
          <dt className="text-slate-500">This account</dt>
          <dd className="tabular-nums font-medium text-slate-900" data-testid={`threshold-${marketplace}-value`}>
            {setting.accountMinor === null ? 'Default applies' : money(setting.accountMinor, currency)}
          </dd>
        </dl>
      </div>
      <form onSubmit={onSubmit} noValidate className="space-y-1">
        <label htmlFor={id} className="block text-sm font-medium text-slate-700">
          New {marketplace} threshold ({currency})
        </label>
        <div className="flex flex-wrap gap-2">
          <input
            id={id}
            inputMode="decimal"
            autoComplete="off"
            placeholder={formatMinorAsDecimal(setting.accountMinor ?? setting.defaultMinor)}
            className={`${inputClass} max-w-40 tabular-nums`}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-error ${id}-hint`}
            {...register('amount')}
          />
          <Button type="submit" disabled={pending}>
            Save
          </Button>
          {setting.accountMinor !== null && (
            <Button
              type="button"
              variant="secondary"
              disabled={pending}
              onClick={() => send(clearAction, { marketplace }, `${marketplace} threshold is back to the default.`)}
            >
              Use default
            </Button>
          )}
        </div>
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          More than 0, at most {MAX_THRESHOLD_MAJOR.toLocaleString('en-GB')} {currency}, up to 2 decimals.
        </p>
        <p id={`${id}-error`} aria-live="polite" className="min-h-4 text-xs text-red-700">
          {error ?? (status?.tone === 'error' ? status.text : '')}
        </p>
        {status?.tone === 'ok' && (
          <p role="status" className="text-xs text-emerald-700">
            {status.text}
          </p>
        )}
      </form>
    </li>
  );
}
