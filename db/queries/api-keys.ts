import 'server-only';
import { and, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { generateApiKey, hashApiKey, isWellFormedApiKey, maskedApiKey } from '@/lib/api/api-key';
import { apiKeyNameSchema } from '@/lib/api/api-key-input';
import type { TrackingExample } from '@/lib/api/curl-example';
import { apiRateLimit } from '@/lib/api/rate-limit-config';
import { secondsUntilToken, type TokenBucketLimit, tokensAt } from '@/lib/api/token-bucket';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import { SettingInputError } from '@/lib/settings/setting-error';
import type { Db, DbOrTx } from '../client';
import { apiKeys, shipments, shipperAccounts, users } from '../schema';
import { ownAccountId } from './access';
import { writeAuditEntries } from './audit-log';
import { descNullsLast } from './desc-index-order';

export const MAX_ACTIVE_API_KEYS = 20;
const AUDIT_FIELD = 'apiKey';
const UNAUTHORIZED = 'The access token is missing, malformed, revoked or unknown.';

export interface ApiKeyListRow {
  id: string;
  name: string;
  prefix: string;
  lastFour: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** The name of the user who created it. */
  createdBy: string;
}

export interface CreatedApiKey {
  /** The whole key, for the shipper who created it this once: only its hash is kept. */
  key: string;
  apiKey: ApiKeyListRow;
}

export type ApiAuth =
  | { ok: true; keyId: string; actor: Actor }
  | { ok: false; status: 401; message: string }
  | { ok: false; status: 429; keyId: string; retryAfterSeconds: number; message: string };

const listColumns = {
  id: apiKeys.id,
  name: apiKeys.name,
  prefix: apiKeys.prefix,
  lastFour: apiKeys.lastFour,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
  createdBy: users.name,
};

const auditValue = (key: { name: string; prefix: string; lastFour: string }) => `"${key.name}" ${maskedApiKey(key.prefix, key.lastFour)}`;

function validName(name: string): string {
  const parsed = apiKeyNameSchema.safeParse(name);
  if (!parsed.success) throw new SettingInputError('name', parsed.error.issues[0]!.message);
  return parsed.data;
}

/**
 * A new key for the shipper's own account, returned whole this once (only its hash is kept). Names are
 * unique among the account's active keys, so the list tells them apart; at most MAX_ACTIVE_API_KEYS.
 */
export async function createApiKey(db: DbOrTx, actor: Actor, name: string): Promise<CreatedApiKey> {
  const accountId = ownAccountId(actor);
  const keyName = validName(name);
  const generated = generateApiKey();
  return db.transaction(async (tx) => {
    // One create at a time per account, so two at once cannot pass the limit or share a name.
    await tx.select({ id: shipperAccounts.id }).from(shipperAccounts).where(eq(shipperAccounts.id, accountId)).for('no key update');
    const active = and(eq(apiKeys.accountId, accountId), isNull(apiKeys.revokedAt));
    const [existing] = await tx.select({ n: count() }).from(apiKeys).where(active);
    if ((existing?.n ?? 0) >= MAX_ACTIVE_API_KEYS) {
      throw new SettingInputError(
        '_form',
        `An account can have at most ${MAX_ACTIVE_API_KEYS} active API keys. Revoke one to add another.`,
      );
    }
    const [clash] = await tx
      .select({ id: apiKeys.id })
      .from(apiKeys)
      .where(and(active, sql`lower(${apiKeys.name}) = lower(${keyName})`))
      .limit(1);
    if (clash) throw new SettingInputError('name', 'An active key already has this name. Choose another.');
    const [row] = await tx
      .insert(apiKeys)
      .values({
        accountId,
        createdByUserId: actor.userId,
        name: keyName,
        prefix: generated.prefix,
        lastFour: generated.lastFour,
        keyHash: generated.hash,
      })
      .returning();
    await writeAuditEntries(tx, actor, accountId, [{ field: AUDIT_FIELD, oldValue: null, newValue: auditValue(row!) }]);
    const { id, prefix, lastFour, createdAt, lastUsedAt, revokedAt } = row!;
    return { key: generated.key, apiKey: { id, name: keyName, prefix, lastFour, createdAt, lastUsedAt, revokedAt, createdBy: actor.name } };
  });
}

/** The keys of the shipper's own account, active and revoked, newest first. */
export async function listApiKeys(db: DbOrTx, actor: Actor): Promise<ApiKeyListRow[]> {
  const accountId = ownAccountId(actor);
  return db
    .select(listColumns)
    .from(apiKeys)
    .innerJoin(users, eq(users.id, apiKeys.createdByUserId))
    .where(eq(apiKeys.accountId, accountId))
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Revokes a key of the shipper's own account; the next request with it is refused. Revoking it again changes nothing. */
export async function revokeApiKey(db: DbOrTx, actor: Actor, keyId: string): Promise<void> {
  const accountId = ownAccountId(actor);
  if (!isUuid(keyId)) throw new NotFoundError('No such API key.');
  await db.transaction(async (tx) => {
    const [key] = await tx
      .select()
      .from(apiKeys)
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.accountId, accountId)))
      .for('no key update');
    if (!key) throw new NotFoundError('No such API key.');
    if (key.revokedAt) return;
    await tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(eq(apiKeys.id, keyId));
    await writeAuditEntries(tx, actor, accountId, [{ field: AUDIT_FIELD, oldValue: auditValue(key), newValue: 'revoked' }]);
  });
}

interface AuthRow extends Record<string, unknown> {
  key_id: string;
  account_id: string;
  key_name: string;
  user_id: string;
  email: string;
  taken: boolean;
  /** The bucket as it stood before this request (null for a new one), for Retry-After. */
  tokens: number | null;
  refilled_ms: number | null;
}

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;

/**
 * One statement: finds the active key by hash (its creator still an enabled shipper of the account),
 * takes a token from its bucket (refilled by the time since, capped at the burst; the upsert's row lock
 * makes parallel requests on every instance take turns, so none overshoots), and stamps last_used_at at
 * most once a minute. A bucket without a token is left as it is.
 *
 * It commits asynchronously (synchronous_commit off for this statement's own transaction): the bucket's
 * row lock is held until commit, so waiting for the WAL flush would hold up every other request of the
 * key. A crash can lose the last fraction of a second of token counts and stamps, which costs nothing.
 * Call it outside a transaction, or the setting would apply to the caller's.
 */
async function takeToken(db: Db, keyHash: string, now: Date, limit: TokenBucketLimit): Promise<AuthRow | undefined> {
  const rate = sql`${limit.perSecond}::float8`;
  const burst = sql`${limit.burst}::float8`;
  const refilled = sql`least(${burst}, b.tokens + ${rate} * greatest(0, extract(epoch from ${at(now)} - b.refilled_at)::float8))`;
  const result = (await db.execute(sql`
    with key as (
      select k.id, k.account_id, k.name, u.id as user_id, u.email
      from api_keys k
      join users u on u.id = k.created_by_user_id
      where k.key_hash = ${keyHash} and k.revoked_at is null
        and u.role = 'shipper' and u.account_id = k.account_id and not u.disabled
    ), taken as (
      insert into api_key_buckets as b (key_id, tokens, refilled_at)
      select id, ${burst} - 1, ${at(now)} from key
      on conflict (key_id) do update
        set tokens = ${refilled} - 1, refilled_at = greatest(b.refilled_at, ${at(now)})
        where ${refilled} >= 1
      returning b.key_id
    ), stamped as (
      update api_keys set last_used_at = ${at(now)}
      where id in (select id from key) and (last_used_at is null or last_used_at <= ${at(now)} - interval '1 minute')
    )
    select key.id as key_id, key.account_id, key.name as key_name, key.user_id, key.email,
      taken.key_id is not null as taken, before.tokens,
      (extract(epoch from before.refilled_at) * 1000)::float8 as refilled_ms
    from key
    cross join (select set_config('synchronous_commit', 'off', true)) as async_commit
    left join taken on true
    left join api_key_buckets before on before.key_id = key.id
  `)) as unknown as { rows: AuthRow[] };
  return result.rows[0];
}

/**
 * Who an API request acts as, and whether its key's rate limit lets it through. Unknown, malformed and
 * revoked keys get the same 401; nothing about a key is cached between requests, so a revocation
 * holds from the next one.
 */
export async function authenticateApiKey(db: Db, rawKey: string | null, now: Date, limit = apiRateLimit()): Promise<ApiAuth> {
  if (rawKey === null || !isWellFormedApiKey(rawKey)) return { ok: false, status: 401, message: UNAUTHORIZED };
  const row = await takeToken(db, hashApiKey(rawKey), now, limit);
  if (!row) return { ok: false, status: 401, message: UNAUTHORIZED };
  if (!row.taken) {
    const tokens = row.tokens === null ? 0 : tokensAt({ tokens: row.tokens, refilledAt: new Date(row.refilled_ms!) }, now, limit);
    const retryAfterSeconds = secondsUntilToken(tokens, limit);
    return {
      ok: false,
      status: 429,
      keyId: row.key_id,
      retryAfterSeconds,
      message: `Too many requests for this key. Retry after ${retryAfterSeconds} s.`,
    };
  }
  return {
    ok: true,
    keyId: row.key_id,
    actor: {
      userId: row.user_id,
      role: 'shipper',
      name: `API key "${row.key_name}"`,
      email: row.email,
      accountId: row.account_id,
      station: null,
      phoneE164: null,
    },
  };
}

/** The account's newest shipment, for the settings page's ready-to-run tracking example. */
export async function newestShipmentForExample(db: DbOrTx, actor: Actor): Promise<TrackingExample | null> {
  const [row] = await db
    .select({ trackingId: shipments.trackingId, marketplace: shipments.marketplace })
    .from(shipments)
    .where(and(eq(shipments.accountId, ownAccountId(actor)), isNotNull(shipments.marketplace)))
    .orderBy(descNullsLast(shipments.createdAt))
    .limit(1);
  return row ? { trackingId: row.trackingId, marketplace: row.marketplace! } : null;
}
