'use client';

import { createColumnHelper, getCoreRowModel, getPaginationRowModel, useReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import { DataTableBody } from '@/components/ui/data-table-body';
import { DataTableHead } from '@/components/ui/data-table-head';
import { inputClass } from '@/components/ui/field';
import { MARKETPLACES, marketplaceForCountry, REASON_CODES, REASON_LABELS, type ReasonCode } from '@/lib/otp';
import { formatMoney } from '@/lib/otp/money';
import type { CheckedPackage } from '@/lib/upload/checked-package';
import { filterPackages, type PackageFilter } from '@/lib/upload/package-filter';

const column = createColumnHelper<CheckedPackage>();

function money(pkg: CheckedPackage): string {
  const marketplace = marketplaceForCountry(pkg.countryCode);
  const locale = marketplace ? MARKETPLACES[marketplace].locale : 'en-GB';
  try {
    return formatMoney(pkg.insuredValue.minor, pkg.insuredValue.unit, locale);
  } catch {
    return `${pkg.insuredValue.value} ${pkg.insuredValue.unit}`;
  }
}

const COLUMNS = [
  column.accessor('location', { header: 'Where' }),
  column.accessor('packageClientReferenceId', {
    header: 'Client reference',
    cell: (c) => <span className="font-mono text-xs">{c.getValue()}</span>,
  }),
  column.accessor('recipientName', { header: 'Recipient' }),
  column.accessor('countryCode', { header: 'Country' }),
  column.display({ id: 'value', header: 'Insured value', cell: (c) => <span className="tabular-nums">{money(c.row.original)}</span> }),
  column.accessor('eligible', {
    header: 'OTP',
    cell: (c) =>
      c.getValue() ? (
        <span className="rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-800 ring-1 ring-inset ring-emerald-600/20">
          Eligible
        </span>
      ) : (
        <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 ring-1 ring-inset ring-slate-500/20">
          Not eligible
        </span>
      ),
  }),
  column.accessor('reasons', {
    header: 'Why not',
    cell: (c) => (
      <ul className="space-y-0.5">
        {c.getValue().map((r) => (
          <li key={r.code} title={r.message}>
            {REASON_LABELS[r.code]}
          </li>
        ))}
        {c.row.original.alreadyStored && <li className="text-slate-500">Already stored: will not be stored again</li>}
      </ul>
    ),
  }),
];

export function CheckedPackagesTable({
  packages,
  filter,
  onFilter,
}: {
  packages: CheckedPackage[];
  filter: PackageFilter;
  onFilter: (f: PackageFilter) => void;
}) {
  const rows = useMemo(() => filterPackages(packages, filter), [packages, filter]);
  const table = useReactTable({
    data: rows,
    columns: COLUMNS,
    getCoreRowModel: getCoreRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    initialState: { pagination: { pageSize: 25 } },
    autoResetPageIndex: true,
  });
  const { pageIndex } = table.getState().pagination;
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <label htmlFor="f-eligibility" className="block text-xs font-medium text-slate-600">
            OTP eligible
          </label>
          <select
            id="f-eligibility"
            className={inputClass}
            value={filter.eligibility}
            onChange={(e) => onFilter({ ...filter, eligibility: e.target.value as PackageFilter['eligibility'] })}
          >
            <option value="all">All packages</option>
            <option value="eligible">Eligible</option>
            <option value="not-eligible">Not eligible</option>
          </select>
        </div>
        <div>
          <label htmlFor="f-reason" className="block text-xs font-medium text-slate-600">
            Fails on
          </label>
          <select
            id="f-reason"
            className={inputClass}
            value={filter.reason ?? ''}
            onChange={(e) => onFilter({ ...filter, reason: (e.target.value || null) as ReasonCode | null })}
          >
            <option value="">Any reason</option>
            {REASON_CODES.map((code) => (
              <option key={code} value={code}>
                {REASON_LABELS[code]}
              </option>
            ))}
          </select>
        </div>
        <div className="flex items-end pb-2">
          <label className="flex items-center gap-2 text-sm text-slate-700">
            <input
              type="checkbox"
              className="size-4"
              checked={filter.onlyThatReason}
              disabled={!filter.reason}
              onChange={(e) => onFilter({ ...filter, onlyThatReason: e.target.checked })}
            />
            Only on that reason
          </label>
        </div>
        <div>
          <label htmlFor="f-text" className="block text-xs font-medium text-slate-600">
            Reference or recipient
          </label>
          <input id="f-text" className={inputClass} value={filter.text} onChange={(e) => onFilter({ ...filter, text: e.target.value })} />
        </div>
      </div>
      <p className="text-sm text-slate-600" aria-live="polite">
        {rows.length.toLocaleString('en-GB')} of {packages.length.toLocaleString('en-GB')} valid packages
      </p>
      <div className="overflow-x-auto rounded-lg border border-slate-200">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">Packages of the file and whether OTP applies</caption>
          <DataTableHead table={table} className="bg-slate-50" />
          <DataTableBody table={table} />
        </table>
      </div>
      {table.getPageCount() > 1 && (
        <nav aria-label="Pages of packages" className="flex items-center justify-between text-sm">
          <button
            type="button"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:text-slate-400"
            onClick={() => table.previousPage()}
            disabled={!table.getCanPreviousPage()}
          >
            Previous
          </button>
          <span className="tabular-nums text-slate-600">
            Page {pageIndex + 1} of {table.getPageCount().toLocaleString('en-GB')}
          </span>
          <button
            type="button"
            className="rounded-md border border-slate-300 bg-white px-3 py-1.5 disabled:text-slate-400"
            onClick={() => table.nextPage()}
            disabled={!table.getCanNextPage()}
          >
            Next
          </button>
        </nav>
      )}
    </div>
  );
}
