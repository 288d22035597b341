'use client';

import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { type TrackingExample, trackingCurl } from '@/lib/api/curl-example';
import { CopyButton } from './copy-button';

interface Props {
  name: string;
  apiKey: string;
  example: TrackingExample | null;
  apiReferenceHref: string;
  onDone: () => void;
}

/** A key just created, shown this once with a ready `curl` that uses it. */
export function NewKeyPanel({ name, apiKey, example, apiReferenceHref, onDone }: Props) {
  // Rendered only after a create in this browser, so the page's own origin is known.
  const curl = trackingCurl(window.location.origin, apiKey, example);
  return (
    <section aria-labelledby="new-api-key-title" className="space-y-4 rounded-lg border border-emerald-200 bg-emerald-50/60 p-4">
      <h3 id="new-api-key-title" className="text-sm font-semibold text-slate-900">
        Your new key “{name}”
      </h3>
      <Notice tone="warning" title="Copy the key now: it will not be shown again.">
        Only a fingerprint of it is kept, so nobody can read it back, us included. Keep it in your secret store; if it is lost, revoke it
        and create another.
      </Notice>
      <div className="space-y-2">
        <code
          id="new-api-key"
          data-testid="new-api-key"
          className="block rounded-md border border-slate-200 bg-white px-3 py-2 font-mono text-sm break-all text-slate-900 select-all"
        >
          {apiKey}
        </code>
        <CopyButton text={apiKey} label="Copy key" targetId="new-api-key" />
      </div>
      <div className="space-y-2">
        <p className="text-sm text-slate-700">
          Try it: this tracks {example ? 'your newest shipment' : 'a shipment (put one of your tracking ids in)'} with the carrier&apos;s
          getTracking call.
        </p>
        <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
          <code id="new-api-key-curl" data-testid="new-api-key-curl">
            {curl}
          </code>
        </pre>
        <CopyButton text={curl} label="Copy command" targetId="new-api-key-curl" />
        <p className="text-sm text-slate-700">
          Rates, one-click shipments with labels and every error are in the{' '}
          <Link href={apiReferenceHref} className="text-brand-700 underline-offset-2 hover:underline">
            API reference
          </Link>
          .
        </p>
      </div>
      <Button type="button" onClick={onDone}>
        I have copied the key
      </Button>
    </section>
  );
}
