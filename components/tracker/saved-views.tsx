'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import type { ActionResult, ServerAction } from '@/lib/actions/action-result';

interface SavedViewsProps {
  views: { id: string; name: string; query: string }[];
  /** The current view's URL search string, saved as it is. */
  currentSearch: string;
  save: ServerAction;
  remove: ServerAction;
}

export function SavedViews({ views, currentSearch, save, remove }: SavedViewsProps) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const nameId = useId();

  const run = (action: () => Promise<ActionResult>) =>
    startTransition(async () => {
      const result = await action();
      setMessage(result.ok ? { ok: true, text: result.message ?? 'Done.' } : { ok: false, text: result.error });
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          const name = String(new FormData(event.currentTarget).get('name') ?? '');
          run(() => save({ name, search: currentSearch }));
        }}
      >
        <div className="min-w-40 flex-1">
          <label htmlFor={nameId} className="block text-xs font-medium text-slate-700">
            Save this view as
          </label>
          <input id={nameId} name="name" required maxLength={80} className={inputClass} placeholder="e.g. OTP deliveries this week" />
        </div>
        <Button type="submit" variant="secondary" disabled={pending}>
          Save view
        </Button>
      </form>
      <p aria-live="polite" className={`min-h-4 text-xs ${message?.ok === false ? 'text-red-700' : 'text-slate-600'}`}>
        {message?.text}
      </p>
      {views.length === 0 ? (
        <p className="text-sm text-slate-600">No saved views yet.</p>
      ) : (
        <ul className="divide-y divide-slate-100" aria-label="Saved views">
          {views.map((v) => (
            <li key={v.id} className="flex items-center justify-between gap-2 py-1.5">
              <Link
                href={v.query ? `/shipments?${v.query}` : '/shipments'}
                className="truncate text-sm font-medium text-brand-700 hover:underline"
              >
                {v.name}
              </Link>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => remove({ id: v.id }))}
                className="rounded px-2 py-1 text-xs text-red-700 hover:bg-red-50"
                aria-label={`Delete saved view ${v.name}`}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
