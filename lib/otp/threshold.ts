import { formatMinorAsDecimal, fromMinorUnits } from './money';
import { moneyErrorMessage, parseMinorUnits } from './money-parse';
import { asClause, quoted } from './text';
import { byMarketplace, MARKETPLACES, type CurrencyCode, type Marketplace, type MarketplaceInfo } from './marketplaces';

export interface ThresholdOverride {
  value: number;
  unit: string;
}

export interface AppliedThreshold {
  value: number;
  unit: CurrencyCode;
  source: 'default' | 'account';
}

export interface ResolvedThreshold {
  minor: number;
  applied: AppliedThreshold;
  /** Set when an account override exists but could not be used. */
  warning: { code: 'THRESHOLD_OVERRIDE_IGNORED'; message: string } | null;
}

function defaultFor(info: MarketplaceInfo): ResolvedThreshold {
  const applied = Object.freeze({ value: fromMinorUnits(info.defaultThresholdMinor), unit: info.currency, source: 'default' as const });
  return Object.freeze({ minor: info.defaultThresholdMinor, applied, warning: null });
}

const DEFAULTS: Readonly<Record<Marketplace, ResolvedThreshold>> = byMarketplace(({ code }) => defaultFor(MARKETPLACES[code]));

/**
 * The threshold for one marketplace: the account's override for exactly that marketplace when it
 * is a valid amount in the marketplace's currency, else the default. An unusable override is
 * ignored with a warning rather than blocking every package of the account.
 */
export function resolveThreshold(
  marketplace: Marketplace,
  overrides: Partial<Record<Marketplace, ThresholdOverride>> | undefined,
): ResolvedThreshold {
  const fallback = DEFAULTS[marketplace];
  const override = overrides != null && Object.hasOwn(overrides, marketplace) ? overrides[marketplace] : undefined;
  if (override == null) return fallback;
  const info = MARKETPLACES[marketplace];
  if (override.unit !== info.currency) {
    return ignored(
      fallback,
      `The account's ${marketplace} threshold is in ${quoted(override.unit, 'an unrecognised')} currency, not ${info.currency}, so it was ignored`,
    );
  }
  const minor = parseMinorUnits(override.value);
  if (minor < 0) {
    return ignored(
      fallback,
      `The account's ${marketplace} threshold is not a valid amount (${asClause(moneyErrorMessage(minor))}), so it was ignored`,
    );
  }
  return {
    minor,
    applied: { value: fromMinorUnits(minor), unit: info.currency, source: 'account' },
    warning: null,
  };
}

function ignored(fallback: ResolvedThreshold, because: string): ResolvedThreshold {
  return {
    ...fallback,
    warning: {
      code: 'THRESHOLD_OVERRIDE_IGNORED',
      message: `${because}; the default of ${formatMinorAsDecimal(fallback.minor)} ${fallback.applied.unit} was used.`,
    },
  };
}
