import { describe, expect, it } from 'vitest';
import { LAST_VALUE_BAND, valueBandBounds, valueBandLabel, valueBandOf } from './value-bands';

describe('value bands', () => {
  it.each([
    [0, 0],
    [999, 0],
    [1_000, 1],
    [99_999, 99],
    [100_000, 100],
    [109_999, 100],
    [110_000, 101],
    [999_999, 189],
    [1_000_000, 190],
    [Number.MAX_SAFE_INTEGER, 190],
    [-5, 0],
  ])('puts %i minor units in band %i', (minor, band) => {
    expect(valueBandOf(minor)).toBe(band);
  });

  it('has bounds that hold exactly the values of the band, each band starting where the one before ends', () => {
    let previousEnd = 0;
    for (let band = 0; band <= LAST_VALUE_BAND; band += 1) {
      const { fromMinor, toMinor } = valueBandBounds(band);
      expect(fromMinor).toBe(previousEnd);
      expect(valueBandOf(fromMinor)).toBe(band);
      if (toMinor === null) {
        expect(band).toBe(LAST_VALUE_BAND);
        break;
      }
      expect(valueBandOf(toMinor - 1)).toBe(band);
      expect(valueBandOf(toMinor)).toBe(band + 1);
      previousEnd = toMinor;
    }
    expect(valueBandBounds(LAST_VALUE_BAND)).toEqual({ fromMinor: 1_000_000, toMinor: null });
  });

  it('labels a band in its currency', () => {
    expect(valueBandLabel(10, 'GBP')).toBe('£100.00–£109.99');
    expect(valueBandLabel(100, 'EUR')).toBe('€1,000.00–€1,099.99');
    expect(valueBandLabel(0, 'INR')).toBe('₹0.00–₹9.99');
    expect(valueBandLabel(LAST_VALUE_BAND, 'GBP')).toBe('£10,000.00 or more');
  });

  it.each([[1.5], [Number.NaN], [2 ** 60]])('refuses %s as minor units', (minor) => {
    expect(() => valueBandOf(minor)).toThrow(RangeError);
  });

  it.each([[-1], [191], [2.5]])('refuses band %s', (band) => {
    expect(() => valueBandBounds(band)).toThrow(RangeError);
  });
});
