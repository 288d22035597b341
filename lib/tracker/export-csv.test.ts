import { describe, expect, it } from 'vitest';
import { evaluateOtpEligibility, storedEligibilityOf, type EligibilityInput } from '../otp';
import { packageFor } from '../otp/eligibility-fixtures';
import { eligibilityView } from './eligibility-view';
import { EXPORT_HEADER, exportHeaderLine, exportLine } from './export-csv';
import { moneyIn, timeIn } from './format';

const row = {
  trackingId: 'SC123456789012',
  clientRef: '=HYPERLINK("http://evil")',
  recipientName: 'Dupont, "Jean"',
  recipientPhoneMasked: '+33 •••• ••• 678',
  marketplace: 'FR',
  insuredValueMinor: 15_001,
  insuredCurrency: 'EUR',
  otpEligible: false,
  otpReasons: [{ message: 'OTP is off.' }, { message: '@risk' }],
  trackerState: 'delivered_with_otp' as const,
  lastEventAt: new Date('2026-11-20T10:00:00Z'),
  createdAt: new Date('2026-11-19T10:00:00Z'),
};

describe('tracker CSV export', () => {
  it('writes RFC 4180 records with CRLF and neutralises formula cells', () => {
    expect(exportHeaderLine()).toBe(`${EXPORT_HEADER.join(',')}\r\n`);
    expect(exportLine(row)).toBe(
      `SC123456789012,"'=HYPERLINK(""http://evil"")","Dupont, ""Jean""",'+33 •••• ••• 678,FR,150.01,EUR,no,OTP is off. | @risk,Delivered With OTP,2026-11-20T10:00:00.000Z,2026-11-19T10:00:00.000Z\r\n`,
    );
    expect(exportLine({ ...row, recipientName: '-1+1', clientRef: '\tx' })).toContain(`'\tx,'-1+1,`);
  });
});

describe('tracker display formats', () => {
  it('formats money in the marketplace locale and time in its zone', () => {
    expect(moneyIn('UK', 15_000, 'GBP')).toBe('£150.00');
    expect(moneyIn('FR', 15_000, 'EUR')).toMatch(/^150,00\s€$/);
    expect(moneyIn('IN', 5_000_000, 'INR')).toBe('₹50,000.00');
    expect(timeIn('IN', new Date('2026-11-20T10:00:00Z'))).toContain('15:30');
    expect(timeIn('UK', new Date('2026-07-20T10:00:00Z'))).toContain('11:00');
  });
});

describe('eligibility explanation', () => {
  it('reads each rule as passed, failed (with its reason) or not checked', () => {
    const result = evaluateOtpEligibility({
      account: { otpEnabled: true, emailNotifications: true, smsNotifications: false },
      shipment: {
        channelType: 'EXTERNAL',
        prepaid: true,
        shipTo: { countryCode: 'GB', phoneNumber: '+447700900123' },
        insuredValue: { value: 150, unit: 'EUR' },
      },
    });
    const view = eligibilityView(storedEligibilityOf(result));
    const outcome = Object.fromEntries(view.rules.map((r) => [r.code, r.outcome]));
    expect(outcome).toMatchObject({
      OTP_NOT_ENABLED: 'passed',
      SMS_NOTIFICATIONS_OFF: 'failed',
      CURRENCY_MISMATCH: 'failed',
      BELOW_THRESHOLD: 'not_checked',
    });
    expect(view.rules.find((r) => r.code === 'SMS_NOTIFICATIONS_OFF')!.reason).toMatch(/SMS notifications are off/);
    expect(view.threshold).toEqual({ value: 100, unit: 'GBP', source: 'default' });
    expect(view.eligible).toBe(false);
  });

  it('shows from the stored result every rule as the rules judged it, labels included', () => {
    const inputs: EligibilityInput[] = [
      packageFor('UK'),
      packageFor('FR', { shipment: { prepaid: false, insuredValue: null }, shipTo: { phoneNumber: null } }),
      packageFor('IN', { account: { otpEnabled: false }, shipTo: { countryCode: 'US' } }),
      packageFor('IT', {
        shipment: { channelType: 'AMAZON', insuredValue: { value: 10, unit: 'GBP' } },
        shipTo: { phoneNumber: '06 1234 5678' },
      }),
    ];
    for (const input of inputs) {
      const result = evaluateOtpEligibility(input);
      const view = eligibilityView(storedEligibilityOf(result));
      expect(view.rules.map((r) => [r.code, r.label, r.outcome === 'passed'])).toEqual(
        result.checks.map((c) => [c.code, c.label, c.passed]),
      );
      expect(view.rules.filter((r) => r.reason !== null).map((r) => r.reason)).toEqual(result.reasons.map((r) => r.message));
    }
  });
});
