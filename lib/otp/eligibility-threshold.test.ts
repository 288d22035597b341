import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility, type EligibilityInput } from './eligibility';
import { ALL_MARKETPLACES, packageFor } from './eligibility-fixtures';
import { MARKETPLACES, type Marketplace } from './marketplaces';

const declared = (value: number, unit: string) => ({ shipment: { insuredValue: { value, unit } } });

describe('default thresholds: strictly greater', () => {
  const cases = ALL_MARKETPLACES.flatMap((m) => {
    const { defaultThresholdMinor: t, currency } = MARKETPLACES[m];
    return [
      [m, (t - 1) / 100, currency, false],
      [m, t / 100, currency, false],
      [m, (t + 1) / 100, currency, true],
    ] as const;
  });

  it.each(cases)('%s: %s %s → eligible %s', (m, value, unit, eligible) => {
    const result = evaluateOtpEligibility(packageFor(m, declared(value, unit)));
    expect(result.eligible).toBe(eligible);
    expect(result.reasons.map((r) => r.code)).toEqual(eligible ? [] : ['BELOW_THRESHOLD']);
    expect(result.threshold).toEqual({ value: MARKETPLACES[m].defaultThresholdMinor / 100, unit, source: 'default' });
  });

  it.each([
    ['UK', 100, 'GBP', false],
    ['UK', 100.01, 'GBP', true],
    ['FR', 100, 'EUR', false],
    ['IT', 100.01, 'EUR', true],
    ['ES', 100.0, 'EUR', false],
    ['IN', 500, 'INR', false],
    ['IN', 500.01, 'INR', true],
    ['IN', 100.01, 'INR', false],
  ] as const)("the source's figures: %s %s %s → eligible %s", (m, value, unit, eligible) => {
    expect(evaluateOtpEligibility(packageFor(m, declared(value, unit))).eligible).toBe(eligible);
  });

  it('explains the comparison with both amounts', () => {
    const result = evaluateOtpEligibility(packageFor('IN', declared(500, 'INR')));
    expect(result.reasons[0]?.message).toBe(
      'The declared value 500.00 INR does not exceed the default IN OTP threshold of 500.00 INR; it must be more than the threshold.',
    );
  });
});

describe('account overrides', () => {
  const overrideFor = (m: Marketplace, major: number): NonNullable<EligibilityInput['account']['thresholds']> => ({
    [m]: { value: major, unit: MARKETPLACES[m].currency },
  });

  it.each(ALL_MARKETPLACES)('%s: an override is used and reported with source "account"', (m) => {
    const { currency } = MARKETPLACES[m];
    const account = { thresholds: overrideFor(m, 40) };
    const at = evaluateOtpEligibility(packageFor(m, { account, ...declared(40, currency) }));
    const above = evaluateOtpEligibility(packageFor(m, { account, ...declared(40.01, currency) }));
    expect(at.eligible).toBe(false);
    expect(at.reasons[0]?.message).toMatch(/this account's .* threshold of 40\.00/);
    expect(above.eligible).toBe(true);
    expect(above.threshold).toEqual({ value: 40, unit: currency, source: 'account' });
  });

  it.each(ALL_MARKETPLACES.flatMap((m) => ALL_MARKETPLACES.filter((n) => n !== m).map((n) => [m, n] as const)))(
    'an override for %s never reaches %s',
    (m, n) => {
      const { defaultThresholdMinor, currency } = MARKETPLACES[n];
      const result = evaluateOtpEligibility(
        packageFor(n, { account: { thresholds: overrideFor(m, 1) }, ...declared(defaultThresholdMinor / 100, currency) }),
      );
      expect(result.eligible).toBe(false);
      expect(result.threshold).toEqual({ value: defaultThresholdMinor / 100, unit: currency, source: 'default' });
      expect(result.warnings).toEqual([]);
    },
  );

  it('overrides for several marketplaces each apply only to their own', () => {
    const thresholds = { UK: { value: 50, unit: 'GBP' }, IN: { value: 2000, unit: 'INR' } };
    expect(evaluateOtpEligibility(packageFor('UK', { account: { thresholds }, ...declared(50.01, 'GBP') })).eligible).toBe(true);
    expect(evaluateOtpEligibility(packageFor('IN', { account: { thresholds }, ...declared(1000, 'INR') })).eligible).toBe(false);
    expect(evaluateOtpEligibility(packageFor('FR', { account: { thresholds }, ...declared(50.01, 'EUR') })).eligible).toBe(false);
  });

  it('an override of 0 makes any positive value eligible, but not 0 itself', () => {
    const account = { thresholds: { ES: { value: 0, unit: 'EUR' } } };
    expect(evaluateOtpEligibility(packageFor('ES', { account, ...declared(0.01, 'EUR') })).eligible).toBe(true);
    expect(evaluateOtpEligibility(packageFor('ES', { account, ...declared(0, 'EUR') })).eligible).toBe(false);
  });

  it.each([
    [
      'in the wrong currency',
      { value: 50, unit: 'EUR' },
      /is in "EUR" currency, not GBP, so it was ignored; the default of 100\.00 GBP was used\./,
    ],
    ['lower-case currency', { value: 50, unit: 'gbp' }, /not GBP/],
    ['NaN', { value: Number.NaN, unit: 'GBP' }, /not a valid amount \(the amount is not a number\)/],
    ['negative', { value: -5, unit: 'GBP' }, /must not be negative/],
    ['3 decimals', { value: 50.125, unit: 'GBP' }, /more than 2 decimal places/],
  ])('an override %s is ignored with a warning, and the default applies', (_name, override, warning) => {
    const account = { thresholds: { UK: override } };
    const below = evaluateOtpEligibility(packageFor('UK', { account, ...declared(60, 'GBP') }));
    expect(below.eligible).toBe(false);
    expect(below.reasons.map((r) => r.code)).toEqual(['BELOW_THRESHOLD']);
    expect(below.threshold).toEqual({ value: 100, unit: 'GBP', source: 'default' });
    expect(below.warnings).toEqual([{ code: 'THRESHOLD_OVERRIDE_IGNORED', message: expect.stringMatching(warning) }]);
    expect(evaluateOtpEligibility(packageFor('UK', { account, ...declared(100.01, 'GBP') })).eligible).toBe(true);
  });

  it('an account whose thresholds object has inherited keys is not fooled', () => {
    const thresholds = Object.create({ UK: { value: 1, unit: 'GBP' } }) as EligibilityInput['account']['thresholds'];
    const result = evaluateOtpEligibility(packageFor('UK', { account: { thresholds }, ...declared(50, 'GBP') }));
    expect(result.threshold?.source).toBe('default');
  });
});

describe('currency', () => {
  it.each([
    ['UK', 'EUR'],
    ['FR', 'GBP'],
    ['IT', 'INR'],
    ['ES', 'USD'],
    ['IN', 'GBP'],
  ] as const)('%s declared in %s: CURRENCY_MISMATCH, and the threshold is not compared', (m, unit) => {
    const result = evaluateOtpEligibility(packageFor(m, declared(1_000_000, unit)));
    expect(result.reasons).toEqual([
      {
        code: 'CURRENCY_MISMATCH',
        message: `The declared value is in "${unit}" currency, but ${m} shipments must declare it in ${MARKETPLACES[m].currency}.`,
      },
    ]);
    expect(result.checks.find((c) => c.code === 'BELOW_THRESHOLD')?.passed).toBe(false);
  });

  it('does not echo a long or odd currency string', () => {
    const result = evaluateOtpEligibility(packageFor('UK', declared(500, '<script>alert(1)</script>')));
    expect(result.reasons[0]?.message).toBe('The declared value is in an unrecognised currency, but UK shipments must declare it in GBP.');
  });
});
