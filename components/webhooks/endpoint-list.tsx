import Link from 'next/link';
import type { WebhookEndpointSummary } from '@/db/queries/webhook-endpoints';
import { OutboxStatusBadge } from '@/components/ui/outbox-status-badge';
import { EndpointStateBadge } from './endpoint-state-badge';
import { UtcTime } from '@/components/ui/utc-time';

/** An account's endpoints: where each sends, what, whether it is on, and how its latest delivery went. */
export function EndpointList({ endpoints }: { endpoints: WebhookEndpointSummary[] }) {
  if (endpoints.length === 0) return <p className="text-sm text-slate-600">No webhook endpoints yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="Webhook endpoints">
      {endpoints.map((e) => (
        <li
          key={e.id}
          data-testid="webhook-endpoint"
          className="grid gap-2 py-4 sm:grid-cols-[minmax(0,2fr)_minmax(0,1.2fr)_auto] sm:gap-6"
        >
          <div className="min-w-0">
            <Link href={`/settings/webhooks/${e.id}`} className="font-mono text-sm font-medium break-all text-brand-700 hover:underline">
              {e.url}
            </Link>
            {e.description && <p className="mt-0.5 text-sm text-slate-600">{e.description}</p>}
            <p className="mt-1 flex flex-wrap gap-1">
              {e.events.length === 0 ? (
                <span className="text-xs text-slate-500">No events chosen</span>
              ) : (
                e.events.map((type) => (
                  <span key={type} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                    {type}
                  </span>
                ))
              )}
            </p>
          </div>
          <div className="text-sm text-slate-600">
            <p className="text-xs font-medium text-slate-500">Latest delivery</p>
            {e.lastDelivery ? (
              <p className="mt-0.5 flex flex-wrap items-center gap-2 text-xs">
                <OutboxStatusBadge status={e.lastDelivery.status} /> <UtcTime at={e.lastDelivery.at} />
              </p>
            ) : (
              <p className="mt-0.5 text-xs">None yet</p>
            )}
          </div>
          <div>
            <EndpointStateBadge enabled={e.enabled} disabledReason={e.disabledReason} />
          </div>
        </li>
      ))}
    </ul>
  );
}
