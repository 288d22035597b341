import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMinorAsDecimal, formatMoney, fromMinorUnits, toMinorUnits } from './money';

describe('toMinorUnits', () => {
  it.each([
    [115.01, 11501],
    [0.29, 29],
    [0.1, 10],
    [1.1, 110],
    [4.35, 435],
    [100, 10000],
    [100.01, 10001],
    [500.0, 50000],
    [0, 0],
    [-0, 0],
    [90071992547.4, 9007199254740],
    ['115.01', 11501],
    ['0.29', 29],
    ['7', 700],
    ['0.5', 50],
    ['007.50', 750],
    ['90071992547409.91', Number.MAX_SAFE_INTEGER],
  ] as const)('%s → %s minor units exactly', (value, minor) => {
    const result = toMinorUnits(value);
    expect(result).toEqual({ ok: true, minor });
    if (result.ok) expect(Object.is(result.minor, -0)).toBe(false);
  });

  it.each([
    [1.005, /more than 2 decimal places/],
    [0.1 + 0.2, /more than 2 decimal places/],
    [1e-7, /more than 2 decimal places/],
    ['12.345', /more than 2 decimal places/],
    ['1.500', /more than 2 decimal places/],
    [-1, /negative/],
    [-0.01, /negative/],
    ['-1', /negative/],
    [Number.NaN, /not a number/],
    [Number.POSITIVE_INFINITY, /finite/],
    [Number.NEGATIVE_INFINITY, /finite/],
    [JSON.parse('1e309') as number, /finite/],
    [2 ** 46, /too large/],
    [1e300, /too large/],
    ['90071992547409.92', /too large/],
    ['99999999999999999999', /too large/],
    ['', /empty/],
    ['abc', /digits/],
    [' 12', /digits/],
    ['12 ', /digits/],
    ['1,000.50', /digits/],
    ['1.000,50', /digits/],
    ['0x1F', /digits/],
    ['1e3', /digits/],
    ['+5', /digits/],
    ['.5', /digits/],
    ['5.', /digits/],
    ['NaN', /digits/],
    ['Infinity', /digits/],
    ['１２', /digits/],
  ] as const)('refuses %s', (value, reason) => {
    const result = toMinorUnits(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('refuses values that are neither numbers nor strings at run time', () => {
    expect(toMinorUnits(null as unknown as number).ok).toBe(false);
    expect(toMinorUnits({} as unknown as number).ok).toBe(false);
  });
});

describe('fromMinorUnits and formatMinorAsDecimal', () => {
  it.each([
    [11501, 115.01, '115.01'],
    [29, 0.29, '0.29'],
    [5, 0.05, '0.05'],
    [10000, 100, '100.00'],
    [0, 0, '0.00'],
    [-105, -1.05, '-1.05'],
    [Number.MAX_SAFE_INTEGER, 90071992547409.91, '90071992547409.91'],
  ])('%i minor units', (minor, major, decimal) => {
    expect(fromMinorUnits(minor)).toBe(major);
    expect(formatMinorAsDecimal(minor)).toBe(decimal);
  });

  it('throws on minor units that are not safe integers (a programming error)', () => {
    expect(() => fromMinorUnits(1.5)).toThrow(RangeError);
    expect(() => formatMinorAsDecimal(Number.NaN)).toThrow(RangeError);
    expect(() => formatMinorAsDecimal(2 ** 53)).toThrow(RangeError);
  });
});

describe('formatMoney', () => {
  it.each([
    [11501, 'GBP', 'en-GB', '£115.01'],
    [50000, 'INR', 'en-IN', '₹500.00'],
    [12345678, 'INR', 'en-IN', '₹1,23,456.78'],
    [10000, 'EUR', 'fr-FR', '100,00\u00a0€'],
    [10001, 'EUR', 'es-ES', '100,01\u00a0€'],
    [Number.MAX_SAFE_INTEGER, 'GBP', 'en-GB', '£90,071,992,547,409.91'],
  ])('%i %s in %s', (minor, currency, locale, expected) => {
    expect(formatMoney(minor, currency, locale)).toBe(expected);
  });
});

describe('money properties', () => {
  const numberLimit = 2 ** 46 * 100;
  const minorArb = fc.oneof(
    fc.nat(),
    fc.maxSafeNat().map((n) => n % numberLimit),
  );

  it('minor → number → minor and minor → decimal string → minor round-trip', () => {
    fc.assert(
      fc.property(minorArb, (minor) => {
        expect(toMinorUnits(fromMinorUnits(minor))).toEqual({ ok: true, minor });
        expect(toMinorUnits(formatMinorAsDecimal(minor))).toEqual({ ok: true, minor });
      }),
      { numRuns: 2000 },
    );
  });

  it('a number and the decimal it prints as convert alike (never rounded)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 2 ** 46, noNaN: true, noDefaultInfinity: true }), (value) => {
        const printed = String(value);
        fc.pre(!printed.includes('e') && value < 2 ** 46);
        expect(toMinorUnits(value)).toEqual(toMinorUnits(printed));
      }),
      { numRuns: 2000 },
    );
  });
});
