'use client';

import { DataTableBody } from '@/components/ui/data-table-body';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import Link from 'next/link';
import type { ManagedAccountRow } from '@/db/queries/managed-accounts';
import { Button } from '@/components/ui/button';
import { OnOffBadge } from '@/components/settings/on-off-badge';
import { MANAGED_SORTS, PAGE_SIZES, type ManagedAccountsQuery, type ManagedSort } from '@/lib/settings/managed-accounts-query';
import { EligibleShare } from './eligible-share';
import { ManagedAccountCards } from './managed-account-cards';
import { ManagedAccountsFilters } from './managed-accounts-filters';
import { ThresholdSummary } from './threshold-summary';
import { useManagedAccountsNavigation } from './use-managed-accounts-navigation';

const column = createColumnHelper<ManagedAccountRow>();

const columns = [
  column.accessor('name', {
    id: 'name',
    header: 'Account',
    cell: (c) => (
      <Link href={`/manager/accounts/${c.row.original.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline">
        {c.getValue()}
      </Link>
    ),
  }),
  column.accessor('marketplaces', { header: 'Marketplaces', enableSorting: false, cell: (c) => c.getValue().join(', ') }),
  column.accessor('otpEnabled', { id: 'otp', header: 'OTP', cell: (c) => <OnOffBadge on={c.getValue()} /> }),
  column.display({
    id: 'notifications',
    header: 'Email / SMS',
    cell: (c) => (
      <span className="flex gap-1">
        <OnOffBadge on={c.row.original.emailNotifications} onLabel="Email on" offLabel="Email off" />
        <OnOffBadge on={c.row.original.smsNotifications} onLabel="SMS on" offLabel="SMS off" />
      </span>
    ),
  }),
  column.display({
    id: 'thresholds',
    header: 'Thresholds',
    cell: (c) => <ThresholdSummary marketplaces={c.row.original.marketplaces} overrides={c.row.original.overrides} />,
  }),
  column.accessor('shipments30d', {
    id: 'shipments',
    header: 'Shipments (30 days)',
    cell: (c) => <span className="tabular-nums">{c.getValue().toLocaleString('en-GB')}</span>,
  }),
  column.accessor('eligibleShare', {
    id: 'eligibleShare',
    header: 'OTP eligible',
    cell: (c) => <EligibleShare row={c.row.original} />,
  }),
];

const NUMERIC = new Set(['shipments', 'eligibleShare']);

const SORT_LABELS: Record<ManagedSort, string> = {
  name: 'Name',
  otp: 'OTP',
  shipments: 'Shipments (30 days)',
  eligibleShare: 'OTP eligible',
};

interface Props {
  rows: ManagedAccountRow[];
  total: number;
  /** The state these rows were read with. */
  query: ManagedAccountsQuery;
}

/** The manager's accounts: sorting, filters and paging live in the URL and are done by the database. */
export function ManagedAccountsTable({ rows, total, query: shown }: Props) {
  const { query, navigate, pending } = useManagedAccountsNavigation(shown);

  const sorting: SortingState = [{ id: query.sort, desc: query.dir === 'desc' }];
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualSorting: true,
    manualFiltering: true,
    manualPagination: true,
    enableMultiSort: false,
    rowCount: total,
    state: { sorting, pagination: { pageIndex: query.page - 1, pageSize: query.pageSize } },
    onSortingChange: (updater) => {
      const next = typeof updater === 'function' ? updater(sorting) : updater;
      const [first] = next;
      if (first && (MANAGED_SORTS as readonly string[]).includes(first.id))
        navigate({ sort: first.id as ManagedSort, dir: first.desc ? 'desc' : 'asc' });
      else navigate({ sort: 'name', dir: 'asc' });
    },
    onPaginationChange: (updater) => {
      const next = typeof updater === 'function' ? updater({ pageIndex: query.page - 1, pageSize: query.pageSize }) : updater;
      navigate({ page: next.pageIndex + 1, pageSize: next.pageSize as ManagedAccountsQuery['pageSize'] }, next.pageSize !== query.pageSize);
    },
  });

  const pageCount = Math.max(1, Math.ceil(total / shown.pageSize));
  const first = total === 0 ? 0 : (shown.page - 1) * shown.pageSize + 1;
  const last = Math.min(total, shown.page * shown.pageSize);

  return (
    <div aria-busy={pending}>
      <ManagedAccountsFilters query={query} onChange={navigate} />
      <div className="mb-2 flex items-center gap-2 sm:hidden">
        <label htmlFor="sort-narrow" className="text-sm font-medium text-slate-700">
          Sort by
        </label>
        <select
          id="sort-narrow"
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
          value={`${query.sort}:${query.dir}`}
          onChange={(e) => {
            const [sort, dir] = e.target.value.split(':') as [ManagedSort, 'asc' | 'desc'];
            navigate({ sort, dir });
          }}
        >
          {MANAGED_SORTS.flatMap((sort) =>
            (['asc', 'desc'] as const).map((dir) => (
              <option key={`${sort}:${dir}`} value={`${sort}:${dir}`}>
                {SORT_LABELS[sort]} {dir === 'asc' ? '↑' : '↓'}
              </option>
            )),
          )}
        </select>
      </div>
      <div className={`sm:hidden ${pending ? 'opacity-60' : ''}`}>
        <ManagedAccountCards rows={rows} />
      </div>
      <div className={`hidden overflow-x-auto sm:block ${pending ? 'opacity-60' : ''}`}>
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Shipper accounts you manage</caption>
          <thead>
            {table.getHeaderGroups().map((group) => (
              <tr key={group.id} className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                {group.headers.map((header) => {
                  const sorted = header.column.getIsSorted();
                  const numeric = NUMERIC.has(header.column.id);
                  return (
                    <th
                      key={header.id}
                      scope="col"
                      className={`whitespace-nowrap px-3 py-2 ${numeric ? 'text-right' : ''}`}
                      aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    >
                      {header.column.getCanSort() ? (
                        <button
                          type="button"
                          onClick={() => header.column.toggleSorting(sorted === 'asc')}
                          className="inline-flex items-center gap-1 uppercase hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
                        >
                          {flexRender(header.column.columnDef.header, header.getContext())}
                          <span aria-hidden="true" className="text-slate-400">
                            {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                          </span>
                        </button>
                      ) : (
                        flexRender(header.column.columnDef.header, header.getContext())
                      )}
                    </th>
                  );
                })}
              </tr>
            ))}
          </thead>
          <DataTableBody table={table} rightAligned={NUMERIC} />
        </table>
      </div>
      {rows.length === 0 && <p className="py-6 text-center text-sm text-slate-600">No accounts match these filters.</p>}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm text-slate-600">
        <p aria-live="polite">
          {total === 0 ? 'No accounts' : `${first}–${last} of ${total} accounts`} · page {shown.page} of {pageCount}
        </p>
        <div className="flex items-center gap-2">
          <label htmlFor="page-size" className="text-sm">
            Per page
          </label>
          <select
            id="page-size"
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm"
            value={query.pageSize}
            onChange={(e) => table.setPageSize(Number(e.target.value))}
          >
            {PAGE_SIZES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <Button type="button" variant="secondary" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage() || pending}>
            Previous
          </Button>
          <Button type="button" variant="secondary" onClick={() => table.nextPage()} disabled={!table.getCanNextPage() || pending}>
            Next
          </Button>
        </div>
      </div>
    </div>
  );
}
