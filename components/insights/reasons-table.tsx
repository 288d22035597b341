import Link from 'next/link';
import { reasonLabel } from '@/lib/otp/reason-codes';

interface Props {
  rows: Record<string, number | string>[];
  reasons: string[];
  hrefs: Record<string, Record<string, string>> | null;
}

/** The reasons chart as a table: a row per label day with shipments, a column per reason, each count a tracker link. */
export function ReasonsTable({ rows, reasons, hrefs }: Props) {
  const shown = rows.filter((row) => reasons.some((r) => Number(row[r]) > 0));
  return (
    <div className="max-h-96 overflow-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">Shipments not OTP eligible per label day and reason</caption>
        <thead className="sticky top-0 bg-white">
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="px-2 py-1 font-medium">
              Label day
            </th>
            {reasons.map((r) => (
              <th key={r} scope="col" className="px-2 py-1 text-right font-medium">
                {reasonLabel(r)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={String(row.day)} className="border-b border-slate-100">
              <th scope="row" className="whitespace-nowrap px-2 py-1 text-left font-normal text-slate-700">
                {String(row.day)}
              </th>
              {reasons.map((r) => {
                const n = Number(row[r]);
                const href = hrefs?.[String(row.day)]?.[r];
                return (
                  <td key={r} className="px-2 py-1 text-right tabular-nums">
                    {n > 0 && href ? (
                      <Link href={href} className="text-brand-700 underline">
                        {n.toLocaleString('en-GB')}
                      </Link>
                    ) : (
                      n.toLocaleString('en-GB')
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length === 0 && <p className="py-2 text-sm text-slate-600">No shipment in this period was refused OTP.</p>}
    </div>
  );
}
