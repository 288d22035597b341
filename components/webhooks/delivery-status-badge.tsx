import type { WebhookDeliveryStatus } from '@/db/queries/webhook-endpoints';

const TONES: Record<WebhookDeliveryStatus, string> = {
  sent: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  pending: 'bg-sky-50 text-sky-800 ring-sky-600/20',
  failed: 'bg-red-50 text-red-800 ring-red-600/20',
};

export const DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = { sent: 'Sent', pending: 'Pending', failed: 'Failed' };

export function DeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}
    >
      {DELIVERY_STATUS_LABELS[status]}
    </span>
  );
}
