'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import type { ServerAction } from '@/lib/actions/action-result';
import type { LanguageOption } from '@/lib/i18n/translator';

interface LanguageSwitchProps {
  current: string;
  options: LanguageOption[];
  label: string;
  choose: ServerAction;
}

/** A select of the languages there are catalogues for; choosing one re-renders the page in it. */
export function LanguageSwitch({ current, options, label, choose }: LanguageSwitchProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-xs text-slate-600">
      <span className="sr-only sm:not-sr-only">{label}</span>
      <select
        value={current}
        disabled={pending}
        aria-label={label}
        data-testid="language-switch"
        onChange={(event) => {
          const locale = event.target.value;
          startTransition(async () => {
            const result = await choose({ locale });
            if (result.ok) router.refresh();
          });
        }}
        className="rounded-md border border-slate-300 bg-white py-1 pl-2 pr-7 text-sm text-slate-800"
      >
        {options.map((option) => (
          <option key={option.locale} value={option.locale} lang={option.locale}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
