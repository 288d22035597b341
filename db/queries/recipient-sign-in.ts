import 'server-only';
import { and, count, desc, eq, gt, inArray, isNull, lt, sql } from 'drizzle-orm';
import { publicHost } from '@/lib/env';
import { chooseLocale } from '@/lib/i18n/locale-choice';
import { signInCodeMessages } from '@/lib/messages/sign-in-code';
import { SIGN_IN_CODE_VALID_MINUTES } from '@/lib/recipient/sign-in-code-validity';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import {
  encryptSecret,
  generatePasscode,
  hashSecretCode,
  isPasscodeShaped,
  type PasscodeKeys,
  passcodeKeys,
  secretCodeMatches,
} from '@/lib/passcode';
import { parseSignInIdentifier, type SignInIdentifier } from '@/lib/recipient/sign-in-identifier';
import { signInIdentifierKeys } from '@/lib/validations/recipient-sign-in';
import type { DbOrTx } from '../client';
import { recipientSignInCodes, type User, users } from '../schema';
import { enqueueMessages } from './outbox';
import { recipientMarketplace } from './recipient-locale';
import { throttledCodeSignIn } from './sign-in-throttle';
import { identityOf, type SignInIdentity } from './users';

const SIGN_IN_CODE_MAX_ATTEMPTS = 5;
const SIGN_IN_CODE_MAX_REQUESTS = 5;
const SIGN_IN_CODE_REQUEST_WINDOW_MINUTES = 15;

const MINUTE = 60_000;

interface Options {
  now?: Date;
  keys?: PasscodeKeys;
}

/** The same answer whether or not anyone signs in with that identifier (no account enumeration). */
export interface SignInCodeRequestResult {
  accepted: true;
}

type ValidIdentifier = Exclude<SignInIdentifier, { kind: 'invalid' }>;

/** Active recipients whose e-mail address, or one of whose possible mobile numbers, the identifier is. */
function activeRecipientNamed(parsed: ValidIdentifier) {
  const match = parsed.kind === 'email' ? eq(users.email, parsed.email) : inArray(users.phoneE164, parsed.phonesE164);
  return and(match, eq(users.role, 'recipient'), eq(users.disabled, false));
}

/**
 * The one active recipient an identifier names. A local mobile number can stand for numbers in
 * several marketplaces; when it matches more than one recipient it names nobody (the page asks for
 * the international form).
 */
async function findRecipient(db: DbOrTx, identifier: string): Promise<User | null> {
  const parsed = parseSignInIdentifier(identifier);
  if (parsed.kind === 'invalid') return null;
  const rows = await db.select().from(users).where(activeRecipientNamed(parsed)).limit(2);
  return rows.length === 1 ? rows[0]! : null;
}

/**
 * Sends a recipient a 6-digit sign-in code by SMS and e-mail (valid 10 minutes), at most 5 per
 * recipient per 15 minutes. The user row is locked while counting, so parallel requests cannot
 * pass the limit together; the code and its messages are written in that one transaction.
 */
export async function requestRecipientSignInCode(db: DbOrTx, identifier: string, options: Options = {}): Promise<SignInCodeRequestResult> {
  const now = options.now ?? new Date();
  const keys = options.keys ?? passcodeKeys();
  const code = generatePasscode();
  const codeHmac = hashSecretCode(code, keys.pepper);
  const user = await findRecipient(db, identifier);
  if (!user) return { accepted: true };

  const secretCiphertext = encryptSecret(code, keys.encryptionKey, OUTBOX_SECRET_AD);
  await db.transaction(async (tx) => {
    await tx.select({ id: users.id }).from(users).where(eq(users.id, user.id)).for('update');
    const windowStart = new Date(now.getTime() - SIGN_IN_CODE_REQUEST_WINDOW_MINUTES * MINUTE);
    const [recent] = await tx
      .select({ n: count() })
      .from(recipientSignInCodes)
      .where(and(eq(recipientSignInCodes.userId, user.id), gt(recipientSignInCodes.createdAt, windowStart)));
    if ((recent?.n ?? 0) >= SIGN_IN_CODE_MAX_REQUESTS) return;
    await tx.insert(recipientSignInCodes).values({
      userId: user.id,
      codeHmac,
      createdAt: now,
      expiresAt: new Date(now.getTime() + SIGN_IN_CODE_VALID_MINUTES * MINUTE),
    });
    const language = chooseLocale({ marketplace: await recipientMarketplace(tx, user) });
    const messages = signInCodeMessages({ email: user.email, phone: user.phoneE164 }, language, publicHost()).map((m) => ({
      ...m,
      secretCiphertext,
    }));
    await enqueueMessages(tx, messages);
  });
  return { accepted: true };
}

/** findRecipient's answer as a subquery: the one active recipient's id, NULL when none or several. */
function recipientIdOf(db: DbOrTx, parsed: ValidIdentifier) {
  return db
    .select({ id: sql`(array_agg(${users.id}))[1]` })
    .from(users)
    .where(activeRecipientNamed(parsed))
    .having(sql`count(*) = 1`);
}

/**
 * Checks a sign-in code against the recipient's latest one (a newer request supersedes older codes).
 * Each try first takes one of the 5 attempts in a single guarded UPDATE, so parallel guesses can never
 * get a sixth; a right code is then consumed by an UPDATE that only succeeds once. That first UPDATE
 * also finds the recipient, so a known and an unknown identifier run the same one statement. Unknown
 * identifier, wrong, used, expired and exhausted codes all give the same null.
 */
export async function verifyRecipientSignInCode(
  db: DbOrTx,
  identifier: string,
  code: string,
  options: Options = {},
): Promise<SignInIdentity | null> {
  const now = options.now ?? new Date();
  const keys = options.keys ?? passcodeKeys();
  const parsed = parseSignInIdentifier(identifier);
  if (parsed.kind === 'invalid' || !isPasscodeShaped(code)) return null;

  const latest = db
    .select({ id: recipientSignInCodes.id })
    .from(recipientSignInCodes)
    .where(eq(recipientSignInCodes.userId, recipientIdOf(db, parsed)))
    .orderBy(desc(recipientSignInCodes.createdAt))
    .limit(1);
  const [attempt] = await db
    .update(recipientSignInCodes)
    .set({ failedAttempts: sql`${recipientSignInCodes.failedAttempts} + 1` })
    .where(
      and(
        eq(recipientSignInCodes.id, latest),
        isNull(recipientSignInCodes.consumedAt),
        lt(recipientSignInCodes.failedAttempts, SIGN_IN_CODE_MAX_ATTEMPTS),
        gt(recipientSignInCodes.expiresAt, now),
      ),
    )
    .returning({ id: recipientSignInCodes.id, userId: recipientSignInCodes.userId, codeHmac: recipientSignInCodes.codeHmac });
  if (!attempt || !secretCodeMatches(code, attempt.codeHmac, keys.pepper)) return null;

  // The attempt taken above was not a wrong entry: give it back as the code is consumed.
  const [consumed] = await db
    .update(recipientSignInCodes)
    .set({ consumedAt: now, failedAttempts: sql`${recipientSignInCodes.failedAttempts} - 1` })
    .where(and(eq(recipientSignInCodes.id, attempt.id), isNull(recipientSignInCodes.consumedAt)))
    .returning({ id: recipientSignInCodes.id });
  if (!consumed) return null;

  const [user] = await db.update(users).set({ lastSignInAt: now }).where(eq(users.id, attempt.userId)).returning();
  return user ? identityOf(user) : null;
}

/**
 * A recipient sign-in as the `recipient-code` provider runs it: the code check, with wrong entries
 * limited per client address. Throws SignInRefusedError when that address is limited.
 */
export async function signInWithRecipientCode(
  db: DbOrTx,
  identifier: string,
  code: string,
  options: Options & { clientAddress: string },
): Promise<SignInIdentity | null> {
  const now = options.now ?? new Date();
  const attempt = {
    method: 'recipient_code',
    identifiers: signInIdentifierKeys(identifier),
    clientAddress: options.clientAddress,
    now,
  } as const;
  return throttledCodeSignIn(db, attempt, () => verifyRecipientSignInCode(db, identifier, code, { ...options, now }));
}
