import { valueBandBounds, valueBandLabel, valueBandOf } from './value-bands';

/** One bar of the value histogram: its shipments the threshold decides, by side of the proposed threshold, and the rest. */
export interface BandBar {
  label: string;
  below: number;
  across: number;
  above: number;
  others: number;
}

/**
 * The value bands of one marketplace as the chart draws them (db/queries/otp-what-if.ts `ValueBandBar`), empty
 * bands between the lowest and highest included so the axis does not skip values.
 */
export function bandBarsOf(
  bands: readonly { band: number; shipments: number; intrinsic: number }[],
  currency: string,
  proposedMinor: number,
): BandBar[] {
  if (bands.length === 0) return [];
  const byBand = new Map(bands.map((b) => [b.band, b]));
  const first = Math.min(...byBand.keys());
  const last = Math.max(...byBand.keys());
  return Array.from({ length: last - first + 1 }, (_, i) => {
    const band = first + i;
    const counts = byBand.get(band) ?? { shipments: 0, intrinsic: 0 };
    const { fromMinor, toMinor } = valueBandBounds(band);
    const side = fromMinor > proposedMinor ? 'above' : toMinor !== null && toMinor - 1 <= proposedMinor ? 'below' : 'across';
    return {
      label: valueBandLabel(band, currency),
      below: side === 'below' ? counts.intrinsic : 0,
      across: side === 'across' ? counts.intrinsic : 0,
      above: side === 'above' ? counts.intrinsic : 0,
      others: counts.shipments - counts.intrinsic,
    };
  });
}

/** The label of the band a threshold falls in, when that band is drawn. */
export function bandLabelAt(bars: readonly BandBar[], currency: string, thresholdMinor: number): string | null {
  const label = valueBandLabel(valueBandOf(thresholdMinor), currency);
  return bars.some((b) => b.label === label) ? label : null;
}
