import { isPrivateAddressHost } from '../http/private-address';
import { MAX_ENDPOINT_URL_LENGTH } from './endpoint-input';

/** The hosts an http:// endpoint may have in demo mode: this machine. */
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * What is wrong with an endpoint URL, naming the field, or null when it may be called. Only https:// (in demo
 * mode also http:// to this machine), no credentials, and no private address written as an IP literal outside
 * demo mode; a name resolving to a private address is refused when delivering.
 */
export function endpointUrlProblem(url: string, { demo }: { demo: boolean }): string | null {
  if (url.length > MAX_ENDPOINT_URL_LENGTH) return `Endpoint URL must be at most ${MAX_ENDPOINT_URL_LENGTH} characters.`;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'Endpoint URL is not a valid URL.';
  }
  const localHttp = demo && parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  if (parsed.protocol !== 'https:' && !localHttp) {
    return demo ? 'Endpoint URL must start with https:// (or http://localhost in demo mode).' : 'Endpoint URL must start with https://.';
  }
  if (parsed.username || parsed.password) return 'Endpoint URL must not contain a username or password.';
  if (!demo && isPrivateAddressHost(parsed.hostname)) return 'Endpoint URL must not point to a private or loopback address.';
  return null;
}
