import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility, REASON_CODES, type EligibilityInput } from './eligibility';
import { packageFor } from './eligibility-fixtures';

const gbp = (value: number) => ({ value, unit: 'GBP' });

describe("the source's sample package", () => {
  // From the announcement's get-rates / one-click-shipment sample: insuredValue 115.01 GBP,
  // items 90.00 GBP and 15.01 GBP, quantity 1 each. Those items add up to 105.01, not 115.01,
  // which the source allows ("there's no mandatory cross-validation"): a warning, not a reason.
  const sample = packageFor('UK', {
    shipment: {
      insuredValue: gbp(115.01),
      items: [
        { quantity: 1, itemValue: gbp(90.0) },
        { quantity: 1, itemValue: gbp(15.01) },
      ],
    },
  });

  it('is eligible for a UK account with OTP on, against the default 100 GBP threshold', () => {
    const result = evaluateOtpEligibility(sample);
    expect(result.eligible).toBe(true);
    expect(result.reasons).toEqual([]);
    expect(result.marketplace).toBe('UK');
    expect(result.threshold).toEqual({ value: 100, unit: 'GBP', source: 'default' });
  });

  it('warns that its items add up to 105.01, not 115.01', () => {
    expect(evaluateOtpEligibility(sample).warnings).toEqual([
      {
        code: 'ITEM_VALUE_MISMATCH',
        message:
          'The declared value (insuredValue) 115.01 GBP differs from the sum of the item values (105.01 GBP); OTP uses the declared value, so check it is right.',
      },
    ]);
  });

  it('is not eligible when the account has OTP off', () => {
    const result = evaluateOtpEligibility({ ...sample, account: { ...sample.account, otpEnabled: false } });
    expect(result.reasons.map((r) => r.code)).toEqual(['OTP_NOT_ENABLED']);
  });
});

describe('item values are only ever a warning', () => {
  const withItems = (insured: number, items: EligibilityInput['shipment']['items']) =>
    evaluateOtpEligibility(packageFor('UK', { shipment: { insuredValue: gbp(insured), items } }));

  it('no warning when the items add up (value × quantity)', () => {
    const result = withItems(120.5, [
      { quantity: 2, itemValue: gbp(50.25) },
      { quantity: 1, itemValue: gbp(20) },
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.eligible).toBe(true);
  });

  it('items adding up to more than the threshold do not make a low declared value eligible', () => {
    const result = withItems(99.99, [{ quantity: 3, itemValue: gbp(100) }]);
    expect(result.reasons.map((r) => r.code)).toEqual(['BELOW_THRESHOLD']);
    expect(result.warnings.map((w) => w.code)).toEqual(['ITEM_VALUE_MISMATCH']);
  });

  it.each([
    ['no items', []],
    ['items without values', [{ quantity: 1 }, { quantity: 2, itemValue: null }]],
    ['some items without values', [{ quantity: 1, itemValue: gbp(1) }, { quantity: 1 }]],
    ['an invalid item value', [{ quantity: 1, itemValue: gbp(Number.NaN) }]],
    ['a fractional quantity', [{ quantity: 1.5, itemValue: gbp(10) }]],
    ['a zero quantity', [{ quantity: 0, itemValue: gbp(10) }]],
  ])('no comparison with %s', (_name, items) => {
    expect(withItems(150, items).warnings).toEqual([]);
  });

  it('items in another currency give ITEM_CURRENCY_MISMATCH, still only a warning', () => {
    const result = withItems(150, [{ quantity: 1, itemValue: { value: 150, unit: 'EUR' } }]);
    expect(result.eligible).toBe(true);
    expect(result.warnings.map((w) => w.code)).toEqual(['ITEM_CURRENCY_MISMATCH']);
  });

  it('no item comparison when the declared value is already refused', () => {
    const result = evaluateOtpEligibility(
      packageFor('UK', { shipment: { insuredValue: { value: 150, unit: 'EUR' }, items: [{ quantity: 1, itemValue: gbp(1) }] } }),
    );
    expect(result.warnings).toEqual([]);
  });
});

describe('eligibility properties', () => {
  const money = fc.record({
    value: fc.oneof(
      fc.double({ noDefaultInfinity: false }),
      fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
    ),
    unit: fc.constantFrom('GBP', 'EUR', 'INR', 'USD', 'gbp', ''),
  });
  const inputArb: fc.Arbitrary<EligibilityInput> = fc.record({
    account: fc.record(
      {
        otpEnabled: fc.boolean(),
        emailNotifications: fc.boolean(),
        smsNotifications: fc.boolean(),
        thresholds: fc.dictionary(fc.constantFrom('UK', 'FR', 'IT', 'ES', 'IN'), money),
      },
      { requiredKeys: ['otpEnabled', 'emailNotifications', 'smsNotifications'] },
    ),
    shipment: fc.record({
      channelType: fc.constantFrom('EXTERNAL' as const, 'AMAZON' as const),
      prepaid: fc.boolean(),
      shipTo: fc.record({
        countryCode: fc.constantFrom('GB', 'FR', 'IT', 'ES', 'IN', 'US', 'gb', ''),
        phoneNumber: fc.option(
          fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.constantFrom('07123456789', '+919876543210', '0612345678')),
        ),
      }),
      insuredValue: fc.option(money),
      items: fc.array(fc.record({ quantity: fc.integer({ min: -1, max: 5 }), itemValue: fc.option(money) }), { maxLength: 3 }),
    }),
  });

  it('never throws; eligible exactly when every check passes; every reason has a failing check', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = evaluateOtpEligibility(input);
        expect(result.checks.map((c) => c.code)).toEqual(REASON_CODES);
        expect(result.eligible).toBe(result.checks.every((c) => c.passed));
        expect(result.eligible).toBe(result.reasons.length === 0);
        const failing = result.checks.filter((c) => !c.passed).map((c) => c.code);
        const codes = result.reasons.map((r) => r.code);
        expect(failing.filter((code) => codes.includes(code))).toEqual(codes);
        expect(result.recipientPhoneE164 === null).toBe(result.checks[10]?.passed !== true);
        expect((result.marketplace === null) === (result.threshold === null)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('the same input always gives the same result', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        expect(evaluateOtpEligibility(input)).toEqual(evaluateOtpEligibility(input));
      }),
    );
  });

  it('handles 50,000-character strings in every field quickly', () => {
    const huge = '9'.repeat(50_000);
    const input = packageFor('IN', {
      shipment: { insuredValue: { value: Number(huge), unit: huge } },
      shipTo: { countryCode: huge, phoneNumber: huge },
    });
    const start = performance.now();
    const result = evaluateOtpEligibility(input);
    expect(performance.now() - start).toBeLessThan(50);
    expect(result.reasons.map((r) => r.code)).toEqual(['UNSUPPORTED_MARKETPLACE', 'INSURED_VALUE_MISSING']);
    expect(evaluateOtpEligibility(packageFor('IN', { shipTo: { phoneNumber: huge } })).reasons.map((r) => r.code)).toEqual([
      'PHONE_INVALID',
    ]);
  });
});
