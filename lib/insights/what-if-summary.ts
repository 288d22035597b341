import { formatMoney } from '../otp/money';
import type { Marketplace } from '../otp/marketplaces';
import { REASON_LABELS } from '../otp/reason-codes';
import type { OtpSwitches, ReasonChange } from './what-if';

/** What the sentence reads (db/queries/otp-what-if.ts `WhatIf`, kept structural so this stays pure). */
export interface SummaryInput {
  switches: { before: OtpSwitches; after: OtpSwitches };
  marketplaces: {
    marketplace: Marketplace;
    currency: string;
    threshold: { before: { minor: number }; after: { minor: number } };
  }[];
  totals: {
    needingOtp: { before: number; after: number };
    valueByCurrency: { currency: string; beforeMinor: number; afterMinor: number }[];
  };
  lockouts: { rate: number | null; expected: { before: number; after: number } | null };
  affected: { total: number };
}

const count = (n: number) => n.toLocaleString('en-GB');
const SWITCH_NAMES: Record<keyof OtpSwitches, string> = {
  otpEnabled: 'OTP',
  emailNotifications: 'Email notifications',
  smsNotifications: 'SMS notifications',
};

/** The proposal in words: "UK at £150.00, SMS notifications off", or "the saved settings". */
export function proposalText(input: SummaryInput): string {
  const parts = input.marketplaces
    .filter((m) => m.threshold.before.minor !== m.threshold.after.minor)
    .map((m) => `${m.marketplace} at ${formatMoney(m.threshold.after.minor, m.currency, 'en-GB')}`);
  for (const key of Object.keys(SWITCH_NAMES) as (keyof OtpSwitches)[]) {
    if (input.switches.before[key] !== input.switches.after[key])
      parts.push(`${SWITCH_NAMES[key]} ${input.switches.after[key] ? 'on' : 'off'}`);
  }
  return parts.length === 0 ? 'the saved settings' : parts.join(', ');
}

/** Before vs after in one paragraph: packages needing OTP, their value, expected lock-outs. */
export function whatIfSummary(input: SummaryInput): string {
  const { before, after } = input.totals.needingOtp;
  const diff = after - before;
  const change = diff === 0 ? 'no change' : `${diff > 0 ? '+' : '−'}${count(Math.abs(diff))}`;
  const values = input.totals.valueByCurrency
    .filter((v) => v.beforeMinor !== 0 || v.afterMinor !== 0)
    .map((v) => `${formatMoney(v.afterMinor, v.currency, 'en-GB')} instead of ${formatMoney(v.beforeMinor, v.currency, 'en-GB')}`)
    .join(', ');
  const lockouts =
    input.lockouts.rate === null || input.lockouts.expected === null
      ? ' No OTP package went out for delivery in the period, so there is no lock-out rate to project.'
      : ` At the observed lock-out rate of ${(input.lockouts.rate * 100).toFixed(1)}%, about ${input.lockouts.expected.after.toFixed(1)} lock-outs instead of ${input.lockouts.expected.before.toFixed(1)}.`;
  return (
    `With ${proposalText(input)}, ${count(after)} shipments would have needed a passcode instead of ${count(before)} (${change}; ${count(input.affected.total)} shipments change).` +
    (values ? ` Declared value protected: ${values}.` : '') +
    lockouts
  );
}

export function outcomeLabel(outcome: ReasonChange['from']): string {
  return outcome === 'eligible' ? 'Needs OTP' : REASON_LABELS[outcome];
}
