import type { TrackerRowView } from '@/lib/tracker/row-view';

/** Yes, or No with the reasons a tap away: the tracker's OTP eligible value in its table and its cards. */
export function OtpEligibleCell({ row }: { row: TrackerRowView }) {
  if (row.otpEligible) return <span className="font-medium text-emerald-800">Yes</span>;
  if (row.otpReasons.length === 0) return <span>No</span>;
  return (
    <details className="group max-w-xs">
      <summary
        className="cursor-pointer list-none text-slate-800 underline decoration-dotted underline-offset-2"
        title={row.otpReasons.join('\n')}
      >
        No<span className="sr-only"> — show why</span>
      </summary>
      <ul className="mt-1 list-disc space-y-1 pl-4 text-xs text-slate-700">
        {row.otpReasons.map((reason) => (
          <li key={reason}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
