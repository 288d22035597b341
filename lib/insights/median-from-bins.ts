/** Width of a delivery-time bin in minutes; the last bin (SQL `delivery_minutes_bin`) holds 12 hours or more. */
export const MINUTES_PER_BIN = 10;
export const LAST_BIN = 72;

/**
 * The median of durations counted in 10-minute bins, interpolated inside the bin that holds it (so it is
 * exact to within the bin). Null without durations; the open last bin reads as its lower edge.
 */
export function medianMinutesFromBins(bins: readonly { bin: number; count: number }[]): number | null {
  const sorted = bins.filter((b) => b.count > 0).sort((a, b) => a.bin - b.bin);
  const total = sorted.reduce((sum, b) => sum + b.count, 0);
  if (total === 0) return null;
  const half = total / 2;
  let below = 0;
  for (const { bin, count } of sorted) {
    if (below + count >= half) {
      if (bin >= LAST_BIN) return LAST_BIN * MINUTES_PER_BIN;
      return bin * MINUTES_PER_BIN + ((half - below) / count) * MINUTES_PER_BIN;
    }
    below += count;
  }
  return null;
}

/** "2 h 05 min", "45 min" or "12 h or more". */
export function durationText(minutes: number): string {
  const rounded = Math.round(minutes);
  if (rounded >= LAST_BIN * MINUTES_PER_BIN) return '12 h or more';
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`;
}
