import { describe, expect, it } from 'vitest';
import { durationText, medianMinutesFromBins } from './median-from-bins';

describe('medianMinutesFromBins', () => {
  it('is null without durations', () => {
    expect(medianMinutesFromBins([])).toBeNull();
    expect(medianMinutesFromBins([{ bin: 3, count: 0 }])).toBeNull();
  });

  it('interpolates inside the bin holding the middle', () => {
    // 10 in 0–10 min, 10 in 10–20 min: the middle is the end of the first bin.
    expect(
      medianMinutesFromBins([
        { bin: 1, count: 10 },
        { bin: 0, count: 10 },
      ]),
    ).toBe(10);
    // 4 in 30–40 min: half way into it.
    expect(medianMinutesFromBins([{ bin: 3, count: 4 }])).toBe(35);
  });

  it('stays within 10 minutes of the exact median of the durations it was binned from', () => {
    const durations = Array.from({ length: 501 }, (_, i) => (i * 37) % 700);
    const counts = new Map<number, number>();
    for (const d of durations) counts.set(Math.min(Math.floor(d / 10), 72), (counts.get(Math.min(Math.floor(d / 10), 72)) ?? 0) + 1);
    const exact = [...durations].sort((a, b) => a - b)[250]!;
    const estimate = medianMinutesFromBins([...counts].map(([bin, count]) => ({ bin, count })))!;
    expect(Math.abs(estimate - exact)).toBeLessThanOrEqual(10);
  });

  it('reads the open last bin as 12 hours', () => {
    expect(
      medianMinutesFromBins([
        { bin: 72, count: 5 },
        { bin: 1, count: 1 },
      ]),
    ).toBe(720);
  });
});

describe('durationText', () => {
  it.each([
    [7.4, '7 min'],
    [125, '2 h 05 min'],
    [720, '12 h or more'],
  ])('%s minutes read "%s"', (minutes, text) => expect(durationText(minutes)).toBe(text));
});
