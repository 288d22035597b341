import { describe, expect, it } from 'vitest';
import { activeFilterCount, filtersButtonLabel } from './active-filters';
import { DEFAULT_QUERY } from './query';

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
});
