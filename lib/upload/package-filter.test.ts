import { describe, expect, it } from 'vitest';
import type { CheckedPackage } from './checked-package';
import { filterPackages, NO_FILTER } from './package-filter';

const pkg = (ref: string, codes: CheckedPackage['reasons'][number]['code'][], name = 'Jane Doe'): CheckedPackage => ({
  location: 'line 2',
  packageClientReferenceId: ref,
  recipientName: name,
  countryCode: 'GB',
  insuredValue: { value: 120, unit: 'GBP', minor: 12000 },
  eligible: codes.length === 0,
  reasons: codes.map((code) => ({ code, message: code })),
  alreadyStored: false,
});

const packages = [
  pkg('A', []),
  pkg('B', ['PHONE_INVALID']),
  pkg('C', ['PHONE_INVALID', 'BELOW_THRESHOLD']),
  pkg('D', ['BELOW_THRESHOLD'], 'Arjun Mehta'),
];
const refs = (list: CheckedPackage[]) => list.map((p) => p.packageClientReferenceId);

describe('filterPackages', () => {
  it('keeps everything with no filter', () => expect(refs(filterPackages(packages, NO_FILTER))).toEqual(['A', 'B', 'C', 'D']));
  it('filters on eligibility', () => {
    expect(refs(filterPackages(packages, { ...NO_FILTER, eligibility: 'eligible' }))).toEqual(['A']);
    expect(refs(filterPackages(packages, { ...NO_FILTER, eligibility: 'not-eligible' }))).toEqual(['B', 'C', 'D']);
  });
  it('finds the ones failing on a reason, or only on it', () => {
    expect(refs(filterPackages(packages, { ...NO_FILTER, reason: 'PHONE_INVALID' }))).toEqual(['B', 'C']);
    expect(refs(filterPackages(packages, { ...NO_FILTER, reason: 'PHONE_INVALID', onlyThatReason: true }))).toEqual(['B']);
  });
  it('searches reference and recipient name', () => {
    expect(refs(filterPackages(packages, { ...NO_FILTER, text: 'arjun' }))).toEqual(['D']);
    expect(refs(filterPackages(packages, { ...NO_FILTER, text: ' c ' }))).toEqual(['C']);
  });
});
