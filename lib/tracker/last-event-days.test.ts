import { describe, expect, it } from 'vitest';
import { localDayRanges } from './last-event-days';

const iso = (d: Date | null | undefined) => d?.toISOString() ?? null;

describe('last-event days in each marketplace', () => {
  it('starts and ends each day at local midnight, summer time included', () => {
    const ranges = localDayRanges('2026-03-29', '2026-03-29');
    expect([iso(ranges.get('UK')!.start), iso(ranges.get('UK')!.end)]).toEqual(['2026-03-29T00:00:00.000Z', '2026-03-29T23:00:00.000Z']);
    expect([iso(ranges.get('FR')!.start), iso(ranges.get('FR')!.end)]).toEqual(['2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    expect([iso(ranges.get('IN')!.start), iso(ranges.get('IN')!.end)]).toEqual(['2026-03-28T18:30:00.000Z', '2026-03-29T18:30:00.000Z']);
  });

  it('keeps UTC days for a shipment outside every marketplace, and leaves an open side open', () => {
    const ranges = localDayRanges('2026-11-20', null);
    expect(ranges.get(null)).toEqual({ start: new Date('2026-11-20T00:00:00Z'), end: null });
    expect(ranges.get('IN')).toEqual({ start: new Date('2026-11-19T18:30:00Z'), end: null });
    expect(localDayRanges(null, '2026-11-20').get('ES')).toEqual({ start: null, end: new Date('2026-11-20T23:00:00Z') });
  });
});
