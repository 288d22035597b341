import { REASON_LABELS } from '../otp/reason-codes';
import { type TrackerQuery, trackerHref } from './query';

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

/** A filter the filter bar has no field for (the insights link to them), shown as a chip that removes it. */
export interface CohortFilterChip {
  key: 'label' | 'reason' | 'lockout' | 'attempt';
  label: string;
  removeHref: string;
}

const dayMonth = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short' });
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' });
const dateOf = (day: string) => new Date(`${day}T00:00:00Z`);

/** "2 Nov – 1 Dec 2026", "2 Dec 2025 – 8 Jan 2026", "2 Nov 2026" for one day. */
export function labelDaysText(from: string, to: string): string {
  if (from === to) return dayMonthYear.format(dateOf(from));
  const start = from.slice(0, 4) === to.slice(0, 4) ? dayMonth : dayMonthYear;
  return `${start.format(dateOf(from))} – ${dayMonthYear.format(dateOf(to))}`;
}

function labelRangeText(from: string | null, to: string | null): string {
  if (from && to) return `Labelled ${labelDaysText(from, to)}`;
  return from ? `Labelled from ${labelDaysText(from, from)}` : `Labelled up to ${labelDaysText(to!, to!)}`;
}

/** The view's cohort filters, each with its label and the link to the view without it. */
export function cohortFilterChips(query: TrackerQuery): CohortFilterChip[] {
  const chips: CohortFilterChip[] = [];
  if (query.labelFrom || query.labelTo) {
    chips.push({
      key: 'label',
      label: labelRangeText(query.labelFrom, query.labelTo),
      removeHref: trackerHref(query, { labelFrom: null, labelTo: null }),
    });
  }
  if (query.reason) {
    chips.push({
      key: 'reason',
      label: `Not eligible because: ${REASON_LABELS[query.reason]}`,
      removeHref: trackerHref(query, { reason: null }),
    });
  }
  if (query.lockedOut) {
    chips.push({ key: 'lockout', label: 'Passcode locked at least once', removeHref: trackerHref(query, { lockedOut: false }) });
  }
  if (query.firstAttempt) {
    chips.push({ key: 'attempt', label: 'Went out for delivery once', removeHref: trackerHref(query, { firstAttempt: false }) });
  }
  return chips;
}

/** Whether anything narrows the view, so "Clear filters" has something to clear. */
export function narrowsView(query: TrackerQuery): boolean {
  return (
    query.statuses.length > 0 ||
    activeFilterCount(query) > 0 ||
    query.upload !== null ||
    query.labelFrom !== null ||
    query.labelTo !== null ||
    query.reason !== null ||
    query.lockedOut ||
    query.firstAttempt
  );
}
