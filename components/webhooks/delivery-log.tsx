import Link from 'next/link';
import { OutboxStatusBadge } from '@/components/ui/outbox-status-badge';
import { PageLinks } from '@/components/ui/page-links';
import type { WebhookDeliveryPage, WebhookDeliveryRow } from '@/db/queries/webhook-delivery-log';
import type { ServerAction } from '@/lib/actions/action-result';
import { ActionButton } from '@/components/ui/action-button';
import { DeliveryBodyButton } from './delivery-body-button';
import { type DeliveryLogQuery, deliveryLogHref } from './delivery-log-query';
import { UtcTime } from '@/components/ui/utc-time';

interface Props {
  endpointId: string;
  log: WebhookDeliveryPage;
  query: DeliveryLogQuery;
  fetchBody: ServerAction<string>;
  /** The shipper's Retry on failed rows; absent for a manager (read-only) or while the endpoint is switched off. */
  retry?: ServerAction;
}

const COLUMNS: [string, string][] = [
  ['Event', ''],
  ['Status', ''],
  ['Tries', 'text-right'],
  ['Response', ''],
  ['Created', ''],
  ['Sent', ''],
  ['Shipment', ''],
];

function When({ row }: { row: WebhookDeliveryRow }) {
  if (row.sentAt) return <UtcTime at={row.sentAt} />;
  if (row.status === 'pending') {
    return (
      <span>
        Next try <UtcTime at={row.nextAttemptAt} />
      </span>
    );
  }
  return <span className="text-slate-500">Not sent</span>;
}

/** An endpoint's deliveries, newest first, with why each failed and a Retry for the failed ones. */
export function DeliveryLog({ endpointId, log, query, fetchBody, retry }: Props) {
  if (log.rows.length === 0) {
    return <p className="text-sm text-slate-600">{query.status || query.page > 1 ? 'No deliveries match.' : 'No deliveries yet.'}</p>;
  }
  return (
    <>
      <div className="overflow-x-auto">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Delivery log, newest first</caption>
          <thead className="bg-slate-50 text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <tr>
              {COLUMNS.map(([name, align]) => (
                <th key={name} scope="col" className={`px-3 py-2 ${align}`}>
                  {name}
                </th>
              ))}
              <th scope="col" className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 bg-white">
            {log.rows.map((row) => (
              <tr key={row.id} data-testid="webhook-delivery-row" className="align-top">
                <td className="px-3 py-2">
                  <p className="font-mono text-xs text-slate-900">{row.eventType}</p>
                  <p className="font-mono text-xs text-slate-500">{row.messageId}</p>
                </td>
                <td className="px-3 py-2">
                  <OutboxStatusBadge status={row.status} />
                  {row.lastError && <p className="mt-1 max-w-xs text-xs break-words text-red-700">{row.lastError}</p>}
                </td>
                <td className="px-3 py-2 text-right tabular-nums">{row.attempts}</td>
                <td className="px-3 py-2 tabular-nums">{row.responseStatus ?? '—'}</td>
                <td className="px-3 py-2 text-xs">
                  <UtcTime at={row.createdAt} />
                </td>
                <td className="px-3 py-2 text-xs">
                  <When row={row} />
                </td>
                <td className="px-3 py-2 font-mono text-xs">
                  {row.trackingId ? (
                    <Link href={`/shipments/${row.trackingId}`} className="text-brand-700 underline-offset-2 hover:underline">
                      {row.trackingId}
                    </Link>
                  ) : (
                    '—'
                  )}
                </td>
                <td className="px-3 py-2">
                  <div className="flex flex-wrap gap-2">
                    <DeliveryBodyButton deliveryId={row.id} messageId={row.messageId} fetchBody={fetchBody} />
                    {retry && row.status === 'failed' && (
                      <ActionButton action={retry} payload={{ deliveryId: row.id }} label={`Retry ${row.messageId}`}>
                        Retry
                      </ActionButton>
                    )}
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <PageLinks
        label="Delivery log pages"
        summary={<p className="text-sm text-slate-600">Page {log.page.toLocaleString('en-GB')}</p>}
        prevHref={log.page > 1 ? deliveryLogHref(endpointId, { ...query, page: log.page - 1 }) : null}
        nextHref={log.hasNextPage ? deliveryLogHref(endpointId, { ...query, page: log.page + 1 }) : null}
      />
    </>
  );
}
