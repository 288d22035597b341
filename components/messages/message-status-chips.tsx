import Link from 'next/link';
import { countText } from '@/components/tracker/status-chips';
import type { CappedCount } from '@/db/queries/tracker';
import { OUTBOX_STATUS_LABELS } from '@/components/ui/outbox-status-badge';
import { MESSAGE_STATUSES, messageLogHref, type MessageLogQuery, type MessageStatus } from '@/lib/messages/log-query';

const chipClass = (on: boolean) =>
  `inline-flex items-center gap-2 rounded-full border px-3 py-1 text-sm ${
    on ? 'border-brand-600 bg-brand-50 font-medium text-brand-900' : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
  }`;

function sum(counts: CappedCount[]): CappedCount {
  return { count: counts.reduce((n, c) => n + c.count, 0), capped: counts.some((c) => c.capped) };
}

/** Messages per status under the other filters; each chip shows only that status. */
export function MessageStatusChips({ query, counts }: { query: MessageLogQuery; counts: Record<MessageStatus, CappedCount> }) {
  const chips: { status: MessageStatus | null; label: string; count: CappedCount }[] = [
    { status: null, label: 'All', count: sum(Object.values(counts)) },
    ...MESSAGE_STATUSES.map((status) => ({ status, label: OUTBOX_STATUS_LABELS[status], count: counts[status] })),
  ];
  return (
    <nav aria-label="Filter by status">
      <ul className="flex flex-wrap gap-2">
        {chips.map(({ status, label, count }) => {
          const on = query.status === status;
          return (
            <li key={label}>
              <Link
                href={messageLogHref(query, { status })}
                className={chipClass(on)}
                aria-current={on ? 'true' : undefined}
                data-testid={`chip-${status ?? 'all'}`}
              >
                {label}
                <span className="tabular-nums text-slate-600">{countText(count)}</span>
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
