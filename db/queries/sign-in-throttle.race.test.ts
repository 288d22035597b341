import bcrypt from 'bcryptjs';
import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeDb, getDb, type Db } from '@/db/client';
import { signInFailures } from '@/db/schema';
import { SignInRefusedError } from '@/lib/auth/sign-in-refusal';
import { TEST_PASSWORD, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { signInWithRecipientCode } from './recipient-sign-in';
import { admitCodeRequest } from './sign-in-throttle';
import { verifyPasswordSignIn } from './users';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

setUpTestSecrets();

// Every concurrent call below runs its statements on its own pooled connection.
process.env.DATABASE_POOL_MAX = '60';

// pg's Pool.end() resolves before its sockets have closed; the test database is then dropped WITH
// (FORCE), which would kill the still-closing connections mid-goodbye. Close first and let them go.
afterAll(async () => {
  await closeDb();
  await new Promise((resolve) => setTimeout(resolve, 500));
});

async function answerOf(attempt: Promise<unknown>): Promise<string> {
  try {
    return (await attempt) === null ? 'wrong' : 'signed_in';
  } catch (error) {
    if (error instanceof SignInRefusedError) return error.message.split(':')[0]!;
    throw error;
  }
}

const count = (answers: string[], answer: string) => answers.filter((a) => a === answer).length;

// PGlite runs one statement at a time, so a race cannot show there: these run on PostgreSQL only.
describe.skipIf(!process.env.DATABASE_URL)('sign-in throttle races on PostgreSQL', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => vi.restoreAllMocks());

  it('50 parallel wrong passwords: 5 checked and counted, 45 refused as locked, then the right one refused too', async () => {
    const user = await createUser('account_manager');
    const compare = vi.spyOn(bcrypt, 'compare');
    const clientAddress = '203.0.113.1';
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => answerOf(verifyPasswordSignIn(db, user.email, 'wrong password', { clientAddress }))),
    );
    expect(count(answers, 'wrong')).toBe(5);
    expect(count(answers, 'LOCKED')).toBe(45);
    expect(compare).toHaveBeenCalledTimes(5);
    const [row] = await db
      .select()
      .from(signInFailures)
      .where(eq(signInFailures.identifierKey, `password:${user.email}`));
    expect(row!.consecutiveFailures).toBe(5);
    // The 50 also filled the attacker's address allowance; the lock holds from anywhere.
    expect(await answerOf(verifyPasswordSignIn(db, user.email, TEST_PASSWORD, { clientAddress: '203.0.113.9' }))).toBe('LOCKED');
  });

  it('60 parallel wrong passwords from one address over 12 accounts: 50 checked, 10 refused for the address', async () => {
    const accounts = await Promise.all(Array.from({ length: 12 }, () => createUser('shipper')));
    const compare = vi.spyOn(bcrypt, 'compare');
    const clientAddress = '203.0.113.2';
    const answers = await Promise.all(
      accounts.flatMap((user) =>
        Array.from({ length: 5 }, () => answerOf(verifyPasswordSignIn(db, user.email, 'wrong password', { clientAddress }))),
      ),
    );
    expect(count(answers, 'wrong')).toBe(50);
    expect(count(answers, 'ADDRESS_LIMITED')).toBe(10);
    expect(compare).toHaveBeenCalledTimes(50);
  });

  it('30 parallel wrong sign-in codes from one address: 20 checked, 10 refused for the address', async () => {
    const clientAddress = '203.0.113.3';
    const answers = await Promise.all(
      Array.from({ length: 30 }, (_, i) => answerOf(signInWithRecipientCode(db, `guess${i}@test.example`, '123456', { clientAddress }))),
    );
    expect(count(answers, 'wrong')).toBe(20);
    expect(count(answers, 'ADDRESS_LIMITED')).toBe(10);
  });

  it('15 parallel code requests for one identifier from 15 addresses: exactly 10 admitted', async () => {
    const now = new Date();
    const refusals = await Promise.all(
      Array.from({ length: 15 }, (_, i) =>
        admitCodeRequest(db, {
          method: 'recipient_code',
          step: 'code_request',
          identifiers: ['someone@test.example'],
          clientAddress: `203.0.113.${100 + i}`,
          now,
        }),
      ),
    );
    expect(refusals.filter((r) => r === null)).toHaveLength(10);
    expect(refusals.filter((r) => r?.kind === 'locked')).toHaveLength(5);
  });
});
