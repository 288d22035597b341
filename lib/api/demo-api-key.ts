import { createHmac } from 'node:crypto';
import { API_KEY_PREFIX } from './api-key';

/**
 * A demo shipper's API key (demo mode only): an HMAC of the e-mail address under this installation's
 * NEXTAUTH_SECRET, so every seed run derives the same key, can print it again, and finds it stored.
 */
export function demoApiKey(nextAuthSecret: string, email: string): string {
  const digest = createHmac('sha256', Buffer.from(nextAuthSecret, 'base64')).update(`demo-api-key:${email}`).digest('base64url');
  return `${API_KEY_PREFIX}${digest}`;
}
