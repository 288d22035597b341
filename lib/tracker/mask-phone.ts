import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '../otp/marketplaces';
import { parseMobileNumber } from '../otp/phone';

const DIAL_CODES: ReadonlyMap<string, string> = new Map(MARKETPLACE_CODES.map((m) => [m, MARKETPLACES[m].dialCode]));

const isMarketplace = (code: string | null): code is Marketplace => code !== null && DIAL_CODES.has(code);

/** The country prefix, when it is one of ours, and the last 3 digits, e.g. "+44 •••• ••• 123". */
function masked(phone: string): string {
  const compact = phone.replace(/[^\d+]/g, '').replace(/^00/, '+');
  const last = compact.replace(/\D/g, '').slice(-3);
  if (last.length < 3) return '•••';
  const prefix = [...DIAL_CODES.values()].find((p) => compact.startsWith(p)) ?? null;
  return `${prefix ? `${prefix} ` : ''}•••• ••• ${last}`;
}

/**
 * A phone number a shipper may read. A valid mobile for its marketplace is masked ("+44 •••• ••• 123").
 * Anything else there is shown as the shipper entered it, saying it is not a valid mobile: masking it would
 * dress it up as a real number, and it is the shipper's own data. Without a marketplace the number cannot be
 * judged, so it is masked.
 */
export function maskPhone(phone: string | null, marketplace: string | null = null): string {
  if (!phone?.trim()) return '—';
  if (!isMarketplace(marketplace)) return masked(phone);
  const mobile = parseMobileNumber(phone, marketplace);
  return mobile.ok ? masked(mobile.e164) : `${phone.trim()} (not a valid mobile)`;
}
