import type { MessageStatus } from '@/lib/messages/log-query';

/** The words for an outbox row's status: a recipient message or a webhook delivery alike. */
export const OUTBOX_STATUS_LABELS: Record<MessageStatus, string> = { pending: 'Pending', sent: 'Sent', failed: 'Failed' };

const TONES: Record<MessageStatus, string> = {
  pending: 'bg-amber-50 text-amber-900 ring-amber-600/30',
  sent: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20',
  failed: 'bg-red-50 text-red-800 ring-red-600/20',
};

export function OutboxStatusBadge({ status }: { status: MessageStatus }) {
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${TONES[status]}`}
    >
      {OUTBOX_STATUS_LABELS[status]}
    </span>
  );
}
