/**
 * How the bench's people sign in to the production server, through the same next-auth callbacks their
 * browsers post to: staff and the shipper with a password, the recipient with a one-time code asked for
 * and received as Recipient Central's sign-in page and the recipient's phone would.
 */
import type { Db } from '../../db/client';
import { requestRecipientSignInCode } from '../../db/queries/recipient-sign-in';
import type { Role } from '../../lib/auth/roles';
import { deliverOutbox } from './bench-mailbox';
import type { BenchPeople } from './bench-people';

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

/** A credentials provider's callback, as the sign-in forms post it; the session cookie header it sets. */
async function signInThrough(base: string, provider: string, fields: Record<string, string>): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/${provider}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ ...fields, csrfToken, json: 'true' }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((c) => c.includes('session-token='))) throw new Error(`${provider} sign-in failed (HTTP ${response.status})`);
  return cookies.join('; ');
}

export function signInWithPassword(base: string, email: string, password: string): Promise<string> {
  return signInThrough(base, 'password', { email, password });
}

export function signInWithCode(base: string, identifier: string, code: string): Promise<string> {
  return signInThrough(base, 'recipient-code', { identifier, code });
}

/** The origin-bound last line of the sign-in SMS, `@host #123456`, which the phone's WebOTP reads. */
const ORIGIN_BOUND_CODE = /^@\S+ #(\d{6})$/m;

/**
 * Step 1 of the recipient's sign-in as the page's action runs it after answering (the request query),
 * then the outbox sends the SMS to the bench, which reads the code from it. Valid 10 minutes: ask for it
 * just before the server starts (it owns a PGlite database while it runs).
 */
export async function receiveSignInCode(db: Db, phoneE164: string): Promise<string> {
  await requestRecipientSignInCode(db, phoneE164);
  const sms = (await deliverOutbox(db)).find((m) => m.channel === 'sms' && m.to === phoneE164);
  const code = sms?.body.match(ORIGIN_BOUND_CODE)?.[1];
  if (!code) throw new Error(`no sign-in code reached ${phoneE164}`);
  return code;
}

/** Session cookie headers for everyone whose pages are loaded; the recipient's code was received beforehand. */
export async function signInBenchPeople(
  base: string,
  people: BenchPeople,
  password: string,
  recipientCode: string,
): Promise<Record<Role, string>> {
  return {
    shipper: await signInWithPassword(base, people.shipper.email, password),
    account_manager: await signInWithPassword(base, people.manager.email, password),
    delivery_associate: await signInWithPassword(base, people.deliveryAssociate.email, password),
    recipient: await signInWithCode(base, people.recipient.phoneE164!, recipientCode),
  };
}
