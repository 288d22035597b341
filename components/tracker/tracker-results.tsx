'use client';

import type { TrackerColumn } from '@/lib/tracker/columns';
import type { TrackerRowView } from '@/lib/tracker/row-view';
import { TrackerCards } from './tracker-cards';
import { type SortLink, TrackerTable } from './tracker-table';

interface TrackerResultsProps {
  rows: TrackerRowView[];
  visible: TrackerColumn[];
  sortLinks: Partial<Record<TrackerColumn, SortLink>>;
  /** Appended to detail links so a manager stays on the same account. */
  detailSuffix: string;
}

/**
 * The view's shipments: the table from the md breakpoint up, cards below it; which one shows is CSS alone.
 * A client component, so the rows reach the browser once, as data, for both: server-rendered cards would
 * also send each card's markup in the page's payload (measured: 93 KB of a 202 KB tracker page, and a
 * third of its render time).
 */
export function TrackerResults({ rows, visible, sortLinks, detailSuffix }: TrackerResultsProps) {
  // With nothing to show, the table's "no shipments" line serves every width.
  if (rows.length === 0) return <TrackerTable rows={rows} visible={visible} sortLinks={sortLinks} detailSuffix={detailSuffix} />;
  return (
    <>
      <div className="hidden md:block">
        <TrackerTable rows={rows} visible={visible} sortLinks={sortLinks} detailSuffix={detailSuffix} />
      </div>
      <TrackerCards rows={rows} detailSuffix={detailSuffix} className="md:hidden" />
    </>
  );
}
