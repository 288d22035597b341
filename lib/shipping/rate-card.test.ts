import { describe, expect, it } from 'vitest';
import { billedKilograms, chargeFor, packageChargeMinor } from './rate-card';
import { serviceById } from './services';

const standardUk = serviceById('SWA-UK-STD')!;
const standardIn = serviceById('SWA-IN-STD')!;

describe('billedKilograms', () => {
  it.each([
    [{ value: 2800, unit: 'GRAM' }, 3],
    [{ value: 1000, unit: 'GRAM' }, 1],
    [{ value: 1001, unit: 'GRAM' }, 2],
    [{ value: 0.1, unit: 'GRAM' }, 1],
    [{ value: 2, unit: 'KILOGRAM' }, 2],
    [{ value: 2.0001, unit: 'KILOGRAM' }, 3],
    [{ value: 35.27396195, unit: 'OUNCE' }, 1],
    [{ value: 36, unit: 'OUNCE' }, 2],
    [{ value: 2.2, unit: 'POUND' }, 1],
    [{ value: 2.21, unit: 'POUND' }, 2],
  ] as const)('%o → %i kg', (weight, kilograms) => {
    expect(billedKilograms(weight)).toBe(kilograms);
  });
});

describe('charges', () => {
  it('the first kilogram, then each further started kilogram', () => {
    expect(packageChargeMinor(standardUk, 1)).toBe(395);
    expect(packageChargeMinor(standardUk, 3)).toBe(395 + 2 * 60);
  });

  it('a shipment pays the sum of its packages, in the marketplace minor units', () => {
    const weights = [
      { value: 2800, unit: 'GRAM' },
      { value: 500, unit: 'GRAM' },
    ] as const;
    expect(chargeFor(standardUk, weights)).toEqual({ billedKilograms: 4, totalChargeMinor: 515 + 395 });
    expect(chargeFor(standardIn, weights)).toEqual({ billedKilograms: 4, totalChargeMinor: (515 + 395) * 90 });
  });

  it('stays a whole number of minor units for the heaviest accepted package', () => {
    const { totalChargeMinor } = chargeFor(standardIn, [{ value: 1_000_000, unit: 'POUND' }]);
    expect(Number.isSafeInteger(totalChargeMinor)).toBe(true);
  });
});
