import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility } from './eligibility';
import { LANDLINE, packageFor } from './eligibility-fixtures';
import { CURRENT_RULE_SET, RULE_SETS } from './reason-codes';
import { storedEligibilityOf } from './stored-eligibility';

describe('stored eligibility', () => {
  it('names the rule set the rules run today: a rule added or reordered must make a new set', () => {
    expect(evaluateOtpEligibility(packageFor('UK')).checks.map((c) => c.code)).toEqual([...RULE_SETS[CURRENT_RULE_SET]]);
  });

  it('never changes rule set 1: shipments stored with it read by this order', () => {
    expect(RULE_SETS[1]).toEqual([
      'OTP_NOT_ENABLED',
      'EMAIL_NOTIFICATIONS_OFF',
      'SMS_NOTIFICATIONS_OFF',
      'AMAZON_CHANNEL',
      'NOT_PREPAID',
      'UNSUPPORTED_MARKETPLACE',
      'INSURED_VALUE_MISSING',
      'CURRENCY_MISMATCH',
      'BELOW_THRESHOLD',
      'PHONE_MISSING',
      'PHONE_INVALID',
    ]);
  });

  it('keeps an eligible result as its threshold, with no rule left out of "passed"', () => {
    const stored = storedEligibilityOf(evaluateOtpEligibility(packageFor('IN')));
    expect(stored).toEqual({
      eligible: true,
      marketplace: 'IN',
      threshold: { value: 500, unit: 'INR', source: 'default' },
      reasons: [],
      warnings: [],
      ruleSet: CURRENT_RULE_SET,
      notPassed: {},
    });
  });

  it('keeps each rule that failed, and why a rule could not be judged', () => {
    const result = evaluateOtpEligibility(packageFor('UK', { account: { smsNotifications: false }, shipTo: { countryCode: 'US' } }));
    const stored = storedEligibilityOf(result);
    expect(stored.notPassed).toEqual({
      SMS_NOTIFICATIONS_OFF: 'failed',
      UNSUPPORTED_MARKETPLACE: 'failed',
      CURRENCY_MISMATCH: 'noMarketplace',
      BELOW_THRESHOLD: 'noMarketplace',
      PHONE_INVALID: 'noMarketplace',
    });
    expect(stored.reasons).toBe(result.reasons);
  });

  it('leaves out the normalised phone and the rules’ labels', () => {
    const result = evaluateOtpEligibility(packageFor('UK', { shipTo: { phoneNumber: LANDLINE.UK } }));
    const json = JSON.stringify(storedEligibilityOf(evaluateOtpEligibility(packageFor('UK'))));
    expect(json).not.toContain('+447');
    expect(json).not.toContain('label');
    expect(JSON.stringify(storedEligibilityOf(result)).length).toBeLessThan(JSON.stringify(result).length / 2);
  });
});
