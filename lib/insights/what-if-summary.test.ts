import { describe, expect, it } from 'vitest';
import { proposalText, type SummaryInput, whatIfSummary } from './what-if-summary';

const ON = { otpEnabled: true, emailNotifications: true, smsNotifications: true };
const BASE: SummaryInput = {
  switches: { before: ON, after: ON },
  marketplaces: [
    { marketplace: 'UK', currency: 'GBP', threshold: { before: { minor: 10000 }, after: { minor: 15000 } } },
    { marketplace: 'IN', currency: 'INR', threshold: { before: { minor: 50000 }, after: { minor: 50000 } } },
  ],
  totals: {
    needingOtp: { before: 1200, after: 950 },
    valueByCurrency: [
      { currency: 'GBP', beforeMinor: 24_000_00, afterMinor: 21_500_00 },
      { currency: 'INR', beforeMinor: 0, afterMinor: 0 },
    ],
  },
  lockouts: { rate: 0.02, expected: { before: 24, after: 19 } },
  affected: { total: 250 },
};

describe('what-if in words', () => {
  it('names only what changes', () => {
    expect(proposalText(BASE)).toBe('UK at £150.00');
    expect(proposalText({ ...BASE, switches: { before: ON, after: { ...ON, smsNotifications: false } } })).toBe(
      'UK at £150.00, SMS notifications off',
    );
    expect(proposalText({ ...BASE, marketplaces: [] })).toBe('the saved settings');
  });

  it('reads before and after, value and lock-outs', () => {
    expect(whatIfSummary(BASE)).toBe(
      'With UK at £150.00, 950 shipments would have needed a passcode instead of 1,200 (−250; 250 shipments change). Declared value protected: £21,500.00 instead of £24,000.00. At the observed lock-out rate of 2.0%, about 19.0 lock-outs instead of 24.0.',
    );
  });

  it('says when there is no lock-out rate', () => {
    expect(whatIfSummary({ ...BASE, lockouts: { rate: null, expected: null } })).toContain('no lock-out rate to project');
  });
});
