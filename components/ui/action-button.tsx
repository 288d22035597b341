'use client';

import { useRouter } from 'next/navigation';
import { type ReactNode, useId, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ServerAction } from '@/lib/actions/action-result';

interface Confirmation {
  title: string;
  body: string;
  confirmLabel: string;
}

interface Props {
  action: ServerAction;
  payload: Record<string, unknown>;
  children: ReactNode;
  /** The accessible name when the visible label alone is ambiguous (a Retry on every row). */
  label?: string;
  variant?: 'primary' | 'secondary' | 'danger';
  /** Asked in a dialog before the action runs. */
  confirm?: Confirmation;
  /** Where to go once it succeeded; by default the page's data is fetched again. */
  then?: string;
  className?: string;
}

/** A button that runs one server action, optionally after a confirmation, and says how it went. */
export function ActionButton({ action, payload, children, label, variant = 'secondary', confirm, then, className = '' }: Props) {
  const router = useRouter();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const run = () =>
    startTransition(async () => {
      setStatus(null);
      const result = await action(payload).catch(() => null);
      dialog.current?.close();
      if (!result?.ok) {
        setStatus({ ok: false, text: result?.error ?? 'That did not work. Check your connection and try again.' });
        return;
      }
      setStatus({ ok: true, text: result.message ?? 'Done.' });
      if (then) router.push(then);
      else router.refresh();
    });

  return (
    <div className={className}>
      <Button
        type="button"
        variant={variant}
        aria-label={label}
        disabled={pending}
        onClick={() => (confirm ? dialog.current?.showModal() : run())}
      >
        {pending && !confirm ? 'Working…' : children}
      </Button>
      {status && (
        <p role={status.ok ? 'status' : 'alert'} className={`mt-1 text-xs ${status.ok ? 'text-emerald-700' : 'text-red-700'}`}>
          {status.text}
        </p>
      )}
      {confirm && (
        <dialog
          ref={dialog}
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-body`}
          className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
        >
          <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
            {confirm.title}
          </h2>
          <p id={`${id}-body`} className="mt-2 text-sm text-slate-600">
            {confirm.body}
          </p>
          <div className="mt-5 flex flex-wrap justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} disabled={pending}>
              Cancel
            </Button>
            <Button type="button" variant={variant === 'danger' ? 'danger' : 'primary'} onClick={run} disabled={pending}>
              {pending ? 'Working…' : confirm.confirmLabel}
            </Button>
          </div>
        </dialog>
      )}
    </div>
  );
}
