import { PageLinks } from '@/components/ui/page-links';
import type { CappedCount } from '@/db/queries/tracker';
import type { Cursor, TrackerQuery } from '@/lib/tracker/query';
import { trackerHref } from '@/lib/tracker/query';
import { countText } from './status-chips';

export function Pager({
  query,
  next,
  prev,
  shown,
  total,
}: {
  query: TrackerQuery;
  next: Cursor | null;
  prev: Cursor | null;
  shown: number;
  total: CappedCount;
}) {
  return (
    <PageLinks
      summary={
        <p className="text-sm text-slate-600" data-testid="tracker-total">
          {shown.toLocaleString('en-GB')} shown of {countText(total)} shipment{total.count === 1 && !total.capped ? '' : 's'}
        </p>
      }
      firstHref={query.after || query.before ? trackerHref(query, { after: null, before: null }) : null}
      prevHref={prev ? trackerHref(query, { before: prev, after: null }) : null}
      nextHref={next ? trackerHref(query, { after: next, before: null }) : null}
    />
  );
}
