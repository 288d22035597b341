/**
 * An e-mail address or phone number (E.164) as a log may show it: enough to tell attacks on one account
 * from a spray, never the whole identifier. "sh***@brightgadgets.example", "+44******0123"; anything
 * else is "***".
 */
export function maskIdentifier(identifier: string): string {
  if (identifier.includes('@')) return maskEmail(identifier);
  if (/^\+\d{8,15}$/.test(identifier)) return maskPhone(identifier);
  return '***';
}

function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  const local = email.slice(0, at);
  return `${local.slice(0, local.length > 3 ? 2 : 1)}***${email.slice(at)}`;
}

function maskPhone(phone: string): string {
  return `${phone.slice(0, 3)}${'*'.repeat(phone.length - 7)}${phone.slice(-4)}`;
}
