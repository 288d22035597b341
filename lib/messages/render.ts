import { SECRET_PLACEHOLDER } from './types';

const MASK = '••••••';

/** The body as it is sent: the secret put back in place of the placeholder. */
export function withSecret(body: string, secret: string): string {
  return body.split(SECRET_PLACEHOLDER).join(secret);
}

/** The body as a log shows it when the secret must stay hidden. */
export function masked(body: string): string {
  return withSecret(body, MASK);
}
