import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { formatMinorAsDecimal } from '@/lib/otp/money';

/** Each marketplace's threshold: the account's own value beside the default, or "default". */
export function ThresholdSummary({
  marketplaces,
  overrides,
}: {
  marketplaces: Marketplace[];
  overrides: Partial<Record<Marketplace, number>>;
}) {
  return (
    <ul className="space-y-0.5">
      {marketplaces.map((m) => {
        const info = MARKETPLACES[m];
        const own = overrides[m];
        return (
          <li key={m} className="whitespace-nowrap tabular-nums">
            <span className="text-slate-500">{m}</span>{' '}
            {own === undefined ? (
              <span className="text-slate-600">
                default {formatMinorAsDecimal(info.defaultThresholdMinor)} {info.currency}
              </span>
            ) : (
              <>
                <span className="font-medium text-slate-900">
                  {formatMinorAsDecimal(own)} {info.currency}
                </span>{' '}
                <span className="text-xs text-slate-500">(default {formatMinorAsDecimal(info.defaultThresholdMinor)})</span>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
