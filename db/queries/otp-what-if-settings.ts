import 'server-only';
import type { OtpSwitches } from '@/lib/insights/what-if';
import { fromMinorUnits } from '@/lib/otp/money';
import { byMarketplace, MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { resolveThreshold, type ResolvedThreshold } from '@/lib/otp/threshold';
import { SettingInputError } from '@/lib/settings/setting-error';
import type { DbOrTx } from '../client';
import type { ProposedThresholds } from './account-rule-settings';
import { loadApiAccount } from './api-account';

export interface ThresholdChoice {
  minor: number;
  isDefault: boolean;
}

/** One side of the what-if: the switches and the threshold the shared rules would apply in each marketplace. */
export interface WhatIfSettings {
  switches: OtpSwitches;
  thresholds: Readonly<Record<Marketplace, ThresholdChoice>>;
}

function choiceOf(resolved: ResolvedThreshold): ThresholdChoice {
  return { minor: resolved.minor, isDefault: resolved.applied.source === 'default' };
}

/** The threshold the rules apply for a proposed one: minor units, or null for the default; one they would ignore is refused. */
function proposedChoice(marketplace: Marketplace, minor: number | null): ThresholdChoice {
  if (minor === null) return choiceOf(resolveThreshold(marketplace, undefined));
  const refuse = () => new SettingInputError('thresholds', `${marketplace} threshold: must be a whole number of minor units, 0 or more.`);
  if (typeof minor !== 'number' || !Number.isSafeInteger(minor)) throw refuse();
  const unit = MARKETPLACES[marketplace].currency;
  const resolved = resolveThreshold(marketplace, { [marketplace]: { value: fromMinorUnits(minor), unit } });
  if (resolved.warning !== null) throw refuse();
  return choiceOf(resolved);
}

/** The account's saved switches and thresholds as the rules read them (one statement), and the marketplaces it ships to. */
export async function loadWhatIfSettings(db: DbOrTx, accountId: string): Promise<WhatIfSettings & { marketplaces: Marketplace[] }> {
  const { marketplaces, rules } = await loadApiAccount(db, accountId);
  const { thresholds: overrides, ...switches } = rules;
  const thresholds = byMarketplace(({ code }) => choiceOf(resolveThreshold(code, overrides)));
  return { switches, thresholds, marketplaces };
}

/**
 * The saved settings with proposed thresholds (minor units, null for the default) and switches laid over them.
 * A threshold the rules could not use, or a key that is not a marketplace or switch, is refused.
 */
export function proposedSettings(
  current: WhatIfSettings,
  thresholds: ProposedThresholds,
  switches: Partial<OtpSwitches> = {},
): WhatIfSettings {
  for (const key of Object.keys(thresholds)) {
    if (!(MARKETPLACE_CODES as readonly string[]).includes(key)) {
      throw new SettingInputError('thresholds', `thresholds: ${key} is not a marketplace; choose from ${MARKETPLACE_CODES.join(', ')}.`);
    }
  }
  const next = byMarketplace(({ code }) => {
    if (!Object.hasOwn(thresholds, code) || thresholds[code] === undefined) return current.thresholds[code];
    return proposedChoice(code, thresholds[code]);
  });
  for (const [key, value] of Object.entries(switches)) {
    if (!Object.hasOwn(current.switches, key)) throw new SettingInputError('switches', `switches: ${key} is not a switch.`);
    if (value !== undefined && typeof value !== 'boolean') throw new SettingInputError('switches', `switches: ${key} must be on or off.`);
  }
  const defined = Object.fromEntries(Object.entries(switches).filter(([, value]) => value !== undefined));
  return { switches: { ...current.switches, ...defined }, thresholds: next };
}
