'use client';

import { useId, useRef, useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ServerAction } from '@/lib/actions/action-result';

interface Props {
  deliveryId: string;
  messageId: string;
  fetchBody: ServerAction<string>;
}

/** The body as it was signed and sent, laid out for reading. */
function readable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}

/** "View body": fetches one delivery's payload only when asked (the log itself never carries payloads). */
export function DeliveryBodyButton({ deliveryId, messageId, fetchBody }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [loaded, setLoaded] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  const open = () => {
    dialog.current?.showModal();
    if (loaded?.ok) return;
    startTransition(async () => {
      const result = await fetchBody({ deliveryId }).catch(() => null);
      if (result?.ok && result.data !== undefined) setLoaded({ ok: true, text: readable(result.data) });
      else setLoaded({ ok: false, text: result && !result.ok ? result.error : 'The body could not be loaded. Close this and try again.' });
    });
  };

  return (
    <>
      <Button type="button" variant="secondary" aria-label={`View body of ${messageId}`} onClick={open}>
        View body
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-title`}
        className="m-auto w-[min(48rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id={`${id}-title`} className="text-base font-semibold text-slate-900">
          Body of <span className="font-mono text-sm">{messageId}</span>
        </h2>
        <pre className="mt-3 max-h-[60vh] overflow-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100" aria-busy={pending}>
          {pending ? 'Loading…' : loaded?.text}
        </pre>
        <div className="mt-4 flex justify-end">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
            Close
          </Button>
        </div>
      </dialog>
    </>
  );
}
