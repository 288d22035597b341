import type { TrackerQuery } from './query';

/** How many of the filter bar's fields narrow the view (the status chips show their own state). */
export function activeFilterCount(query: TrackerQuery): number {
  return [
    query.q !== '',
    query.ids.length > 0,
    query.marketplace !== null,
    query.otp !== 'any',
    query.from !== null,
    query.to !== null,
  ].filter(Boolean).length;
}

/** The phone's filter button: the count only when something is set. */
export function filtersButtonLabel(count: number): string {
  return count === 0 ? 'Filters' : `Filters (${count} active)`;
}
