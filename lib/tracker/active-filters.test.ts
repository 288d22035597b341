import { describe, expect, it } from 'vitest';
import { activeFilterCount, cohortFilterChips, filtersButtonLabel, labelDaysText, narrowsView } from './active-filters';
import { DEFAULT_QUERY, parseTrackerQuery } from './query';

describe('active filters', () => {
  it('counts each filter bar field that narrows the view, and not the status chips, sort or page size', () => {
    expect(activeFilterCount(DEFAULT_QUERY)).toBe(0);
    expect(activeFilterCount({ ...DEFAULT_QUERY, statuses: ['delivered'], sort: 'value', size: 100 })).toBe(0);
    expect(
      activeFilterCount({
        ...DEFAULT_QUERY,
        q: 'emma',
        ids: ['SC1', 'SC2'],
        marketplace: 'UK',
        otp: 'no',
        from: '2026-11-01',
        to: '2026-11-30',
      }),
    ).toBe(6);
  });

  it('names the count only when there is one', () => {
    expect(filtersButtonLabel(0)).toBe('Filters');
    expect(filtersButtonLabel(2)).toBe('Filters (2 active)');
  });

  it('shows each insights filter as a chip whose link is the view without it', () => {
    const query = parseTrackerQuery(
      new URLSearchParams(
        'otp=no&market=IN&labelFrom=2026-11-02&labelTo=2026-12-01&reason=SMS_NOTIFICATIONS_OFF&lockout=yes&attempt=first',
      ),
    );
    const chips = cohortFilterChips(query);
    expect(chips.map((c) => [c.key, c.label])).toEqual([
      ['label', 'Labelled 2 Nov – 1 Dec 2026'],
      ['reason', 'Not eligible because: SMS notifications are off'],
      ['lockout', 'Passcode locked at least once'],
      ['attempt', 'Went out for delivery once'],
    ]);
    const without = (key: string) =>
      parseTrackerQuery(new URL(chips.find((c) => c.key === key)!.removeHref, 'http://portal.test').searchParams);
    expect(without('label')).toEqual({ ...query, labelFrom: null, labelTo: null });
    expect(without('reason')).toEqual({ ...query, reason: null });
    expect(without('lockout')).toEqual({ ...query, lockedOut: false });
    expect(without('attempt')).toEqual({ ...query, firstAttempt: false });
    expect(cohortFilterChips(DEFAULT_QUERY)).toEqual([]);
  });

  it('names label days in one year, across years, one day and open ranges', () => {
    expect(labelDaysText('2026-11-02', '2026-11-08')).toBe('2 Nov – 8 Nov 2026');
    expect(labelDaysText('2025-12-02', '2026-01-08')).toBe('2 Dec 2025 – 8 Jan 2026');
    expect(labelDaysText('2026-11-02', '2026-11-02')).toBe('2 Nov 2026');
    expect(cohortFilterChips({ ...DEFAULT_QUERY, labelFrom: '2026-11-02' })[0]!.label).toBe('Labelled from 2 Nov 2026');
    expect(cohortFilterChips({ ...DEFAULT_QUERY, labelTo: '2026-12-01' })[0]!.label).toBe('Labelled up to 1 Dec 2026');
  });

  it('says a view is narrowed by any filter, the insights ones included, and not by sort or page size', () => {
    expect(narrowsView({ ...DEFAULT_QUERY, sort: 'value', size: 100 })).toBe(false);
    for (const change of [
      { statuses: ['lost' as const] },
      { otp: 'yes' as const },
      { labelTo: '2026-11-30' },
      { reason: 'PHONE_MISSING' as const },
      { lockedOut: true },
      { firstAttempt: true },
    ]) {
      expect(narrowsView({ ...DEFAULT_QUERY, ...change }), JSON.stringify(change)).toBe(true);
    }
  });
});
