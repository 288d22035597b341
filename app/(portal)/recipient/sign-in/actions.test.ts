import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { notifications, recipientSignInCodes } from '@/db/schema';
import { DAY_MS } from '@/lib/time/durations';
import { createUser } from '@/tests/support/fixtures';
import { SAME_ORIGIN_HEADERS, setRequestHeaders } from '@/tests/support/request-headers';
import { setUpTestSecrets } from '@/tests/support/secret-keys';

setUpTestSecrets();

// `after` is where the identifier-dependent work must go: held here until the test "sends the response".
const afterResponse = vi.hoisted(() => ({ tasks: [] as (() => unknown)[] }));
vi.mock('next/server', () => ({ after: (task: () => unknown) => void afterResponse.tasks.push(task) }));

// Every database call made through getDb, by method and table: what the action does before it answers.
const dbCalls = vi.hoisted(() => ({ log: [] as string[] }));
vi.mock('@/db/client', async (importOriginal) => {
  const actual = await importOriginal<typeof import('@/db/client')>();
  const { getTableName, is, Table } = await import('drizzle-orm');
  const recorded = (db: Db): Db =>
    new Proxy(db, {
      get(target, property, receiver) {
        const value: unknown = Reflect.get(target, property, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const tables = args.filter((arg) => is(arg, Table)).map((table) => getTableName(table as InstanceType<typeof Table>));
          dbCalls.log.push([String(property), ...tables].join(' '));
          return value.apply(target, args);
        };
      },
    });
  return { ...actual, getDb: async () => recorded(await actual.getDb()) };
});

const { requestSignInCodeAction } = await import('./actions');

async function runAfterResponse() {
  for (const task of afterResponse.tasks.splice(0)) await task();
}

let addressSequence = 0;
function fromFreshAddress(): string {
  addressSequence += 1;
  const address = `192.0.2.${addressSequence}`;
  setRequestHeaders({ ...SAME_ORIGIN_HEADERS, 'x-forwarded-for': address });
  return address;
}

const withoutTime = (result: { ok: boolean; error?: string }) => ({ ...result, error: result.error?.replace(/Try again after .*$/, '') });

describe('requesting a recipient sign-in code', () => {
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    afterResponse.tasks.length = 0;
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    warn.mockRestore();
    vi.useRealTimers();
  });

  it('answers before anyone is looked up: the same for a known and an unknown identifier, nothing issued until after the response', async () => {
    const db = await getDb();
    const recipient = await createUser('recipient', { phoneE164: '+447700900701' });
    fromFreshAddress();
    dbCalls.log.length = 0;
    const known = await requestSignInCodeAction({ identifier: recipient.email });
    const knownCalls = dbCalls.log.splice(0);
    const unknown = await requestSignInCodeAction({ identifier: 'nobody.at.all@test.example' });
    const unknownCalls = dbCalls.log.splice(0);
    expect(known).toEqual({ ok: true });
    expect(unknown).toEqual(known);
    // Before answering, only the two limit counters: no look-up whose duration could depend on who it finds.
    expect(knownCalls).toEqual(['insert rate_limit_windows', 'insert rate_limit_windows']);
    expect(unknownCalls).toEqual(knownCalls);

    expect(await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, recipient.id))).toHaveLength(0);
    expect(await db.select().from(notifications)).toHaveLength(0);
    expect(afterResponse.tasks).toHaveLength(2);

    await runAfterResponse();
    expect(await db.select().from(recipientSignInCodes).where(eq(recipientSignInCodes.userId, recipient.id))).toHaveLength(1);
    expect((await db.select().from(notifications)).map((n) => n.toAddress).sort()).toEqual(['+447700900701', recipient.email].sort());
  });

  it('caps requests at 10 a day per identifier, known or not, with the same answer for both', async () => {
    const recipient = await createUser('recipient', { phoneE164: '+447700900702' });
    const answers: Record<string, unknown> = {};
    for (const identifier of [recipient.email, 'nobody.daily@test.example']) {
      fromFreshAddress();
      for (let i = 0; i < 10; i++) expect(await requestSignInCodeAction({ identifier })).toEqual({ ok: true });
      fromFreshAddress();
      answers[identifier] = withoutTime(await requestSignInCodeAction({ identifier }));
    }
    expect(answers[recipient.email]).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      error: 'Too many sign-in codes were asked for with this e-mail address or mobile number. ',
    });
    expect(answers['nobody.daily@test.example']).toEqual(answers[recipient.email]);
    expect(afterResponse.tasks).toHaveLength(20);

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + DAY_MS + 1000);
    expect(await requestSignInCodeAction({ identifier: recipient.email })).toEqual({ ok: true });
  });

  it('counts a local number against every number it can stand for', async () => {
    fromFreshAddress();
    for (let i = 0; i < 10; i++) await requestSignInCodeAction({ identifier: '+33 612 345 678' });
    fromFreshAddress();
    expect(await requestSignInCodeAction({ identifier: '612 345 678' })).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
  });

  it('limits requests per client address to 20 an hour, and logs each refusal', async () => {
    const limited = fromFreshAddress();
    for (let i = 0; i < 20; i++) expect(await requestSignInCodeAction({ identifier: `person${i}@test.example` })).toEqual({ ok: true });
    const refused = await requestSignInCodeAction({ identifier: 'fresh.person@test.example' });
    expect(withoutTime(refused)).toEqual({
      ok: false,
      code: 'RATE_LIMITED',
      error: 'Too many sign-in codes were asked for from your network. ',
    });
    expect(afterResponse.tasks).toHaveLength(20);

    fromFreshAddress();
    expect(await requestSignInCodeAction({ identifier: 'fresh.person@test.example' })).toEqual({ ok: true });

    const events = warn.mock.calls.map((call) => JSON.parse(String(call[0])) as Record<string, unknown>);
    expect(events).toEqual([
      expect.objectContaining({ event: 'auth.locked', scope: 'client_address', clientAddress: limited }),
      expect.objectContaining({
        event: 'auth.sign_in_failed',
        method: 'recipient_code',
        step: 'code_request',
        identifier: 'fr***@test.example',
        clientAddress: limited,
        reason: 'address_limited',
      }),
    ]);
  });
});
