import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';
import { endOfDeliveryDay } from '../passcode/delivery-day';
import { DAY_MS } from '../time/durations';

/** Instants from `start` (inclusive) to `end` (exclusive); null is open. */
export interface InstantRange {
  start: Date | null;
  end: Date | null;
}

const utcMidnight = (day: string) => Date.parse(`${day}T00:00:00Z`);
const dayBefore = (day: string) => new Date(utcMidnight(day) - DAY_MS).toISOString().slice(0, 10);

/**
 * Calendar days `from`..`to` (inclusive, either open) as instants in each marketplace's time zone, the
 * days the tracker shows; a shipment outside every marketplace (null) is shown, and filtered, in UTC.
 */
export function localDayRanges(from: string | null, to: string | null): Map<Marketplace | null, InstantRange> {
  const ranges = new Map<Marketplace | null, InstantRange>();
  for (const marketplace of MARKETPLACE_CODES) {
    ranges.set(marketplace, {
      start: from ? endOfDeliveryDay(marketplace, dayBefore(from)) : null,
      end: to ? endOfDeliveryDay(marketplace, to) : null,
    });
  }
  ranges.set(null, { start: from ? new Date(utcMidnight(from)) : null, end: to ? new Date(utcMidnight(to) + DAY_MS) : null });
  return ranges;
}
