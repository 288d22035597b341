import { normaliseMobileNumber } from '@/lib/otp/phone';
import { MARKETPLACE_CODES } from '@/lib/otp/marketplaces';

/** What a recipient typed to sign in: an e-mail address, or the mobile numbers it can stand for. */
export type SignInIdentifier = { kind: 'email'; email: string } | { kind: 'phone'; phonesE164: string[] } | { kind: 'invalid' };

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MAX_IDENTIFIER_LENGTH = 254;

/**
 * The recipient gives no marketplace, so a mobile number is read under each marketplace's rules;
 * a number in international form normalises under at most one of them.
 */
export function parseSignInIdentifier(raw: string): SignInIdentifier {
  const value = raw.trim();
  if (value.length === 0 || value.length > MAX_IDENTIFIER_LENGTH) return { kind: 'invalid' };
  if (value.includes('@')) {
    return EMAIL_SHAPE.test(value) ? { kind: 'email', email: value.toLowerCase() } : { kind: 'invalid' };
  }
  const phones = new Set<string>();
  for (const marketplace of MARKETPLACE_CODES) {
    const result = normaliseMobileNumber(value, marketplace);
    if (typeof result === 'string') phones.add(result);
  }
  return phones.size > 0 ? { kind: 'phone', phonesE164: [...phones] } : { kind: 'invalid' };
}
