import { MARKETPLACE_CODES, MARKETPLACES } from '../otp/marketplaces';

const DIAL_CODES: ReadonlyMap<string, string> = new Map(MARKETPLACE_CODES.map((m) => [m, MARKETPLACES[m].dialCode]));

/**
 * A phone number a shipper may read: the country prefix and the last 3 digits, e.g. "+44 •••• ••• 123".
 * A number written nationally (07700 …) takes its marketplace's prefix.
 */
export function maskPhone(phone: string | null, marketplace: string | null = null): string {
  if (!phone) return '—';
  const compact = phone.replace(/[^\d+]/g, '').replace(/^00/, '+');
  const last = compact.replace(/\D/g, '').slice(-3);
  if (last.length < 3) return '•••';
  const prefix =
    [...DIAL_CODES.values()].find((p) => compact.startsWith(p)) ??
    (compact.startsWith('+') ? null : (DIAL_CODES.get(marketplace ?? '') ?? null));
  return `${prefix ? `${prefix} ` : ''}•••• ••• ${last}`;
}
