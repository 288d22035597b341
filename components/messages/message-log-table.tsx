'use client';

import { type ColumnDef, getCoreRowModel, useReactTable } from '@tanstack/react-table';
import Link from 'next/link';
import { DataTableBody } from '@/components/ui/data-table-body';
import { DataTableHead } from '@/components/ui/data-table-head';
import { OutboxStatusBadge } from '@/components/ui/outbox-status-badge';
import type { ServerAction } from '@/lib/actions/action-result';
import type { MessageLogRowView } from '@/lib/messages/log-row-view';
import { RetryMessageButton } from './retry-message-button';

function columnsFor(retry: ServerAction): ColumnDef<MessageLogRowView>[] {
  return [
    {
      id: 'created',
      header: 'Created',
      cell: ({ row }) => <span className="whitespace-nowrap text-slate-700">{row.original.created}</span>,
    },
    {
      id: 'message',
      header: 'Message',
      cell: ({ row }) => (
        <span className="flex flex-wrap items-center gap-1.5">
          <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs font-semibold uppercase text-slate-700">{row.original.channel}</span>
          <span className="whitespace-nowrap font-medium text-slate-900">{row.original.template}</span>
        </span>
      ),
    },
    { id: 'to', header: 'To', cell: ({ row }) => <span className="whitespace-nowrap tabular-nums">{row.original.to}</span> },
    {
      id: 'shipment',
      header: 'Shipment',
      cell: ({ row }) =>
        row.original.trackingId ? (
          <span className="whitespace-nowrap">
            <Link
              href={`/shipments/${encodeURIComponent(row.original.trackingId)}`}
              className="font-mono text-xs font-medium text-brand-700 underline-offset-2 hover:underline"
            >
              {row.original.trackingId}
            </Link>
            <span className="ml-1.5 text-xs text-slate-600">{row.original.marketplace}</span>
          </span>
        ) : (
          '—'
        ),
    },
    { id: 'account', header: 'Account', cell: ({ row }) => row.original.accountName },
    {
      id: 'status',
      header: 'Status',
      cell: ({ row }) => (
        <div className="min-w-48 space-y-1">
          <OutboxStatusBadge status={row.original.status} />
          <p className="text-xs text-slate-700">{row.original.statusText}</p>
          {row.original.error && <p className="break-words text-xs text-red-800">Last error: {row.original.error}</p>}
        </div>
      ),
    },
    {
      id: 'retry',
      header: () => <span className="sr-only">Retry</span>,
      cell: ({ row }) =>
        row.original.retryable && (
          <RetryMessageButton
            messageId={row.original.id}
            label={`${row.original.template} ${row.original.channel} to ${row.original.to}`}
            retry={retry}
          />
        ),
    },
  ];
}

interface MessageLogTableProps {
  rows: MessageLogRowView[];
  /** An account manager sees several accounts' messages: each row says whose. */
  showAccount: boolean;
  retry: ServerAction;
}

/** The message log's table: filters and paging are done by the database and held in the URL. */
export function MessageLogTable({ rows, showAccount, retry }: MessageLogTableProps) {
  const table = useReactTable({
    data: rows,
    columns: columnsFor(retry),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
    state: { columnVisibility: { account: showAccount } },
  });
  return (
    // relative: the sr-only header inside is absolutely positioned and must not widen the page.
    <div className="relative overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Messages to recipients, newest first</caption>
        <DataTableHead table={table} />
        <DataTableBody table={table} />
      </table>
    </div>
  );
}
