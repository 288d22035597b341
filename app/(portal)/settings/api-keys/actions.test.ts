import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/db/client';
import { apiKeys } from '@/db/schema';
import { authenticateApiKey } from '@/db/queries/api-keys';
import { hashApiKey } from '@/lib/api/api-key';
import type { Actor } from '@/lib/auth/actor';
import { actorOf, createTenants } from '@/tests/support/fixtures';
import { SAME_ORIGIN_HEADERS, setRequestHeaders } from '@/tests/support/request-headers';
import { setUpTestSecrets } from '@/tests/support/secret-keys';

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock('@/app/_lib/session', () => ({ getActor: async () => session.actor }));

const { createApiKeyAction, revokeApiKeyAction } = await import('./actions');

const ROOMY = { perSecond: 1000, burst: 1000 };

beforeAll(() => {
  setUpTestSecrets();
});
beforeEach(() => {
  session.actor = null;
  setRequestHeaders(SAME_ORIGIN_HEADERS);
});

async function keysOf(accountId: string) {
  const db = await getDb();
  return db.select().from(apiKeys).where(eq(apiKeys.accountId, accountId));
}

describe('API key actions', () => {
  it('creates a key answered once in full, which then authenticates; revoking it stops it at once', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const created = await createApiKeyAction({ name: ' Warehouse system ' });
    expect(created).toMatchObject({
      ok: true,
      message: 'Key created. Copy it now: it will not be shown again.',
      data: { key: expect.stringMatching(/^sc_live_/), apiKey: { name: 'Warehouse system', revokedAt: null } },
    });
    const { key, apiKey } = created.ok ? created.data! : { key: '', apiKey: { id: '' } };
    expect(await keysOf(t.accountA.id)).toMatchObject([{ id: apiKey.id, keyHash: hashApiKey(key) }]);
    const db = await getDb();
    expect(await authenticateApiKey(db, key, new Date(), ROOMY)).toMatchObject({ ok: true, actor: { accountId: t.accountA.id } });

    expect(await revokeApiKeyAction({ keyId: apiKey.id })).toEqual({
      ok: true,
      message: 'Key revoked. Requests with it are refused from now on.',
    });
    expect(await authenticateApiKey(db, key, new Date(), ROOMY)).toMatchObject({ ok: false, status: 401 });
  });

  it('names the field of a bad name; a payload naming an account or a key is refused whole', async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    expect(await createApiKeyAction({ name: '' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: 'name: Enter a name for the key.',
      fieldErrors: { name: ['Enter a name for the key.'] },
    });
    expect(await createApiKeyAction({ name: 'x'.repeat(61) })).toMatchObject({
      code: 'INVALID',
      fieldErrors: { name: [expect.any(String)] },
    });
    expect(await createApiKeyAction({ name: 'Mine', accountId: t.accountB.id })).toMatchObject({ code: 'INVALID' });
    expect(await createApiKeyAction({ name: 'Mine', key: `sc_live_${'A'.repeat(43)}` })).toMatchObject({ code: 'INVALID' });
    expect(await createApiKeyAction({ name: 'Twice' })).toMatchObject({ ok: true });
    expect(await createApiKeyAction({ name: 'twice' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      fieldErrors: { name: ['An active key already has this name. Choose another.'] },
    });
    expect(await revokeApiKeyAction({ keyId: 'not-a-uuid' })).toMatchObject({
      ok: false,
      code: 'INVALID',
      error: 'keyId: No such API key.',
    });
    expect((await keysOf(t.accountA.id)).map((k) => k.name)).toEqual(['Twice']);
    expect(await keysOf(t.accountB.id)).toEqual([]);
  });

  it("another account's key is not found; other roles, signed-out visitors and cross-site requests change nothing", async () => {
    const t = await createTenants();
    session.actor = actorOf(t.shipperA);
    const created = await createApiKeyAction({ name: 'Orders' });
    const keyId = created.ok ? created.data!.apiKey.id : '';
    const before = await keysOf(t.accountA.id);

    session.actor = actorOf(t.shipperB);
    expect(await revokeApiKeyAction({ keyId })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    for (const user of [t.manager, t.da, t.recipient]) {
      session.actor = actorOf(user);
      expect(await createApiKeyAction({ name: 'Mine' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      expect(await revokeApiKeyAction({ keyId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    session.actor = null;
    expect(await revokeApiKeyAction({ keyId })).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' });
    session.actor = actorOf(t.shipperA);
    setRequestHeaders({ host: 'portal.test', origin: 'https://evil.example' });
    expect(await createApiKeyAction({ name: 'Cross-site' })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await revokeApiKeyAction({ keyId })).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(await keysOf(t.accountA.id)).toEqual(before);
    expect(await keysOf(t.accountB.id)).toEqual([]);
  });
});
