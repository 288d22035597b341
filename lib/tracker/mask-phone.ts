const DIAL_CODES: Record<string, string> = { UK: '+44', FR: '+33', IT: '+39', ES: '+34', IN: '+91' };

/**
 * A phone number a shipper may read: the country prefix and the last 3 digits, e.g. "+44 •••• ••• 123".
 * A number written nationally (07700 …) takes its marketplace's prefix.
 */
export function maskPhone(phone: string | null, marketplace: string | null = null): string {
  if (!phone) return '—';
  const compact = phone.replace(/[^\d+]/g, '').replace(/^00/, '+');
  const last = compact.replace(/\D/g, '').slice(-3);
  if (last.length < 3) return '•••';
  const prefix = Object.values(DIAL_CODES).find((p) => compact.startsWith(p)) ?? (compact.startsWith('+') ? null : (DIAL_CODES[marketplace ?? ''] ?? null));
  return `${prefix ? `${prefix} ` : ''}•••• ••• ${last}`;
}
