import { MARKETPLACES, type Marketplace } from '../otp/marketplaces';
import { formatMoney } from '../otp/money';

const FALLBACK = { locale: 'en-GB', timeZone: 'UTC' };

function infoOf(marketplace: string | null): { locale: string; timeZone: string } {
  return marketplace && Object.hasOwn(MARKETPLACES, marketplace) ? MARKETPLACES[marketplace as Marketplace] : FALLBACK;
}

/** Money in the marketplace's own locale, e.g. £150.00, 150,00 €, ₹5,000.00. */
export function moneyIn(marketplace: string | null, minor: number, currency: string): string {
  return formatMoney(minor, currency, infoOf(marketplace).locale);
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** A moment in the marketplace's time zone, with the zone named so nobody mistakes it for theirs. */
export function timeIn(marketplace: string | null, at: Date): string {
  const { timeZone } = infoOf(marketplace);
  let format = timeFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      timeZoneName: 'short',
    });
    timeFormats.set(timeZone, format);
  }
  return format.format(at);
}
