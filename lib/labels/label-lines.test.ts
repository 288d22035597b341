import { describe, expect, it } from 'vitest';
import { addressLines, shipDateText, weightText } from './label-lines';

describe('label lines', () => {
  it("dates the label in the marketplace's own calendar", () => {
    const lateEveningUtc = new Date('2026-04-30T20:00:00Z');
    expect(shipDateText(lateEveningUtc, 'UK')).toBe('30 Apr 2026');
    expect(shipDateText(lateEveningUtc, 'IN')).toBe('1 May 2026');
  });

  it.each([
    [{ value: 900, unit: 'GRAM' as const }, '900 g'],
    [{ value: 1.255, unit: 'KILOGRAM' as const }, '1.26 kg'],
    [{ value: 12, unit: 'OUNCE' as const }, '12 oz'],
    [{ value: 2.5, unit: 'POUND' as const }, '2.5 lb'],
    [null, 'not recorded'],
  ])('writes the weight %j as %j', (weight, expected) => {
    expect(weightText(weight)).toBe(expected);
  });

  it('joins city and region, naming a region only once, and puts the postcode with the country', () => {
    const base = { name: 'Ananya Iyer', addressLine1: '14 MG Road', postalCode: '560001', countryCode: 'IN' };
    expect(addressLines({ ...base, city: 'Bengaluru', stateOrRegion: 'Karnataka' })).toEqual({
      name: 'Ananya Iyer',
      company: '',
      street: ['14 MG Road'],
      locality: 'Bengaluru, Karnataka',
      postal: '560001 IN',
    });
    expect(addressLines({ ...base, city: 'London', stateOrRegion: 'LONDON' }).locality).toBe('London');
    expect(addressLines({ ...base, city: 'Paris', stateOrRegion: '', addressLine2: null, addressLine3: 'Porte 3' }).street).toEqual([
      '14 MG Road',
      'Porte 3',
    ]);
  });
});
