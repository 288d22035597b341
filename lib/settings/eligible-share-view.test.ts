import { describe, expect, it } from 'vitest';
import { eligibleShareView, periodLabel } from './eligible-share-view';

const base = { otpEnabled: true, shipments: 40, eligible: 10, share: 0.25, otpEnabledAt: null, shippedSinceOtpEnabled: false };

describe('eligibleShareView', () => {
  it('shows the share with the figures behind it', () => {
    expect(eligibleShareView(base)).toEqual({ text: '25%', detail: '10 of 40 shipments OTP eligible.' });
  });

  it('says OTP is off instead of 0 %', () => {
    expect(eligibleShareView({ ...base, otpEnabled: false, eligible: 0, share: 0 }).text).toBe('OTP off');
  });

  it('explains a 0 % right after OTP was enabled', () => {
    const view = eligibleShareView({ ...base, eligible: 0, share: 0, otpEnabledAt: new Date('2026-11-30T15:00:00Z') });
    expect(view).toEqual({
      text: 'No shipments since OTP was enabled',
      detail: 'OTP was enabled on 30 Nov 2026; no shipment has been labelled since.',
    });
  });

  it('shows the share once shipments were labelled after OTP was enabled, saying since when', () => {
    const view = eligibleShareView({ ...base, otpEnabledAt: new Date('2026-11-30T15:00:00Z'), shippedSinceOtpEnabled: true });
    expect(view).toEqual({ text: '25%', detail: '10 of 40 shipments OTP eligible. OTP on since 30 Nov 2026.' });
  });

  it('shows a dash without shipments', () => {
    expect(eligibleShareView({ ...base, shipments: 0, eligible: 0, share: null }).text).toBe('—');
  });
});

describe('periodLabel', () => {
  it('names both ends, the year once when they share it', () => {
    expect(periodLabel({ from: '2026-11-02', to: '2026-12-01' })).toBe('2 Nov – 1 Dec 2026');
    expect(periodLabel({ from: '2026-12-15', to: '2027-01-13' })).toBe('15 Dec 2026 – 13 Jan 2027');
  });
});
