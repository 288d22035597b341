import { createHash, randomBytes } from 'node:crypto';

export const API_KEY_PREFIX = 'sc_live_';
const KEY_BYTES = 32;
/** How many of the key's first characters the list shows (`sc_live_` and four more). */
const SHOWN_PREFIX_LENGTH = 12;
const API_KEY_PATTERN = /^sc_live_[A-Za-z0-9_-]{43}$/;
const BEARER = /^Bearer +(\S+)$/i;

export interface GeneratedApiKey {
  /** The whole key: shown to the shipper once, never stored. */
  key: string;
  prefix: string;
  lastFour: string;
  hash: string;
}

/**
 * SHA-256, unsalted and fast, is right for API keys (unlike passwords): a key is 32 random bytes, so
 * no guess list or rainbow table reaches it, and one hash per key lets a request find its key by an
 * index lookup instead of trying every key's salt.
 */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function isWellFormedApiKey(key: string): boolean {
  return API_KEY_PATTERN.test(key);
}

export function generateApiKey(): GeneratedApiKey {
  return describeApiKey(`${API_KEY_PREFIX}${randomBytes(KEY_BYTES).toString('base64url')}`);
}

/** What is stored and shown of a key. */
export function describeApiKey(key: string): GeneratedApiKey {
  return { key, prefix: key.slice(0, SHOWN_PREFIX_LENGTH), lastFour: key.slice(-4), hash: hashApiKey(key) };
}

/** How a key reads in the list: its prefix and last four characters. */
export function maskedApiKey(prefix: string, lastFour: string): string {
  return `${prefix}…${lastFour}`;
}

/**
 * The key a request carries: in `x-amz-access-token` (what the carrier's SDKs send) or as
 * `Authorization: Bearer <key>` (another scheme, such as an SDK's AWS signature, is not a key and is
 * left alone). Null when there is none, when it is not a well-formed key, or when the two headers name
 * different keys.
 */
export function apiKeyFromHeaders(headers: Headers): string | null {
  const token = headers.get('x-amz-access-token')?.trim() ?? null;
  const authorization = headers.get('authorization')?.trim() ?? '';
  const bearer = /^bearer\b/i.test(authorization) ? (BEARER.exec(authorization)?.[1] ?? '') : null;
  const sent = [token, bearer].filter((key) => key !== null);
  const [key] = sent;
  if (key === undefined || sent.some((other) => other !== key)) return null;
  return isWellFormedApiKey(key) ? key : null;
}
