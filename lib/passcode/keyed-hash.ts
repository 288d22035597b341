import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

const SALT_BYTES = 8;

function digest(code: string, salt: Buffer, pepper: Buffer): Buffer {
  return createHmac('sha256', pepper).update(salt).update(code).digest();
}

/** `salt$hmac` (hex): HMAC-SHA-256 keyed by the server pepper, salted per row. */
export function hashSecretCode(code: string, pepper: Buffer): string {
  const salt = randomBytes(SALT_BYTES);
  return `${salt.toString('hex')}$${digest(code, salt, pepper).toString('hex')}`;
}

/** Constant-time check of a typed code against a stored `salt$hmac`. */
export function secretCodeMatches(code: string, stored: string, pepper: Buffer): boolean {
  const [saltHex, hmacHex] = stored.split('$');
  if (!saltHex || !hmacHex) return false;
  const expected = Buffer.from(hmacHex, 'hex');
  const actual = digest(code, Buffer.from(saltHex, 'hex'), pepper);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
