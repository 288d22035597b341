import { describe, expect, it } from 'vitest';
import {
  affectedCount,
  affectedRange,
  figureAbove,
  intrinsicOutcome,
  mergeReasonChanges,
  reasonChangesOf,
  thresholdSplit,
  type OtpSwitches,
} from './what-if';

const ON: OtpSwitches = { otpEnabled: true, emailNotifications: true, smsNotifications: true };
const SMS_OFF: OtpSwitches = { ...ON, smsNotifications: false };
const OFF: OtpSwitches = { otpEnabled: false, emailNotifications: false, smsNotifications: false };

describe('threshold what-if arithmetic', () => {
  it('names the first failing rule in rule order, or eligible', () => {
    expect(intrinsicOutcome(OFF, true)).toBe('OTP_NOT_ENABLED');
    expect(intrinsicOutcome({ ...ON, emailNotifications: false, smsNotifications: false }, true)).toBe('EMAIL_NOTIFICATIONS_OFF');
    expect(intrinsicOutcome(SMS_OFF, true)).toBe('SMS_NOTIFICATIONS_OFF');
    expect(intrinsicOutcome(ON, false)).toBe('BELOW_THRESHOLD');
    expect(intrinsicOutcome(ON, true)).toBe('eligible');
  });

  it.each([
    [0, 0, 1_000],
    [999, 0, 1_000],
    [1_000, 1, 2_000],
    [10_000, 10, 11_000],
    [99_999, 99, 100_000],
    [100_000, 100, 110_000],
    [999_999, 189, 1_000_000],
    [1_000_000, 190, null],
  ])('counts values above %i exactly inside band %i up to %s', (threshold, band, belowMinor) => {
    expect(thresholdSplit(threshold)).toEqual({ band, belowMinor });
  });

  it('adds the bands wholly above the threshold to the exact count inside its band', () => {
    const bands = [9, 10, 11, 190].map((band) => ({ band, intrinsic: { shipments: band, valueMinor: band * 1_000 } }));
    expect(figureAbove(bands, 10_000, { shipments: 3, valueMinor: 30_500 })).toEqual({
      shipments: 3 + 11 + 190,
      valueMinor: 30_500 + 201_000,
    });
    expect(figureAbove(bands, 9_999, { shipments: 0, valueMinor: 0 })).toEqual({ shipments: 10 + 11 + 190, valueMinor: 211_000 });
  });

  it('splits intrinsic shipments into the four cells of above / not above each threshold', () => {
    // 100 intrinsic; 40 above the old threshold, 25 above the new, higher one.
    expect(reasonChangesOf(100, { switches: ON, above: 40 }, { switches: ON, above: 25 })).toEqual([
      { from: 'eligible', to: 'BELOW_THRESHOLD', shipments: 15 },
    ]);
    expect(reasonChangesOf(100, { switches: ON, above: 25 }, { switches: SMS_OFF, above: 40 })).toEqual([
      { from: 'eligible', to: 'SMS_NOTIFICATIONS_OFF', shipments: 25 },
      { from: 'BELOW_THRESHOLD', to: 'SMS_NOTIFICATIONS_OFF', shipments: 75 },
    ]);
    expect(reasonChangesOf(100, { switches: OFF, above: 25 }, { switches: OFF, above: 40 })).toEqual([]);
  });

  it('counts and bounds the shipments whose need for OTP changes', () => {
    expect(affectedCount({ switches: ON, above: 40 }, { switches: ON, above: 25 })).toBe(15);
    expect(affectedCount({ switches: ON, above: 40 }, { switches: SMS_OFF, above: 25 })).toBe(40);
    expect(affectedCount({ switches: OFF, above: 40 }, { switches: ON, above: 25 })).toBe(25);
    expect(affectedCount({ switches: OFF, above: 40 }, { switches: SMS_OFF, above: 25 })).toBe(0);
    expect(affectedRange({ switches: ON, thresholdMinor: 15_000 }, { switches: ON, thresholdMinor: 10_000 })).toEqual({
      aboveMinor: 10_000,
      upToMinor: 15_000,
    });
    expect(affectedRange({ switches: ON, thresholdMinor: 10_000 }, { switches: ON, thresholdMinor: 10_000 })).toBeNull();
    expect(affectedRange({ switches: ON, thresholdMinor: 10_000 }, { switches: OFF, thresholdMinor: 5_000 })).toEqual({
      aboveMinor: 10_000,
      upToMinor: null,
    });
    expect(affectedRange({ switches: OFF, thresholdMinor: 10_000 }, { switches: ON, thresholdMinor: 5_000 })).toEqual({
      aboveMinor: 5_000,
      upToMinor: null,
    });
    expect(affectedRange({ switches: OFF, thresholdMinor: 10_000 }, { switches: SMS_OFF, thresholdMinor: 5_000 })).toBeNull();
  });

  it('adds up the reason changes of several marketplaces', () => {
    expect(
      mergeReasonChanges([
        [{ from: 'eligible', to: 'BELOW_THRESHOLD', shipments: 2 }],
        [
          { from: 'eligible', to: 'BELOW_THRESHOLD', shipments: 3 },
          { from: 'BELOW_THRESHOLD', to: 'eligible', shipments: 1 },
        ],
      ]),
    ).toEqual([
      { from: 'eligible', to: 'BELOW_THRESHOLD', shipments: 5 },
      { from: 'BELOW_THRESHOLD', to: 'eligible', shipments: 1 },
    ]);
  });
});
