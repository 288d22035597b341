import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';
import { thresholdMinorOf } from '../settings/threshold-input';
import { type InsightsParams, type InsightsQuery, parseInsightsQuery } from './insights-query';
import type { OtpSwitches } from './what-if';

export const SWITCH_PARAMS = { otp: 'otpEnabled', email: 'emailNotifications', sms: 'smsNotifications' } as const satisfies Record<
  string,
  keyof OtpSwitches
>;
type SwitchParam = keyof typeof SWITCH_PARAMS;

export interface WhatIfQuery extends InsightsQuery {
  /** Proposed thresholds in minor units, per marketplace typed in (blank: keep the saved one). */
  thresholds: Partial<Record<Marketplace, number>>;
  /** The amounts as typed, to show them back. */
  typedThresholds: Partial<Record<Marketplace, string>>;
  /** One message per refused amount, naming its marketplace ("UK threshold: …"). */
  thresholdErrors: Partial<Record<Marketplace, string>>;
  switches: Partial<OtpSwitches>;
  typedSwitches: Partial<Record<SwitchParam, 'on' | 'off'>>;
}

const one = (value: string | string[] | undefined): string => (Array.isArray(value) ? (value.at(-1) ?? '') : (value ?? '')).trim();

/** The what-if's URL: the insights view, plus `<MARKETPLACE>=<amount>` thresholds and `otp|email|sms=on|off` switches. */
export function parseWhatIfQuery(params: InsightsParams, today: string): WhatIfQuery {
  const query: WhatIfQuery = {
    ...parseInsightsQuery(params, today),
    thresholds: {},
    typedThresholds: {},
    thresholdErrors: {},
    switches: {},
    typedSwitches: {},
  };
  for (const marketplace of MARKETPLACE_CODES) {
    const typed = one(params[marketplace]);
    if (typed === '') continue;
    query.typedThresholds[marketplace] = typed;
    const parsed = thresholdMinorOf(typed);
    if (parsed.ok) query.thresholds[marketplace] = parsed.minor;
    else query.thresholdErrors[marketplace] = `${marketplace} threshold: ${parsed.reason}`;
  }
  for (const [param, key] of Object.entries(SWITCH_PARAMS) as [SwitchParam, keyof OtpSwitches][]) {
    const typed = one(params[param]);
    if (typed !== 'on' && typed !== 'off') continue;
    query.typedSwitches[param] = typed;
    query.switches[key] = typed === 'on';
  }
  return query;
}
