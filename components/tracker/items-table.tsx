import type { ShipmentDetail } from '@/db/queries/tracker';
import { moneyIn } from '@/lib/tracker/format';

export function ItemsTable({ items, marketplace }: { items: ShipmentDetail['items']; marketplace: string | null }) {
  if (items.length === 0) return <p className="text-sm text-slate-600">No items were declared.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Items in the package</caption>
        <thead>
          <tr className="text-left text-xs font-semibold uppercase tracking-wide text-slate-600">
            <th scope="col" className="py-2 pr-4">
              Item
            </th>
            <th scope="col" className="py-2 pr-4">
              Identifier
            </th>
            <th scope="col" className="py-2 pr-4 text-right">
              Qty
            </th>
            <th scope="col" className="py-2 text-right">
              Value
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.map((item, position) => (
            <tr key={position}>
              <td className="py-2 pr-4">{item.description ?? '—'}</td>
              <td className="py-2 pr-4 font-mono text-xs">{item.itemIdentifier ?? '—'}</td>
              <td className="py-2 pr-4 text-right tabular-nums">{item.quantity}</td>
              <td className="py-2 text-right tabular-nums">
                {item.valueMinor !== null && item.currency ? moneyIn(marketplace, item.valueMinor, item.currency) : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
