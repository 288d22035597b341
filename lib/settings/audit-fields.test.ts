import { describe, expect, it } from 'vitest';
import { auditFieldLabel, auditValueLabel, switchValue, thresholdField, thresholdValue } from './audit-fields';

describe('audit log wording', () => {
  it('names the fields a person reads', () => {
    expect(auditFieldLabel('smsNotifications')).toBe('SMS notifications');
    expect(auditFieldLabel('otpEnabled')).toBe('OTP Secure Delivery');
    expect(auditFieldLabel(thresholdField('IN'))).toBe('IN OTP threshold');
    expect(auditFieldLabel('threshold.US')).toBe('threshold.US');
  });

  it('stores thresholds with their currency and shows a cleared one as the default', () => {
    expect(thresholdValue(40000, 'IN')).toBe('400.00 INR');
    expect(thresholdValue(null, 'IN')).toBeNull();
    expect(auditValueLabel('threshold.IN', null)).toBe('default (500.00 INR)');
    expect(auditValueLabel('threshold.UK', '75.50 GBP')).toBe('75.50 GBP');
    expect(auditValueLabel('otpEnabled', switchValue(true))).toBe('on');
  });
});
