import { and, inArray, isNull } from 'drizzle-orm';
import { describeApiKey } from '@/lib/api/api-key';
import { demoApiKey } from '@/lib/api/demo-api-key';
import { type EnvSource, isDemoInbox, readServerSecrets } from '@/lib/env';
import type { Db } from './client';
import { apiKeys, users } from './schema';
import { DEMO_ACCOUNTS } from './seed-data';

export const DEMO_API_KEY_NAME = 'Demo key';

/**
 * In demo mode, one API key per demo shipper (made on the first run, found on the next) and the lines
 * `api-key <e-mail> <key>` to print with the sign-ins; a key the shipper has revoked is not printed.
 * Outside demo mode no key is made and nothing is printed.
 */
export async function seedDemoApiKeys(db: Db, source: EnvSource = process.env): Promise<string[]> {
  if (!isDemoInbox(source)) return [];
  const secret = readServerSecrets(source).NEXTAUTH_SECRET;
  const emails = DEMO_ACCOUNTS.map((a) => a.shipperEmail);
  const shippers = await db
    .select({ id: users.id, email: users.email, accountId: users.accountId })
    .from(users)
    .where(inArray(users.email, emails));
  const keys = shippers
    .filter((s) => s.accountId !== null)
    .map((s) => ({ email: s.email, userId: s.id, accountId: s.accountId!, ...describeApiKey(demoApiKey(secret, s.email)) }));
  if (keys.length === 0) return [];
  await db
    .insert(apiKeys)
    .values(
      keys.map((k) => ({
        accountId: k.accountId,
        createdByUserId: k.userId,
        name: DEMO_API_KEY_NAME,
        prefix: k.prefix,
        lastFour: k.lastFour,
        keyHash: k.hash,
      })),
    )
    .onConflictDoNothing({ target: apiKeys.keyHash });
  const active = await db
    .select({ hash: apiKeys.keyHash })
    .from(apiKeys)
    .where(
      and(
        inArray(
          apiKeys.keyHash,
          keys.map((k) => k.hash),
        ),
        isNull(apiKeys.revokedAt),
      ),
    );
  const activeHashes = new Set(active.map((a) => a.hash));
  return emails.flatMap((email) => {
    const key = keys.find((k) => k.email === email);
    return key && activeHashes.has(key.hash) ? [`api-key ${email} ${key.key}`] : [];
  });
}
