import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { apiKeyBuckets, apiKeys, auditLog, users } from '@/db/schema';
import { hashApiKey } from '@/lib/api/api-key';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { refusal } from '@/tests/support/refusal';
import { actorOf, createTenants, createUser } from '@/tests/support/fixtures';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { authenticateApiKey, createApiKey, listApiKeys, MAX_ACTIVE_API_KEYS, revokeApiKey } from './api-keys';

let db: Db;
beforeAll(async () => {
  setUpTestSecrets();
  db = await getDb();
});

const NOW = new Date('2026-05-01T10:00:00Z');
const later = (ms: number) => new Date(NOW.getTime() + ms);
const ROOMY = { perSecond: 1000, burst: 1000 };

const keyRow = async (id: string) => (await db.select().from(apiKeys).where(eq(apiKeys.id, id)))[0]!;
const auditOf = (accountId: string) =>
  db
    .select({ field: auditLog.field, oldValue: auditLog.oldValue, newValue: auditLog.newValue })
    .from(auditLog)
    .where(eq(auditLog.accountId, accountId));

describe('API keys: create, list, revoke', () => {
  it('creates a named key shown whole once; only its hash, prefix and last four are stored', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const { key, apiKey } = await createApiKey(db, shipper, '  Orders system ');
    expect(key).toMatch(/^sc_live_[A-Za-z0-9_-]{43}$/);
    expect(apiKey).toEqual({
      id: expect.any(String),
      name: 'Orders system',
      prefix: key.slice(0, 12),
      lastFour: key.slice(-4),
      createdAt: expect.any(Date),
      lastUsedAt: null,
      revokedAt: null,
      createdBy: t.shipperA.name,
    });
    const row = await keyRow(apiKey.id);
    expect(row).toMatchObject({ accountId: t.accountA.id, createdByUserId: t.shipperA.id, keyHash: hashApiKey(key) });
    expect(JSON.stringify(row)).not.toContain(key.slice(12, -4));
    expect(await listApiKeys(db, shipper)).toEqual([apiKey]);
    expect(await auditOf(t.accountA.id)).toEqual([
      { field: 'apiKey', oldValue: null, newValue: `"Orders system" ${apiKey.prefix}…${apiKey.lastFour}` },
    ]);
  });

  it('lists newest first with the creator, active and revoked alike, and only the own account', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const colleague = actorOf(await createUser('shipper', { accountId: t.accountA.id }));
    const first = await createApiKey(db, shipper, 'First');
    const second = await createApiKey(db, colleague, 'Second');
    await revokeApiKey(db, shipper, first.apiKey.id);
    await createApiKey(db, actorOf(t.shipperB), 'Other account');
    const listed = await listApiKeys(db, shipper);
    expect(listed.map((k) => [k.name, k.createdBy, k.revokedAt === null])).toEqual([
      ['Second', colleague.name, true],
      ['First', shipper.name, false],
    ]);
    expect(await listApiKeys(db, colleague)).toEqual(listed);
    expect((await listApiKeys(db, actorOf(t.shipperB))).map((k) => k.name)).toEqual(['Other account']);
    expect(second.apiKey.id).toBe(listed[0]!.id);
  });

  it.each([
    ['empty', '', 'Enter a name for the key.'],
    ['only spaces', '   ', 'Enter a name for the key.'],
    ['61 characters', 'x'.repeat(61), 'The name must be at most 60 characters.'],
    ['a line break', 'Orders\nsystem', 'The name may not contain line breaks or control characters.'],
  ])('refuses a name that is %s', async (_, name, message) => {
    const t = await createTenants();
    expect(await refusal(createApiKey(db, actorOf(t.shipperA), name))).toEqual({ type: 'input', field: 'name', message });
    expect(await listApiKeys(db, actorOf(t.shipperA))).toEqual([]);
  });

  it("refuses an active key's name (any case), allows a revoked one's", async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const { apiKey } = await createApiKey(db, shipper, 'Warehouse');
    expect(await refusal(createApiKey(db, shipper, ' warehouse'))).toEqual({
      type: 'input',
      field: 'name',
      message: 'An active key already has this name. Choose another.',
    });
    expect((await createApiKey(db, actorOf(t.shipperB), 'Warehouse')).apiKey.name).toBe('Warehouse');
    await revokeApiKey(db, shipper, apiKey.id);
    expect((await createApiKey(db, shipper, 'Warehouse')).apiKey.name).toBe('Warehouse');
  });

  it(`allows ${MAX_ACTIVE_API_KEYS} active keys per account; revoking one makes room`, async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const created = [];
    for (let i = 0; i < MAX_ACTIVE_API_KEYS; i += 1) created.push(await createApiKey(db, shipper, `Key ${i}`));
    expect(await refusal(createApiKey(db, shipper, 'One more'))).toEqual({
      type: 'input',
      field: '_form',
      message: `An account can have at most ${MAX_ACTIVE_API_KEYS} active API keys. Revoke one to add another.`,
    });
    await revokeApiKey(db, shipper, created[0]!.apiKey.id);
    expect((await createApiKey(db, shipper, 'One more')).apiKey.name).toBe('One more');
  });

  it('lets no other role create or list keys', async () => {
    const t = await createTenants();
    for (const user of [t.manager, t.da, t.recipient]) {
      expect(await refusal(createApiKey(db, actorOf(user), 'Mine'))).toEqual({ type: 'AccessDeniedError' });
      await expect(listApiKeys(db, actorOf(user))).rejects.toBeInstanceOf(AccessDeniedError);
    }
    expect(await db.select().from(apiKeys).where(eq(apiKeys.accountId, t.accountA.id))).toEqual([]);
  });

  it("revokes once (audited), again without change; another account's, unknown and malformed ids are not found", async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const { apiKey } = await createApiKey(db, shipper, 'CI');
    for (const id of [apiKey.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
      await expect(revokeApiKey(db, actorOf(t.shipperB), id)).rejects.toBeInstanceOf(NotFoundError);
    }
    await expect(revokeApiKey(db, actorOf(t.manager), apiKey.id)).rejects.toBeInstanceOf(AccessDeniedError);
    expect((await keyRow(apiKey.id)).revokedAt).toBeNull();

    await revokeApiKey(db, shipper, apiKey.id);
    const revokedAt = (await keyRow(apiKey.id)).revokedAt;
    expect(revokedAt).toBeInstanceOf(Date);
    await revokeApiKey(db, shipper, apiKey.id);
    expect((await keyRow(apiKey.id)).revokedAt).toEqual(revokedAt);
    expect((await auditOf(t.accountA.id)).map((e) => [e.oldValue, e.newValue])).toEqual([
      [null, `"CI" ${apiKey.prefix}…${apiKey.lastFour}`],
      [`"CI" ${apiKey.prefix}…${apiKey.lastFour}`, 'revoked'],
    ]);
  });
});

describe('authenticateApiKey', () => {
  it("acts as a shipper of the key's account, named after the key, with its creator's user and e-mail", async () => {
    const t = await createTenants();
    const { key, apiKey } = await createApiKey(db, actorOf(t.shipperA), 'Orders');
    expect(await authenticateApiKey(db, key, NOW, ROOMY)).toEqual({
      ok: true,
      keyId: apiKey.id,
      actor: {
        userId: t.shipperA.id,
        role: 'shipper',
        name: 'API key "Orders"',
        email: t.shipperA.email,
        accountId: t.accountA.id,
        station: null,
        phoneE164: null,
      },
    });
  });

  it('answers the same 401 for no key, a malformed one, an unknown one and a revoked one (from the next request on)', async () => {
    const t = await createTenants();
    const shipper = actorOf(t.shipperA);
    const { key, apiKey } = await createApiKey(db, shipper, 'Soon revoked');
    const unauthorized = { ok: false, status: 401, message: 'The access token is missing, malformed, revoked or unknown.' };
    expect(await authenticateApiKey(db, null, NOW, ROOMY)).toEqual(unauthorized);
    expect(await authenticateApiKey(db, 'sc_live_short', NOW, ROOMY)).toEqual(unauthorized);
    expect(await authenticateApiKey(db, `sc_live_${'Z'.repeat(43)}`, NOW, ROOMY)).toEqual(unauthorized);
    expect(await authenticateApiKey(db, key, NOW, ROOMY)).toMatchObject({ ok: true });
    await revokeApiKey(db, shipper, apiKey.id);
    expect(await authenticateApiKey(db, key, later(1), ROOMY)).toEqual(unauthorized);
  });

  it('refuses a key whose creator was disabled or moved to another account', async () => {
    const t = await createTenants();
    const creator = await createUser('shipper', { accountId: t.accountA.id });
    const { key } = await createApiKey(db, actorOf(creator), 'Leaver');
    expect(await authenticateApiKey(db, key, NOW, ROOMY)).toMatchObject({ ok: true });
    await db.update(users).set({ disabled: true }).where(eq(users.id, creator.id));
    expect(await authenticateApiKey(db, key, later(1), ROOMY)).toMatchObject({ ok: false, status: 401 });
    await db.update(users).set({ disabled: false, accountId: t.accountB.id }).where(eq(users.id, creator.id));
    expect(await authenticateApiKey(db, key, later(2), ROOMY)).toMatchObject({ ok: false, status: 401 });
  });

  it("commits its own statement asynchronously and leaves the connection's setting as it was", async () => {
    const t = await createTenants();
    const { key } = await createApiKey(db, actorOf(t.shipperA), 'Async');
    expect(await authenticateApiKey(db, key, NOW, ROOMY)).toMatchObject({ ok: true });
    const shown = (await db.execute(sql`show synchronous_commit`)) as unknown as { rows: { synchronous_commit: string }[] };
    expect(shown.rows[0]!.synchronous_commit).toBe('on');
  });

  it('stamps last_used_at on first use and then at most once a minute', async () => {
    const t = await createTenants();
    const { key, apiKey } = await createApiKey(db, actorOf(t.shipperA), 'Stamped');
    const lastUsed = async () => (await keyRow(apiKey.id)).lastUsedAt;
    await authenticateApiKey(db, key, NOW, ROOMY);
    expect(await lastUsed()).toEqual(NOW);
    await authenticateApiKey(db, key, later(59_000), ROOMY);
    expect(await lastUsed()).toEqual(NOW);
    await authenticateApiKey(db, key, later(60_000), ROOMY);
    expect(await lastUsed()).toEqual(later(60_000));
    expect((await listApiKeys(db, actorOf(t.shipperA)))[0]!.lastUsedAt).toEqual(later(60_000));
  });
});

describe('the per-key rate limit', () => {
  const SMALL = { perSecond: 1, burst: 5 };

  it('lets a burst of 5 through, then answers 429 with Retry-After ≥ 1 s; other keys are not affected', async () => {
    const t = await createTenants();
    const { key } = await createApiKey(db, actorOf(t.shipperA), 'Bursty');
    const { key: other } = await createApiKey(db, actorOf(t.shipperA), 'Quiet');
    const outcomes = [];
    for (let i = 0; i < 8; i += 1) outcomes.push(await authenticateApiKey(db, key, NOW, SMALL));
    expect(outcomes.map((o) => (o.ok ? 200 : o.status))).toEqual([200, 200, 200, 200, 200, 429, 429, 429]);
    const bursty = outcomes[0]!.ok ? outcomes[0]!.keyId : null;
    expect(outcomes[5]).toEqual({
      ok: false,
      status: 429,
      keyId: bursty,
      retryAfterSeconds: 1,
      message: 'Too many requests for this key. Retry after 1 s.',
    });
    expect(await authenticateApiKey(db, other, NOW, SMALL)).toMatchObject({ ok: true });
  });

  it('refills by the time passed at the rate, never above the burst, and names the wait in whole seconds', async () => {
    const t = await createTenants();
    const { key, apiKey } = await createApiKey(db, actorOf(t.shipperA), 'Refilled');
    const slow = { perSecond: 0.25, burst: 5 };
    const allowed = async (at: Date, n: number) => {
      let through = 0;
      for (let i = 0; i < n; i += 1) if ((await authenticateApiKey(db, key, at, slow)).ok) through += 1;
      return through;
    };
    expect(await allowed(NOW, 7)).toBe(5);
    expect(await authenticateApiKey(db, key, later(1000), slow)).toMatchObject({ status: 429, retryAfterSeconds: 3 });
    expect(await allowed(later(4000), 3)).toBe(1);
    expect(await allowed(later(12_000), 3)).toBe(2);
    expect(await allowed(later(3_600_000), 10)).toBe(5);
    const [bucket] = await db.select().from(apiKeyBuckets).where(eq(apiKeyBuckets.keyId, apiKey.id));
    expect(bucket!.tokens).toBeCloseTo(0, 9);
  });

  it('takes no token and refills nothing when a clock runs behind the last request', async () => {
    const t = await createTenants();
    const { key } = await createApiKey(db, actorOf(t.shipperA), 'Skewed');
    const limit = { perSecond: 1, burst: 2 };
    expect(await authenticateApiKey(db, key, later(10_000), limit)).toMatchObject({ ok: true });
    expect(await authenticateApiKey(db, key, NOW, limit)).toMatchObject({ ok: true });
    expect(await authenticateApiKey(db, key, NOW, limit)).toMatchObject({ status: 429 });
    expect(await authenticateApiKey(db, key, later(10_999), limit)).toMatchObject({ status: 429 });
    expect(await authenticateApiKey(db, key, later(11_000), limit)).toMatchObject({ ok: true });
  });

  it('answers 401, not 429, for a revoked key whose bucket is empty', async () => {
    const t = await createTenants();
    const { key, apiKey } = await createApiKey(db, actorOf(t.shipperA), 'Empty');
    const tiny = { perSecond: 0.001, burst: 1 };
    expect(await authenticateApiKey(db, key, NOW, tiny)).toMatchObject({ ok: true });
    expect(await authenticateApiKey(db, key, NOW, tiny)).toMatchObject({ status: 429, retryAfterSeconds: 1000 });
    await revokeApiKey(db, actorOf(t.shipperA), apiKey.id);
    expect(await authenticateApiKey(db, key, NOW, tiny)).toMatchObject({ status: 401 });
  });
});
