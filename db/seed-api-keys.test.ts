import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { authenticateApiKey, revokeApiKey } from '@/db/queries/api-keys';
import { actorFromUser } from '@/db/queries/users';
import { hashApiKey } from '@/lib/api/api-key';
import { demoApiKey } from '@/lib/api/demo-api-key';
import { setUpTestSecrets } from '@/tests/support/secret-keys';
import { apiKeys, users } from './schema';
import { seedDemo } from './seed';
import { DEMO_API_KEY_NAME, seedDemoApiKeys } from './seed-api-keys';
import { DEMO_ACCOUNTS } from './seed-data';

let db: Db;
beforeAll(async () => {
  setUpTestSecrets();
  db = await getDb();
  await seedDemo(db);
});

const ROOMY = { perSecond: 1000, burst: 1000 };
const LINE = /^api-key (\S+) (sc_live_[A-Za-z0-9_-]{43})$/;

describe('demo API keys', () => {
  it('outside demo mode: no key is made and nothing is printed', async () => {
    expect(await seedDemoApiKeys(db, { ...process.env, DEMO_INBOX: undefined })).toEqual([]);
    expect(await seedDemoApiKeys(db, { ...process.env, DEMO_INBOX: '0' })).toEqual([]);
    expect(await db.select().from(apiKeys)).toEqual([]);
  });

  it('in demo mode: one key per demo shipper, printed on every run, stored hashed once, and working', async () => {
    const demo = { ...process.env, DEMO_INBOX: '1' };
    const lines = await seedDemoApiKeys(db, demo);
    expect(lines.map((l) => LINE.exec(l)?.[1])).toEqual(DEMO_ACCOUNTS.map((a) => a.shipperEmail));
    const stored = await db.select().from(apiKeys);
    expect(stored).toHaveLength(DEMO_ACCOUNTS.length);

    expect(await seedDemoApiKeys(db, demo)).toEqual(lines);
    expect(await db.select().from(apiKeys)).toEqual(stored);

    for (const line of lines) {
      const [, email, key] = LINE.exec(line)!;
      expect(key).toBe(demoApiKey(process.env.NEXTAUTH_SECRET!, email!));
      const [shipper] = await db.select().from(users).where(eq(users.email, email!));
      const row = stored.find((k) => k.keyHash === hashApiKey(key!));
      expect(row).toMatchObject({ name: DEMO_API_KEY_NAME, accountId: shipper!.accountId, createdByUserId: shipper!.id });
      expect(JSON.stringify(row)).not.toContain(key!.slice(12, -4));
      expect(await authenticateApiKey(db, key!, new Date(), ROOMY)).toMatchObject({ ok: true, actor: { accountId: shipper!.accountId } });
    }
  });

  it('does not print a demo key its shipper revoked, and does not make it again', async () => {
    const demo = { ...process.env, DEMO_INBOX: '1' };
    const [first] = await seedDemoApiKeys(db, demo);
    const [, email, key] = LINE.exec(first!)!;
    const [shipper] = await db.select().from(users).where(eq(users.email, email!));
    const [row] = await db
      .select()
      .from(apiKeys)
      .where(eq(apiKeys.keyHash, hashApiKey(key!)));
    await revokeApiKey(db, actorFromUser(shipper!), row!.id);
    const lines = await seedDemoApiKeys(db, demo);
    expect(lines).toHaveLength(DEMO_ACCOUNTS.length - 1);
    expect(lines.some((l) => l.includes(email!))).toBe(false);
    expect(await db.select().from(apiKeys)).toHaveLength(DEMO_ACCOUNTS.length);
  });

  it("derives a different key for another installation's secret and another e-mail", () => {
    const [a, b] = [Buffer.alloc(32, 1).toString('base64'), Buffer.alloc(32, 2).toString('base64')];
    const key = demoApiKey(a, 'shipper@x.example');
    expect(key).toMatch(/^sc_live_[A-Za-z0-9_-]{43}$/);
    expect(demoApiKey(a, 'shipper@x.example')).toBe(key);
    expect(demoApiKey(b, 'shipper@x.example')).not.toBe(key);
    expect(demoApiKey(a, 'shipper@y.example')).not.toBe(key);
  });
});
