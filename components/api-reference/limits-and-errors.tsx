import { type ErrorStatus, errorExample } from '@/lib/api/openapi/error-responses';

const STATUSES: readonly { status: ErrorStatus; meaning: string }[] = [
  {
    status: '400',
    meaning:
      'The request is not what the operation takes. Every problem is listed at once, each starting with the field, e.g. "packages[0].insuredValue: is required".',
  },
  { status: '401', meaning: 'No key, or one that is malformed, unknown or revoked.' },
  { status: '403', meaning: 'The x-amzn-shipping-business-id header names a marketplace your account does not ship in.' },
  {
    status: '404',
    meaning: "Tracking only: no shipment of yours has this tracking id (another account's looks exactly like an unknown one).",
  },
  { status: '413', meaning: 'The request body is too large; send fewer packages per request.' },
  { status: '415', meaning: 'The body is not sent as JSON: add content-type: application/json.' },
  { status: '429', meaning: 'Too many requests for this key: wait the seconds Retry-After gives, then retry.' },
  { status: '500', meaning: 'Something failed on our side; try again (a retried oneClickShipment is never stored twice).' },
];

/** The usage plan and what each error status means, in plain words. */
export function LimitsAndErrors({ perSecond, burst }: { perSecond: number; burst: number }) {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>
        Each key may make {perSecond} requests a second, and up to {burst} at once after a quiet moment (the carrier&apos;s default usage
        plan). A request over the limit is answered <strong>429</strong> with a <code className="font-mono">Retry-After</code> header saying
        how many seconds to wait. Revoking a key stops it at its next request.
      </p>
      <p>Every error is the carrier&apos;s ErrorList, for example:</p>
      <pre className="overflow-x-auto rounded-md bg-slate-900 p-3 text-xs text-slate-100">
        <code>{JSON.stringify(errorExample('401'), null, 2)}</code>
      </pre>
      <dl className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {STATUSES.map(({ status, meaning }) => (
          <div key={status} className="px-3 py-2 sm:flex sm:gap-3">
            <dt className="font-mono text-xs text-slate-900 sm:w-48 sm:shrink-0">
              {status} <span className="text-slate-500">{errorExample(status).errors[0]!.code}</span>
            </dt>
            <dd className="min-w-0 break-words text-slate-600">{meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
