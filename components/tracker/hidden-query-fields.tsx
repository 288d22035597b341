import { serializeTrackerQuery, type TrackerQuery } from '@/lib/tracker/query';

/** The view's other params as hidden inputs, so a GET form changes only its own fields. */
export function HiddenQueryFields({ query, omit }: { query: TrackerQuery; omit: readonly string[] }) {
  const params = [...serializeTrackerQuery(query, { withCursor: false }).entries()].filter(([key]) => !omit.includes(key));
  return (
    <>
      {params.map(([key, value]) => (
        <input key={key} type="hidden" name={key} value={value} />
      ))}
    </>
  );
}
