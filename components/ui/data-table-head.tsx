import { flexRender, type Table } from '@tanstack/react-table';

/** The header row(s) of a TanStack table whose headers are plain labels (no sorting controls). */
export function DataTableHead<Row>({ table, className }: { table: Table<Row>; className?: string }) {
  return (
    <thead className={className}>
      {table.getHeaderGroups().map((group) => (
        <tr key={group.id} className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
          {group.headers.map((header) => (
            <th key={header.id} scope="col" className="whitespace-nowrap px-3 py-2">
              {flexRender(header.column.columnDef.header, header.getContext())}
            </th>
          ))}
        </tr>
      ))}
    </thead>
  );
}
