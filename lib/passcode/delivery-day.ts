import { MARKETPLACES, type Marketplace } from '@/lib/otp/marketplaces';
import { DAY_MS } from '@/lib/time/durations';

/** The calendar date (YYYY-MM-DD) at `at` in the marketplace's time zone. */
export function deliveryDayAt(marketplace: Marketplace, at: Date): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: MARKETPLACES[marketplace].timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

function offsetMinutesAt(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** The first instant after `day` ends in the marketplace's time zone (exclusive end of validity). */
export function endOfDeliveryDay(marketplace: Marketplace, day: string): Date {
  const timeZone = MARKETPLACES[marketplace].timeZone;
  const nextMidnightUtc = Date.parse(`${day}T00:00:00Z`) + DAY_MS;
  // The offset at local midnight can differ from the offset a few hours earlier on DST days; use the
  // offset in force just before the guess, then re-check once.
  let guess = nextMidnightUtc - offsetMinutesAt(timeZone, new Date(nextMidnightUtc)) * 60_000;
  guess = nextMidnightUtc - offsetMinutesAt(timeZone, new Date(guess)) * 60_000;
  return new Date(guess);
}
