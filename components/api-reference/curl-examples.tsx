'use client';

import { useSyncExternalStore } from 'react';
import { curlExamples, ONE_CLICK_ANSWER_FILE } from '@/lib/api/curl-examples';
import { CodeBlock } from './code-block';

const noChanges = () => () => undefined;

/**
 * The three calls as shell commands against this portal: the browser's own origin once it runs (the
 * server's guess from the request before).
 */
export function CurlExamples({ serverOrigin }: { serverOrigin: string }) {
  const origin = useSyncExternalStore(
    noChanges,
    () => window.location.origin,
    () => serverOrigin,
  );
  const examples = curlExamples(origin);
  return (
    <div className="space-y-6 text-sm text-slate-700">
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">0. Your key, once per terminal</h3>
        <CodeBlock id="curl-set-key" code={examples.setKey} copyLabel="Copy" />
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">1. Rates for the sample package (getRates)</h3>
        <p>
          Prints the rates and, in <code className="font-mono">payload.otpSecureDelivery</code>, whether a passcode will be needed.
        </p>
        <CodeBlock id="curl-get-rates" code={examples.getRates} copyLabel="Copy getRates" />
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">2. Ship it with a PDF label (oneClickShipment)</h3>
        <p>
          Each run is a new package (a new <code className="font-mono">packageClientReferenceId</code>). The answer is saved in{' '}
          <code className="font-mono">{ONE_CLICK_ANSWER_FILE}</code>, shown without the label, and the label written to{' '}
          <code className="font-mono">label.pdf</code>. The shipment then shows in the shipment tracker.
        </p>
        <CodeBlock id="curl-one-click" code={examples.oneClickShipment} copyLabel="Copy oneClickShipment" />
      </section>
      <section className="space-y-2">
        <h3 className="font-semibold text-slate-900">3. Track it (getTracking)</h3>
        <p>Reads the tracking id from step 2&apos;s answer with jq.</p>
        <CodeBlock id="curl-tracking" code={examples.tracking} copyLabel="Copy getTracking" />
        <p>Without jq, set the tracking id with this line instead of the first one:</p>
        <CodeBlock id="curl-tracking-id-without-jq" code={examples.trackingIdWithoutJq} copyLabel="Copy" />
      </section>
    </div>
  );
}
