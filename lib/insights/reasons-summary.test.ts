import { describe, expect, it } from 'vitest';
import { reasonsByDayRows, reasonsSummary, reasonTotals } from './reasons-summary';

const RANGE = { from: '2026-11-01', to: '2026-11-04' };
const CELLS = [
  { day: '2026-11-01', reason: 'PHONE_MISSING', shipments: 6 },
  { day: '2026-11-02', reason: 'PHONE_MISSING', shipments: 4 },
  { day: '2026-11-03', reason: 'PHONE_MISSING', shipments: 1 },
  { day: '2026-11-03', reason: 'SMS_NOTIFICATIONS_OFF', shipments: 9 },
  { day: '2026-11-04', reason: 'BELOW_THRESHOLD', shipments: 2 },
];

describe('reasons over time', () => {
  it('totals reasons, most first', () => {
    expect(reasonTotals(CELLS)).toEqual([
      { reason: 'PHONE_MISSING', shipments: 11 },
      { reason: 'SMS_NOTIFICATIONS_OFF', shipments: 9 },
      { reason: 'BELOW_THRESHOLD', shipments: 2 },
    ]);
  });

  it('has a row for every day of the period, empty days included', () => {
    const rows = reasonsByDayRows(CELLS.slice(0, 1), { from: '2026-10-31', to: '2026-11-01' }, ['PHONE_MISSING']);
    expect(rows).toEqual([
      { day: '2026-10-31', PHONE_MISSING: 0 },
      { day: '2026-11-01', PHONE_MISSING: 6 },
    ]);
  });

  it('says how many were not eligible, why, and where the leading reason went', () => {
    expect(reasonsSummary(CELLS, RANGE, 44)).toBe(
      '22 of 44 shipments (50%) were not OTP eligible. Leading reasons: Recipient phone number is missing (11, 50%); SMS notifications are off (9, 41%); Declared value does not exceed the threshold (2, 9%). Recipient phone number is missing fell from 10 in the first half of the period to 1 in the second.',
    );
  });

  it('says so when there is nothing to chart', () => {
    expect(reasonsSummary([], RANGE, 0)).toBe('No shipments were labelled in this period.');
    expect(reasonsSummary([], RANGE, 12)).toBe('Every one of the 12 shipments labelled in this period was OTP eligible.');
  });
});
