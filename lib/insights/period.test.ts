import { describe, expect, it } from 'vitest';
import { createdAtBoundsOf, labelDaysOf, lastLabelDays, latestLabelDay, parseInsightsPeriod } from './period';

const TODAY = '2026-12-01';

describe('parseInsightsPeriod', () => {
  it('reads the presets as the last n label days ending today, 30 by default', () => {
    expect(parseInsightsPeriod({}, TODAY)).toEqual({ ok: true, period: { preset: '30', from: '2026-11-02', to: TODAY, days: 30 } });
    expect(parseInsightsPeriod({ period: '7' }, TODAY)).toMatchObject({ ok: true, period: { from: '2026-11-25', days: 7 } });
    expect(parseInsightsPeriod({ period: '90' }, TODAY)).toMatchObject({ ok: true, period: { from: '2026-09-03', days: 90 } });
  });

  it('accepts a custom range, across a year end and a leap day', () => {
    expect(parseInsightsPeriod({ period: 'custom', from: '2023-12-31', to: '2024-03-01' }, TODAY)).toEqual({
      ok: true,
      period: { preset: 'custom', from: '2023-12-31', to: '2024-03-01', days: 62 },
    });
  });

  it.each([
    [{ period: '14' }, 'period', 'Period: choose 7, 30 or 90 days'],
    [{ period: 'custom', from: '2026-02-30', to: TODAY }, 'from', 'From: enter a date as YYYY-MM-DD.'],
    [{ period: 'custom', from: '2026-11-01' }, 'to', 'To: enter a date'],
    [{ period: 'custom', from: '2026-11-20', to: '2026-11-10' }, 'from', 'From: 2026-11-20 is after the end of the period (2026-11-10).'],
    [{ period: 'custom', from: '2026-11-20', to: '2026-12-02' }, 'to', 'To: 2026-12-02 is in the future'],
    [{ period: 'custom', from: '2025-11-30', to: TODAY }, 'from', 'at most 366 days (this one is 367)'],
  ])('refuses %o naming %s', (input, field, message) => {
    const parsed = parseInsightsPeriod(input, TODAY);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.field).toBe(field);
      expect(parsed.message).toContain(message);
    }
  });
});

describe('label days', () => {
  it('lists every day of a range', () => {
    expect(labelDaysOf({ from: '2026-02-27', to: '2026-03-01' })).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
  });

  it('bounds created_at widely enough for India (UTC+5:30) and the Americas', () => {
    const bounds = createdAtBoundsOf({ from: '2026-11-02', to: '2026-11-02' });
    expect(bounds.from.getTime()).toBeLessThanOrEqual(Date.parse('2026-11-01T18:30:00Z'));
    expect(bounds.before.getTime()).toBeGreaterThan(Date.parse('2026-11-03T05:00:00Z'));
  });
});

describe('latestLabelDay', () => {
  it('is India’s day once it has started there, while Europe is still on the day before', () => {
    // 18:30 UTC is midnight in India (+5:30); Europe is still on 30 June.
    expect(latestLabelDay(new Date('2026-06-30T18:29:59Z'))).toBe('2026-06-30');
    expect(latestLabelDay(new Date('2026-06-30T18:30:00Z'))).toBe('2026-07-01');
  });

  it('is the European day in the hours after UTC midnight too', () => {
    expect(latestLabelDay(new Date('2026-01-15T23:30:00Z'))).toBe('2026-01-16');
    expect(latestLabelDay(new Date('2026-01-16T00:30:00Z'))).toBe('2026-01-16');
  });
});

describe('lastLabelDays', () => {
  it('counts the days back from the latest label day, both ends included', () => {
    expect(lastLabelDays(30, new Date('2026-06-30T19:00:00Z'))).toEqual({ from: '2026-06-02', to: '2026-07-01' });
    expect(lastLabelDays(1, new Date('2026-03-01T12:00:00Z'))).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });
});
