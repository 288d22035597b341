/** A moment in UTC, as webhook receivers log it (payload timestamps are UTC too). */
export function UtcTime({ at }: { at: Date }) {
  return (
    <time dateTime={at.toISOString()} className="whitespace-nowrap">
      {at.toLocaleString('en-GB', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium' })} UTC
    </time>
  );
}
