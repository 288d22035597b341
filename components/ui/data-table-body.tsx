import { flexRender, type Table } from '@tanstack/react-table';

/** The body rows of a TanStack table, one cell per visible column (test id `cell-<column id>`); numbers can be right-aligned by column id. */
export function DataTableBody<Row>({
  table,
  rightAligned,
  rowClassName = 'align-top',
}: {
  table: Table<Row>;
  rightAligned?: ReadonlySet<string>;
  rowClassName?: string;
}) {
  return (
    <tbody className="divide-y divide-slate-100 bg-white">
      {table.getRowModel().rows.map((row) => (
        <tr key={row.id} className={rowClassName}>
          {row.getVisibleCells().map((cell) => (
            <td
              key={cell.id}
              data-testid={`cell-${cell.column.id}`}
              className={`px-3 py-2 text-slate-800 ${rightAligned?.has(cell.column.id) ? 'text-right' : ''}`}
            >
              {flexRender(cell.column.columnDef.cell, cell.getContext())}
            </td>
          ))}
        </tr>
      ))}
    </tbody>
  );
}
