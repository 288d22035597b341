import Link from 'next/link';
import type { AccountFigures } from '@/db/queries/insights';

const count = (n: number) => n.toLocaleString('en-GB');
const share = (part: number, whole: number) => (whole === 0 ? '—' : `${((part / whole) * 100).toFixed(1)}%`);

/** A manager's accounts side by side for the period; each name opens that account's insights. */
export function AccountFiguresTable({ rows, hrefOf }: { rows: AccountFigures[]; hrefOf: (accountId: string) => string }) {
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">OTP figures per account</caption>
        <thead>
          <tr className="border-b border-slate-200 text-left text-slate-600">
            <th scope="col" className="px-2 py-2 font-medium">
              Account
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Shipments
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              OTP required
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Delivered with OTP
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              First attempt
            </th>
            <th scope="col" className="px-2 py-2 text-right font-medium">
              Lock-outs
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.accountId} className="border-b border-slate-100">
              <th scope="row" className="px-2 py-2 text-left font-normal">
                <Link href={hrefOf(row.accountId)} className="text-brand-700 underline">
                  {row.name}
                </Link>
              </th>
              <td className="px-2 py-2 text-right tabular-nums">{count(row.shipments)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{share(row.otpRequired, row.shipments)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{count(row.deliveredWithOtp)}</td>
              <td className="px-2 py-2 text-right tabular-nums">{share(row.deliveredWithOtpFirstAttempt, row.deliveredWithOtp)}</td>
              <td className="px-2 py-2 text-right tabular-nums">
                {count(row.lockouts)} <span className="text-slate-500">({share(row.lockouts, row.otpWentOut)})</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
