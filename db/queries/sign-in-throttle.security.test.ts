import { eq } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications, signInFailures } from '@/db/schema';
import { OUTBOX_SECRET_AD } from '@/lib/messages/types';
import { decryptSecret } from '@/lib/passcode';
import { SignInRefusedError } from '@/lib/auth/sign-in-refusal';
import { TEST_PASSWORD, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { requestRecipientSignInCode, signInWithRecipientCode } from './recipient-sign-in';
import { verifyPasswordSignIn } from './users';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

const keys = setUpTestSecrets();
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let addressSequence = 0;
/** A client address no other test uses, so per-address counts start at zero. */
function freshAddress(): string {
  addressSequence += 1;
  return `198.51.100.${addressSequence}`;
}

/** What the sign-in form would be told: signed in, the generic refusal, or the refusal's code. */
async function answerOf(attempt: Promise<unknown>): Promise<string> {
  try {
    return (await attempt) === null ? 'wrong' : 'signed_in';
  } catch (error) {
    if (error instanceof SignInRefusedError) return error.message;
    throw error;
  }
}

async function failuresOf(email: string) {
  const [row] = await db
    .select()
    .from(signInFailures)
    .where(eq(signInFailures.identifierKey, `password:${email}`));
  return row?.consecutiveFailures ?? 0;
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
afterEach(() => warn.mockRestore());

const loggedLines = () => warn.mock.calls.map((call) => String(call[0]));
const loggedEvents = () => loggedLines().map((line) => JSON.parse(line) as Record<string, unknown>);

describe('password sign-in throttling per e-mail address', () => {
  it('refuses the right password after 30 wrong ones until the lock ends, then signs in and resets the count', async () => {
    const user = await createUser('account_manager');
    const clientAddress = freshAddress();
    const start = new Date('2026-03-02T15:00:00Z');
    const at = (ms: number) => ({ clientAddress, now: new Date(start.getTime() + ms) });
    const answers = [];
    for (let i = 0; i < 30; i++) answers.push(await answerOf(verifyPasswordSignIn(db, user.email, 'wrong password', at(i * 100))));
    expect(answers.slice(0, 4)).toEqual(Array(4).fill('wrong'));
    // The 5th failure locks for 30 s; attempts meanwhile are refused without being counted.
    expect(answers[4]).toBe('wrong');
    expect(answers.slice(5)).toEqual(Array(25).fill('LOCKED:2026-03-02T15:00:30.400Z'));

    expect(await answerOf(verifyPasswordSignIn(db, user.email, TEST_PASSWORD, at(3 * SECOND)))).toBe('LOCKED:2026-03-02T15:00:30.400Z');
    expect(await failuresOf(user.email)).toBe(5);

    expect(await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, at(31 * SECOND))).toMatchObject({ id: user.id });
    expect(await failuresOf(user.email)).toBe(0);
    for (let i = 0; i < 4; i++) expect(await verifyPasswordSignIn(db, user.email, 'wrong password', at(32 * SECOND + i))).toBeNull();
    expect(await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, at(33 * SECOND))).toMatchObject({ id: user.id });
  });

  it('locks for 30 s doubling from the 5th consecutive failure, and 15 minutes from the 10th on', async () => {
    const user = await createUser('shipper');
    const clientAddress = freshAddress();
    let now = new Date('2026-03-02T09:00:00Z');
    const locks: number[] = [];
    for (let failure = 1; failure <= 12; failure++) {
      expect(await verifyPasswordSignIn(db, user.email, 'wrong password', { clientAddress, now })).toBeNull();
      const refusal = await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress, now }).catch((error: unknown) => error);
      if (refusal instanceof SignInRefusedError) {
        locks.push((refusal.refusal.until.getTime() - now.getTime()) / SECOND);
        now = refusal.refusal.until;
      } else {
        expect(failure).toBeLessThan(5);
        // The right password would have reset the count: put the failures back by starting over.
        for (let i = 0; i < failure; i++) await verifyPasswordSignIn(db, user.email, 'wrong password', { clientAddress, now });
      }
    }
    expect(locks).toEqual([30, 60, 120, 240, 480, 900, 900, 900]);
  });

  it('answers an unknown e-mail address exactly like a known one, attempt by attempt', async () => {
    const user = await createUser('account_manager');
    const start = new Date('2026-03-02T10:00:00Z');
    const sequenceFor = async (email: string) => {
      const clientAddress = freshAddress();
      const answers = [];
      for (let i = 0; i < 12; i++)
        answers.push(
          await answerOf(
            verifyPasswordSignIn(db, email, 'wrong password', { clientAddress, now: new Date(start.getTime() + i * 10 * SECOND) }),
          ),
        );
      answers.push(
        await answerOf(verifyPasswordSignIn(db, email, TEST_PASSWORD, { clientAddress, now: new Date(start.getTime() + 2 * MINUTE) })),
      );
      return answers;
    };
    const known = await sequenceFor(user.email);
    const unknown = await sequenceFor('nobody.here@test.example');
    expect(unknown).toEqual(known);
    expect(known.filter((a) => a.startsWith('LOCKED:'))).not.toHaveLength(0);
  });
});

describe('password sign-in throttling per client address', () => {
  it('refuses a fresh e-mail address from an address with 50 failures, not from another address', async () => {
    const user = await createUser('account_manager');
    const decoy = await createUser('shipper');
    const limited = freshAddress();
    const now = new Date('2026-03-02T11:00:00Z');
    // 5 wrong passwords, then 45 refused as locked: 50 failures from one client address.
    for (let i = 0; i < 50; i++)
      expect(await answerOf(verifyPasswordSignIn(db, decoy.email, 'wrong password', { clientAddress: limited, now }))).not.toBe(
        'signed_in',
      );
    const refused = await answerOf(verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress: limited, now }));
    expect(refused).toBe('ADDRESS_LIMITED:2026-03-02T11:15:00.000Z');
    expect(await failuresOf(user.email)).toBe(0);
    expect(await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress: freshAddress(), now })).toMatchObject({
      id: user.id,
    });
    expect(
      await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress: limited, now: new Date(now.getTime() + 15 * MINUTE) }),
    ).toMatchObject({
      id: user.id,
    });
  });

  it('counts only failures against the address: successful sign-ins give their attempt back', async () => {
    const user = await createUser('shipper');
    const decoy = await createUser('shipper');
    const clientAddress = freshAddress();
    const now = new Date('2026-03-02T12:00:00Z');
    for (let i = 0; i < 60; i++) expect(await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress, now })).not.toBeNull();
    for (let i = 0; i < 49; i++) await answerOf(verifyPasswordSignIn(db, decoy.email, 'wrong', { clientAddress, now }));
    expect(await verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress, now })).not.toBeNull();
  });
});

describe('recipient sign-in code entry per client address', () => {
  it('refuses code entries from an address with 20 wrong ones, the right code included, and not from another', async () => {
    const recipient = await createUser('recipient', { phoneE164: '+447700900611' });
    await requestRecipientSignInCode(db, recipient.email);
    const [sent] = await db.select().from(notifications).where(eq(notifications.toAddress, recipient.email));
    const code = decryptSecret(sent!.secretCiphertext!, keys.encryptionKey, OUTBOX_SECRET_AD);
    const limited = freshAddress();
    const now = new Date();
    for (let i = 0; i < 20; i++) {
      expect(await signInWithRecipientCode(db, `nobody${i}@test.example`, '123456', { clientAddress: limited, now })).toBeNull();
    }
    expect(await answerOf(signInWithRecipientCode(db, recipient.email, code, { clientAddress: limited, now }))).toMatch(
      /^ADDRESS_LIMITED:/,
    );
    expect(await signInWithRecipientCode(db, recipient.email, code, { clientAddress: freshAddress(), now })).toMatchObject({
      id: recipient.id,
    });
  });
});

describe('security log', () => {
  it('writes one JSON line per failure and per lock, with the identifier masked and never the password', async () => {
    const user = await createUser('account_manager');
    const clientAddress = freshAddress();
    const now = new Date('2026-03-02T13:00:00Z');
    const password = 'Hunter2-secret-guess';
    for (let i = 0; i < 6; i++) await answerOf(verifyPasswordSignIn(db, user.email, password, { clientAddress, now }));

    const lines = loggedLines();
    expect(lines).toHaveLength(7);
    for (const line of lines) {
      expect(line).not.toMatch(/[\r\n]/);
      expect(line).not.toContain(password);
      expect(line).not.toContain(user.email);
    }
    const [local, domain] = user.email.split('@');
    expect(loggedEvents()).toEqual([
      ...Array(5).fill({
        event: 'auth.sign_in_failed',
        method: 'password',
        identifier: `${local!.slice(0, 2)}***@${domain}`,
        clientAddress,
        reason: 'wrong_credentials',
        at: now.toISOString(),
      }),
      expect.objectContaining({ event: 'auth.locked', scope: 'identifier', consecutiveFailures: 5, until: '2026-03-02T13:00:30.000Z' }),
      expect.objectContaining({ event: 'auth.sign_in_failed', reason: 'locked', until: '2026-03-02T13:00:30.000Z' }),
    ]);
  });

  it('keeps a forged line break inside one JSON line', async () => {
    const clientAddress = freshAddress();
    await verifyPasswordSignIn(db, 'x\r\n{"event":"auth.signed_in"}@test.example', 'wrong', { clientAddress });
    expect(loggedLines()).toHaveLength(1);
    expect(loggedLines()[0]).not.toMatch(/[\r\n]/);
    expect(loggedEvents()[0]).toMatchObject({ event: 'auth.sign_in_failed', reason: 'wrong_credentials' });
  });

  it('logs the address lock once, when its 50th failure comes in, and each refusal after it', async () => {
    const clientAddress = freshAddress();
    const now = new Date('2026-03-02T14:00:00Z');
    const decoy = await createUser('shipper');
    for (let i = 0; i < 51; i++) await answerOf(verifyPasswordSignIn(db, decoy.email, 'wrong', { clientAddress, now }));
    const events = loggedEvents();
    expect(events.filter((e) => e.event === 'auth.locked' && e.scope === 'client_address')).toEqual([
      expect.objectContaining({ scope: 'client_address', clientAddress, until: '2026-03-02T14:15:00.000Z' }),
    ]);
    expect(events.filter((e) => e.reason === 'address_limited')).toHaveLength(1);
  });

  it('logs a wrong recipient code with the number masked and never the code', async () => {
    const clientAddress = freshAddress();
    await signInWithRecipientCode(db, '+44 7700 900612', '654321', { clientAddress });
    expect(loggedEvents()).toEqual([
      expect.objectContaining({
        event: 'auth.sign_in_failed',
        method: 'recipient_code',
        identifier: '+44******0612',
        reason: 'wrong_credentials',
      }),
    ]);
    expect(loggedLines()[0]).not.toContain('654321');
  });
});
