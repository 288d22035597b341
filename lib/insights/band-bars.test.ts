import { describe, expect, it } from 'vitest';
import { bandBarsOf, bandLabelAt } from './band-bars';

const bands = [
  { band: 9, shipments: 5, intrinsic: 4 },
  { band: 10, shipments: 3, intrinsic: 3 },
  { band: 12, shipments: 2, intrinsic: 1 },
];

describe('band bars', () => {
  it('puts each band below, across or above the proposed threshold, and fills the bands between', () => {
    // 100.00: every value of band 9 (90.00–99.99) is at or below it; band 10 starts at 100.00, which is not above it.
    expect(bandBarsOf(bands, 'GBP', 10000)).toEqual([
      { label: '£90.00–£99.99', below: 4, across: 0, above: 0, others: 1 },
      { label: '£100.00–£109.99', below: 0, across: 3, above: 0, others: 0 },
      { label: '£110.00–£119.99', below: 0, across: 0, above: 0, others: 0 },
      { label: '£120.00–£129.99', below: 0, across: 0, above: 1, others: 1 },
    ]);
    // 109.99: the whole of band 10 is at or below.
    expect(bandBarsOf(bands, 'GBP', 10999)[1]).toMatchObject({ below: 3, across: 0 });
    expect(bandBarsOf([], 'GBP', 10000)).toEqual([]);
  });

  it('finds the drawn band a threshold falls in', () => {
    const bars = bandBarsOf(bands, 'GBP', 10000);
    expect(bandLabelAt(bars, 'GBP', 11050)).toBe('£110.00–£119.99');
    expect(bandLabelAt(bars, 'GBP', 20000)).toBeNull();
  });
});
