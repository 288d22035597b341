const COUNTRY_PREFIXES = ['+44', '+33', '+39', '+34', '+91'];

/** A phone number a shipper may read: the country prefix and the last 3 digits, e.g. "+44 •••• ••• 123". */
export function maskPhone(phone: string | null): string {
  if (!phone) return '—';
  const digits = phone.replace(/[^\d+]/g, '');
  const last = digits.replace(/\D/g, '').slice(-3);
  if (last.length < 3) return '•••';
  const prefix = COUNTRY_PREFIXES.find((p) => digits.startsWith(p));
  return `${prefix ? `${prefix} ` : ''}•••• ••• ${last}`;
}
