import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MONEY_VALUE, moneyValueSchema, toMinorUnits } from './money-field';

describe('toMinorUnits', () => {
  it.each([
    [115.01, 11501],
    [0.29, 29],
    [0.1, 10],
    [90.0, 9000],
    [0, 0],
    [1.1, 110],
    [4.35, 435],
    [MAX_MONEY_VALUE, 99_999_999_999],
  ])('%s → %s exactly', (value, minor) => {
    expect(toMinorUnits(value)).toBe(minor);
  });

  it.each([115.011, 0.001, 1e-7, -1, -0, Infinity, -Infinity, NaN, MAX_MONEY_VALUE + 0.01, 1e21])('%s → null', (value) => {
    expect(toMinorUnits(value)).toBeNull();
  });

  it('every whole number of minor units up to the cap comes back exactly from its decimal value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999 }), (minor) => {
        expect(toMinorUnits(minor / 100)).toBe(minor);
      }),
      { numRuns: 2000 },
    );
  });

  it('a third decimal digit is always refused, never rounded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 1, max: 9 }), (minor, third) => {
        expect(toMinorUnits(Number(`${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}${third}`))).toBeNull();
      }),
    );
  });
});

describe('moneyValueSchema', () => {
  it('explains each refusal', () => {
    const message = (value: unknown) => moneyValueSchema.safeParse(value).error?.issues[0]?.message;
    expect(message(-1)).toBe('must not be negative (got -1)');
    expect(message(-0)).toBe('must not be negative (got -0)');
    expect(message(12.345)).toBe('must have at most 2 decimal places; it is never rounded (got 12.345)');
    expect(message(1e10)).toBe(`must be at most ${MAX_MONEY_VALUE} (got 10000000000)`);
    expect(moneyValueSchema.safeParse(0).success).toBe(true);
  });
});
