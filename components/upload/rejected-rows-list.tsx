import type { RejectedRow } from '@/lib/upload/types';

const SHOWN = 100;

export function RejectedRowsList({ rows }: { rows: RejectedRow[] }) {
  return (
    <div className="space-y-2">
      <ul className="divide-y divide-slate-100 rounded-lg border border-red-200 bg-white text-sm">
        {rows.slice(0, SHOWN).map((row) => (
          <li key={row.location} className="px-3 py-2">
            <span className="font-medium text-slate-900">{row.location}</span>
            <ul className="mt-1 list-disc pl-5 text-red-800">
              {row.errors.map((error, i) => (
                <li key={i}>{error.message}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      {rows.length > SHOWN && (
        <p className="text-sm text-slate-600">…and {(rows.length - SHOWN).toLocaleString('en-GB')} more in the CSV download.</p>
      )}
    </div>
  );
}
