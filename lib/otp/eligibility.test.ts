import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility, REASON_CODES, REASON_LABELS, RULE_LABELS, type EligibilityResult, type ReasonCode } from './eligibility';
import { ALL_MARKETPLACES, LANDLINE, packageFor, VALID_MOBILE } from './eligibility-fixtures';
import { MARKETPLACES, type Marketplace } from './marketplaces';

const codes = (result: EligibilityResult) => result.reasons.map((r) => r.code);
const failing = (result: EligibilityResult) => result.checks.filter((c) => !c.passed).map((c) => c.code);

describe('the eligible baseline', () => {
  it.each(ALL_MARKETPLACES)('%s: every check passes', (m) => {
    const result = evaluateOtpEligibility(packageFor(m));
    expect(result).toEqual({
      eligible: true,
      marketplace: m,
      threshold: { value: MARKETPLACES[m].defaultThresholdMinor / 100, unit: MARKETPLACES[m].currency, source: 'default' },
      reasons: [],
      warnings: [],
      checks: REASON_CODES.map((code) => ({ code, passed: true, label: RULE_LABELS[code] })),
      recipientPhoneE164: VALID_MOBILE[m].e164,
    });
  });
});

type Breaker = [ReasonCode, string, (m: Marketplace) => Parameters<typeof packageFor>[1], RegExp];

const BREAKERS: Breaker[] = [
  ['OTP_NOT_ENABLED', 'OTP off', () => ({ account: { otpEnabled: false } }), /account manager/],
  ['EMAIL_NOTIFICATIONS_OFF', 'email off', () => ({ account: { emailNotifications: false } }), /Recipient Experience/],
  ['SMS_NOTIFICATIONS_OFF', 'SMS off', () => ({ account: { smsNotifications: false } }), /Recipient Experience/],
  ['AMAZON_CHANNEL', 'Amazon order', () => ({ shipment: { channelType: 'AMAZON' } }), /Off-Amazon/],
  ['NOT_PREPAID', 'collect on delivery', () => ({ shipment: { prepaid: false } }), /prepaid/],
  ['UNSUPPORTED_MARKETPLACE', 'ship to US', () => ({ shipTo: { countryCode: 'US' } }), /"US".*GB, FR, IT, ES and IN/],
  [
    'UNSUPPORTED_MARKETPLACE',
    'lower-case code',
    (m) => ({ shipTo: { countryCode: MARKETPLACES[m].countryCode.toLowerCase() } }),
    /capitals/,
  ],
  [
    'UNSUPPORTED_MARKETPLACE',
    'UK is not an ISO code',
    () => ({ shipTo: { countryCode: 'UK' } }),
    /"UK" \(the ISO code for the United Kingdom is GB\)/,
  ],
  ['UNSUPPORTED_MARKETPLACE', 'empty country', () => ({ shipTo: { countryCode: '' } }), /no country code/],
  ['INSURED_VALUE_MISSING', 'insuredValue null', () => ({ shipment: { insuredValue: null } }), /no declared value/],
  ['INSURED_VALUE_MISSING', 'insuredValue absent', () => ({ shipment: { insuredValue: undefined } }), /no declared value/],
  [
    'INSURED_VALUE_MISSING',
    'NaN',
    (m) => ({ shipment: { insuredValue: { value: Number.NaN, unit: MARKETPLACES[m].currency } } }),
    /not a valid amount: the amount is not a number\.$/,
  ],
  [
    'INSURED_VALUE_MISSING',
    'Infinity',
    (m) => ({ shipment: { insuredValue: { value: Infinity, unit: MARKETPLACES[m].currency } } }),
    /finite/,
  ],
  [
    'INSURED_VALUE_MISSING',
    'negative',
    (m) => ({ shipment: { insuredValue: { value: -600, unit: MARKETPLACES[m].currency } } }),
    /negative/,
  ],
  [
    'INSURED_VALUE_MISSING',
    '3 decimals',
    (m) => ({ shipment: { insuredValue: { value: 600.005, unit: MARKETPLACES[m].currency } } }),
    /more than 2 decimal places/,
  ],
  ['CURRENCY_MISMATCH', 'USD', () => ({ shipment: { insuredValue: { value: 900, unit: 'USD' } } }), /"USD"/],
  [
    'CURRENCY_MISMATCH',
    'lower-case currency',
    (m) => ({ shipment: { insuredValue: { value: 900, unit: MARKETPLACES[m].currency.toLowerCase() } } }),
    /must declare it in/,
  ],
  [
    'BELOW_THRESHOLD',
    'exactly the threshold',
    (m) => ({ shipment: { insuredValue: { value: MARKETPLACES[m].defaultThresholdMinor / 100, unit: MARKETPLACES[m].currency } } }),
    /does not exceed the default/,
  ],
  ['BELOW_THRESHOLD', 'zero', (m) => ({ shipment: { insuredValue: { value: 0, unit: MARKETPLACES[m].currency } } }), /0\.00/],
  ['PHONE_MISSING', 'phone null', () => ({ shipTo: { phoneNumber: null } }), /phone number/],
  ['PHONE_MISSING', 'phone absent', () => ({ shipTo: { phoneNumber: undefined } }), /phone number/],
  ['PHONE_MISSING', 'phone empty', () => ({ shipTo: { phoneNumber: '' } }), /phone number/],
  ['PHONE_MISSING', 'phone only spaces', () => ({ shipTo: { phoneNumber: '   ' } }), /phone number/],
  ['PHONE_INVALID', 'landline', (m) => ({ shipTo: { phoneNumber: LANDLINE[m] } }), /^Not a valid .* mobile number/],
  ['PHONE_INVALID', 'letters', () => ({ shipTo: { phoneNumber: 'CALL ME' } }), /letter "C"/],
  ['PHONE_INVALID', 'NBSP', () => ({ shipTo: { phoneNumber: '\u00a0' } }), /U\+00A0/],
];

describe('each rule alone', () => {
  const cases = ALL_MARKETPLACES.flatMap((m) => BREAKERS.map(([code, what, make, message]) => [m, code, what, make, message] as const));

  it.each(cases)('%s: %s (%s)', (m, code, _what, make, message) => {
    const result = evaluateOtpEligibility(packageFor(m, make(m)));
    expect(result.eligible).toBe(false);
    expect(codes(result)).toEqual([code]);
    expect(result.reasons[0]?.message).toMatch(message);
    expect(failing(result)).toContain(code);
  });
});

describe('all failures at once, in rule order', () => {
  const everythingOff = { otpEnabled: false, emailNotifications: false, smsNotifications: false };
  const ACCOUNT_AND_SHIPMENT: ReasonCode[] = [
    'OTP_NOT_ENABLED',
    'EMAIL_NOTIFICATIONS_OFF',
    'SMS_NOTIFICATIONS_OFF',
    'AMAZON_CHANNEL',
    'NOT_PREPAID',
  ];
  const scenarios: [string, Parameters<typeof packageFor>[1], ReasonCode[]][] = [
    [
      'invalid amount in a foreign currency, invalid phone',
      {
        account: everythingOff,
        shipment: { channelType: 'AMAZON', prepaid: false, insuredValue: { value: Number.NaN, unit: 'USD' } },
        shipTo: { phoneNumber: '0' },
      },
      [...ACCOUNT_AND_SHIPMENT, 'INSURED_VALUE_MISSING', 'CURRENCY_MISMATCH', 'PHONE_INVALID'],
    ],
    [
      'at the threshold, no phone',
      {
        account: everythingOff,
        shipment: { channelType: 'AMAZON', prepaid: false, insuredValue: { value: 100, unit: 'GBP' } },
        shipTo: { phoneNumber: null },
      },
      [...ACCOUNT_AND_SHIPMENT, 'BELOW_THRESHOLD', 'PHONE_MISSING'],
    ],
    [
      'unsupported country, no value, no phone',
      {
        account: everythingOff,
        shipment: { channelType: 'AMAZON', prepaid: false, insuredValue: null },
        shipTo: { countryCode: 'DE', phoneNumber: null },
      },
      [...ACCOUNT_AND_SHIPMENT, 'UNSUPPORTED_MARKETPLACE', 'INSURED_VALUE_MISSING', 'PHONE_MISSING'],
    ],
  ];

  it.each(scenarios)('%s', (_name, overrides, expected) => {
    const result = evaluateOtpEligibility(packageFor('UK', overrides));
    expect(result.eligible).toBe(false);
    expect(codes(result)).toEqual(expected);
    expect(result.warnings).toEqual([]);
  });

  it('between them the scenarios report every reason code', () => {
    expect(new Set(scenarios.flatMap(([, , expected]) => expected))).toEqual(new Set(REASON_CODES));
  });
});

describe('rules that cannot be judged', () => {
  it('an unsupported country leaves currency, threshold and mobile checks unjudged, with no reasons of their own', () => {
    const result = evaluateOtpEligibility(packageFor('UK', { shipTo: { countryCode: 'US' } }));
    expect(codes(result)).toEqual(['UNSUPPORTED_MARKETPLACE']);
    expect(result.marketplace).toBeNull();
    expect(result.threshold).toBeNull();
    expect(result.recipientPhoneE164).toBeNull();
    expect(failing(result)).toEqual(['UNSUPPORTED_MARKETPLACE', 'CURRENCY_MISMATCH', 'BELOW_THRESHOLD', 'PHONE_INVALID']);
    for (const check of result.checks.filter((c) => !c.passed && c.code !== 'UNSUPPORTED_MARKETPLACE')) {
      expect(check.label).toBe(`${RULE_LABELS[check.code]} (not checked: the ship-to country is not an OTP marketplace)`);
    }
  });

  it.each([
    ['no declared value', { shipment: { insuredValue: null } }, ['CURRENCY_MISMATCH', 'BELOW_THRESHOLD'], /no valid declared value/],
    ['invalid declared value', { shipment: { insuredValue: { value: -1, unit: 'GBP' } } }, ['BELOW_THRESHOLD'], /no valid declared value/],
    ['declared in another currency', { shipment: { insuredValue: { value: 5, unit: 'EUR' } } }, ['BELOW_THRESHOLD'], /another currency/],
    ['no phone', { shipTo: { phoneNumber: null } }, ['PHONE_INVALID'], /no phone number/],
  ] as const)('%s', (_name, overrides, unjudged, label) => {
    const result = evaluateOtpEligibility(packageFor('UK', overrides));
    const reasonCodes = codes(result);
    for (const code of unjudged) {
      expect(reasonCodes).not.toContain(code);
      const check = result.checks.find((c) => c.code === code);
      expect(check?.passed).toBe(false);
      expect(check?.label).toMatch(label);
    }
  });
});

describe('result shape', () => {
  it('checks list all 11 rules in REASON_CODES order; reasons follow the same order', () => {
    const result = evaluateOtpEligibility(packageFor('IN', { account: { otpEnabled: false }, shipTo: { phoneNumber: 'x' } }));
    expect(result.checks.map((c) => c.code)).toEqual(REASON_CODES);
    expect(codes(result)).toEqual(['OTP_NOT_ENABLED', 'PHONE_INVALID']);
  });

  it('the normalised mobile is reported even when another rule fails', () => {
    const result = evaluateOtpEligibility(packageFor('FR', { account: { smsNotifications: false } }));
    expect(result.recipientPhoneE164).toBe('+33612345678');
  });

  it('REASON_CODES has 11 codes, each with a label and a rule label', () => {
    expect(REASON_CODES).toHaveLength(11);
    expect(REASON_LABELS.PHONE_INVALID).toBe('Phone number is not a valid mobile');
    for (const code of REASON_CODES) {
      expect(REASON_LABELS[code]).toMatch(/\S/);
      expect(RULE_LABELS[code]).toMatch(/\S/);
    }
  });

  it('shared parts of a result are frozen, so one caller cannot change another result', () => {
    const result = evaluateOtpEligibility(packageFor('UK'));
    expect(Object.isFrozen(result.checks[0])).toBe(true);
    expect(Object.isFrozen(result.threshold)).toBe(true);
    expect(() => result.reasons.push({ code: 'PHONE_MISSING', message: 'x' })).not.toThrow();
  });
});
