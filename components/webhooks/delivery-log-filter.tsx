import { Button } from '@/components/ui/button';
import { OUTBOX_STATUS_LABELS } from '@/components/ui/outbox-status-badge';
import { DELIVERY_STATUSES, type DeliveryLogQuery } from './delivery-log-query';

/** Status filter for the delivery log: a plain GET form, so it works before any script has loaded. */
export function DeliveryLogFilter({ query }: { query: DeliveryLogQuery }) {
  return (
    <form method="get" action="#delivery-log" className="flex flex-wrap items-end gap-2">
      <div className="space-y-1">
        <label htmlFor="delivery-status-filter" className="block text-sm font-medium text-slate-700">
          Status
        </label>
        <select
          id="delivery-status-filter"
          name="status"
          defaultValue={query.status ?? ''}
          className="rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm"
        >
          <option value="">All</option>
          {DELIVERY_STATUSES.map((s) => (
            <option key={s} value={s}>
              {OUTBOX_STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Filter
      </Button>
    </form>
  );
}
