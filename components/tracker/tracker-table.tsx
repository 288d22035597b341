'use client';

import { DataTableBody } from '@/components/ui/data-table-body';
import { type ColumnDef, flexRender, getCoreRowModel, type SortingState, useReactTable, type VisibilityState } from '@tanstack/react-table';
import Link from 'next/link';
import { StatusBadge } from '@/components/shipments/status-badge';
import { COLUMN_LABELS, TRACKER_COLUMNS, type TrackerColumn } from '@/lib/tracker/columns';
import { shipmentDetailHref } from '@/lib/tracker/detail-href';
import type { TrackerRowView } from '@/lib/tracker/row-view';
import { OtpEligibleCell } from './otp-eligible-cell';

export interface SortLink {
  href: string;
  /** The direction this column is sorted in now, or null when the view is sorted by another column. */
  current: 'asc' | 'desc' | null;
}

interface TrackerTableProps {
  rows: TrackerRowView[];
  visible: TrackerColumn[];
  sortLinks: Partial<Record<TrackerColumn, SortLink>>;
  /** Appended to detail links so a manager stays on the same account. */
  detailSuffix: string;
}

// Moments and phone numbers may take two lines when the table is short of room, so the default columns fit
// 1280 px; the minimum width keeps a masked number or a time with its zone on one line.
const TWO_LINES_CLASS = 'block min-w-28 text-balance';

function columnsFor(detailSuffix: string): ColumnDef<TrackerRowView>[] {
  const cell: Record<TrackerColumn, ColumnDef<TrackerRowView>['cell']> = {
    trackingId: ({ row }) => (
      <Link
        href={shipmentDetailHref(row.original.trackingId, detailSuffix)}
        className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {row.original.trackingId}
      </Link>
    ),
    clientRef: ({ row }) => <span className="whitespace-nowrap font-mono text-xs">{row.original.clientRef}</span>,
    recipient: ({ row }) => <span className="whitespace-nowrap">{row.original.recipient}</span>,
    phone: ({ row }) => <span className={`${TWO_LINES_CLASS} tabular-nums`}>{row.original.phone}</span>,
    marketplace: ({ row }) => row.original.marketplace,
    value: ({ row }) => <span className="whitespace-nowrap tabular-nums">{row.original.value}</span>,
    otp: ({ row }) => <OtpEligibleCell row={row.original} />,
    status: ({ row }) => <StatusBadge state={row.original.state} />,
    lastEvent: ({ row }) => <span className={`${TWO_LINES_CLASS} text-slate-700`}>{row.original.lastEvent}</span>,
    created: ({ row }) => <span className={`${TWO_LINES_CLASS} text-slate-700`}>{row.original.created}</span>,
  };
  return TRACKER_COLUMNS.map((id) => ({ id, header: COLUMN_LABELS[id], cell: cell[id] }));
}

const ALIGN_RIGHT: ReadonlySet<string> = new Set(['value']);

/** The tracker's table: sorting and paging are done by the database, so sort headers are links to the next URL. */
export function TrackerTable({ rows, visible, sortLinks, detailSuffix }: TrackerTableProps) {
  const sorted = (Object.entries(sortLinks) as [TrackerColumn, SortLink][]).find(([, link]) => link.current !== null);
  const sorting: SortingState = sorted ? [{ id: sorted[0], desc: sorted[1].current === 'desc' }] : [];
  const columnVisibility: VisibilityState = Object.fromEntries(TRACKER_COLUMNS.map((c) => [c, visible.includes(c)]));
  const table = useReactTable({
    data: rows,
    columns: columnsFor(detailSuffix),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualPagination: true,
    state: { sorting, columnVisibility },
  });

  if (rows.length === 0) {
    return <p className="py-8 text-center text-sm text-slate-600">No shipments match this view.</p>;
  }
  return (
    // relative: the sr-only texts inside are absolutely positioned and must not widen the page.
    <div className="relative overflow-x-auto">
      {/* Narrower cell padding than other tables ([&_td]: the body's cells) lets the default columns fit 1280 px. */}
      <table className="min-w-full divide-y divide-slate-200 text-sm [&_td]:px-2">
        <caption className="sr-only">Shipments in this view</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
              {group.headers.map((header) => {
                const id = header.column.id as TrackerColumn;
                const link = sortLinks[id];
                const dir = header.column.getIsSorted();
                const label = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : undefined}
                    className={`px-2 py-2 align-bottom ${ALIGN_RIGHT.has(id) ? 'text-right' : ''}`}
                  >
                    {link ? (
                      <Link href={link.href} className="inline-flex items-center gap-1 hover:text-slate-900">
                        {label}
                        <span aria-hidden="true" className="text-slate-400">
                          {dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '↕'}
                        </span>
                        <span className="sr-only">, sort</span>
                      </Link>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <DataTableBody table={table} rightAligned={ALIGN_RIGHT} rowClassName="align-top hover:bg-slate-50" />
      </table>
    </div>
  );
}
