import type { ReasonCode } from '../otp/reason-codes';
import { valueBandBounds, valueBandOf } from './value-bands';

// The arithmetic of the threshold what-if over shipments whose OTP only the account's switches and its threshold
// decide ("intrinsic" ones, SQL `shipment_otp_intrinsic`): for them the shared rules reduce to
// otpEnabled ∧ email ∧ sms ∧ value > threshold, reported in this order.

export interface OtpSwitches {
  otpEnabled: boolean;
  emailNotifications: boolean;
  smsNotifications: boolean;
}

/** What decides an intrinsic shipment: its first failing rule, or eligible. */
export type IntrinsicOutcome =
  'eligible' | Extract<ReasonCode, 'OTP_NOT_ENABLED' | 'EMAIL_NOTIFICATIONS_OFF' | 'SMS_NOTIFICATIONS_OFF' | 'BELOW_THRESHOLD'>;

export interface ReasonChange {
  from: IntrinsicOutcome;
  to: IntrinsicOutcome;
  shipments: number;
}

export interface Figure {
  shipments: number;
  valueMinor: number;
}

export const NO_FIGURE: Figure = Object.freeze({ shipments: 0, valueMinor: 0 });

export function switchesAllOn(switches: OtpSwitches): boolean {
  return switches.otpEnabled && switches.emailNotifications && switches.smsNotifications;
}

export function intrinsicOutcome(switches: OtpSwitches, aboveThreshold: boolean): IntrinsicOutcome {
  if (!switches.otpEnabled) return 'OTP_NOT_ENABLED';
  if (!switches.emailNotifications) return 'EMAIL_NOTIFICATIONS_OFF';
  if (!switches.smsNotifications) return 'SMS_NOTIFICATIONS_OFF';
  return aboveThreshold ? 'eligible' : 'BELOW_THRESHOLD';
}

/**
 * How to count values above a threshold from value bands: every band after `band` lies wholly above it and is
 * summed from the rollup; the values of `band` itself above the threshold, (threshold, belowMinor), are counted
 * one by one (belowMinor null: no upper end).
 */
export function thresholdSplit(thresholdMinor: number): { band: number; belowMinor: number | null } {
  const band = valueBandOf(thresholdMinor);
  return { band, belowMinor: valueBandBounds(band).toMinor };
}

/** Intrinsic shipments above a threshold: the bands wholly above it plus the exact count inside its band. */
export function figureAbove(bands: readonly { band: number; intrinsic: Figure }[], thresholdMinor: number, insideBand: Figure): Figure {
  const { band: split } = thresholdSplit(thresholdMinor);
  let shipments = insideBand.shipments;
  let valueMinor = insideBand.valueMinor;
  for (const { band, intrinsic } of bands) {
    if (band > split) {
      shipments += intrinsic.shipments;
      valueMinor += intrinsic.valueMinor;
    }
  }
  return { shipments, valueMinor };
}

export interface Side {
  switches: OtpSwitches;
  /** Intrinsic shipments above this side's threshold. */
  above: number;
}

/**
 * Intrinsic shipments by outcome before and after, from the intrinsic total and the counts above each threshold
 * (the sets above two thresholds are nested, so these four cells are every combination). Only changes are kept,
 * one entry per (from, to).
 */
export function reasonChangesOf(intrinsic: number, before: Side, after: Side): ReasonChange[] {
  const aboveBoth = Math.min(before.above, after.above);
  const cells: [boolean, boolean, number][] = [
    [true, true, aboveBoth],
    [true, false, before.above - aboveBoth],
    [false, true, after.above - aboveBoth],
    [false, false, intrinsic - Math.max(before.above, after.above)],
  ];
  const changes: ReasonChange[] = [];
  for (const [aboveBefore, aboveAfter, shipments] of cells) {
    const from = intrinsicOutcome(before.switches, aboveBefore);
    const to = intrinsicOutcome(after.switches, aboveAfter);
    if (from !== to && shipments > 0) changes.push({ from, to, shipments });
  }
  return mergeReasonChanges([changes]);
}

/** Intrinsic shipments that need OTP on one side and not on the other. */
export function affectedCount(before: Side, after: Side): number {
  const beforeOn = switchesAllOn(before.switches);
  const afterOn = switchesAllOn(after.switches);
  if (beforeOn && afterOn) return Math.abs(before.above - after.above);
  if (beforeOn) return before.above;
  if (afterOn) return after.above;
  return 0;
}

/**
 * The values (aboveMinor, upToMinor] of the intrinsic shipments whose need for OTP changes (upToMinor null: no
 * end), or null when none can: the same set as `affectedCount` counts.
 */
export function affectedRange(
  before: { switches: OtpSwitches; thresholdMinor: number },
  after: { switches: OtpSwitches; thresholdMinor: number },
): { aboveMinor: number; upToMinor: number | null } | null {
  const beforeOn = switchesAllOn(before.switches);
  const afterOn = switchesAllOn(after.switches);
  if (beforeOn && afterOn) {
    if (before.thresholdMinor === after.thresholdMinor) return null;
    return {
      aboveMinor: Math.min(before.thresholdMinor, after.thresholdMinor),
      upToMinor: Math.max(before.thresholdMinor, after.thresholdMinor),
    };
  }
  if (beforeOn) return { aboveMinor: before.thresholdMinor, upToMinor: null };
  if (afterOn) return { aboveMinor: after.thresholdMinor, upToMinor: null };
  return null;
}

/** Reason changes of several marketplaces added up per (from, to). */
export function mergeReasonChanges(lists: readonly (readonly ReasonChange[])[]): ReasonChange[] {
  const byKey = new Map<string, ReasonChange>();
  for (const change of lists.flat()) {
    const key = `${change.from}>${change.to}`;
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, shipments: seen.shipments + change.shipments } : { ...change });
  }
  return [...byKey.values()];
}
