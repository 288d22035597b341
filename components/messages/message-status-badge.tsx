import type { MessageStatus } from '@/lib/messages/log-query';

const BADGES: Record<MessageStatus, { label: string; className: string }> = {
  pending: { label: 'Pending', className: 'bg-amber-50 text-amber-900 ring-amber-600/30' },
  sent: { label: 'Sent', className: 'bg-emerald-50 text-emerald-800 ring-emerald-600/20' },
  failed: { label: 'Failed', className: 'bg-red-50 text-red-800 ring-red-600/20' },
};

export function MessageStatusBadge({ status }: { status: MessageStatus }) {
  const { label, className } = BADGES[status];
  return (
    <span
      className={`inline-flex items-center whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${className}`}
    >
      {label}
    </span>
  );
}
