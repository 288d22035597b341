import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import { serverEnv } from '../lib/env';
import * as schema from './schema';

type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Either the database or a transaction on it: queries that may join a caller's transaction take this. */
export type DbOrTx = Db | Tx;

interface Connection {
  db: Db;
  kind: 'postgres' | 'pglite';
  close: () => Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
/** Serialises migrations when several instances start against one PostgreSQL server. */
const MIGRATION_LOCK_KEY = 7_331_001;

export function defaultPgliteDir(): string {
  return serverEnv().PGLITE_DIR ?? path.join(process.cwd(), '.data', 'pglite');
}

async function connect(): Promise<Connection> {
  const { DATABASE_URL: url, DATABASE_POOL_MAX: max } = serverEnv();
  if (url) {
    const pool = new Pool({ connectionString: url, max });
    // An idle client dropped by the server (restart, failover, admin) must not crash the process; the pool replaces it.
    pool.on('error', (error) => console.error(`PostgreSQL idle client error: ${error.message}`));
    const db = drizzleNodePg({ client: pool, schema }) as unknown as Db;
    const client = await pool.connect();
    try {
      await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await migrateNodePg(drizzleNodePg({ client, schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      client.release();
    }
    return { db, kind: 'postgres', close: () => pool.end() };
  }
  const dir = defaultPgliteDir();
  if (dir !== 'memory://') mkdirSync(dir, { recursive: true });
  const client = dir === 'memory://' ? new PGlite() : new PGlite(dir);
  const db = drizzlePglite({ client, schema });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  return { db: db as unknown as Db, kind: 'pglite', close: () => client.close() };
}

// One connection per process, shared by every bundle Next.js loads (instrumentation, routes, actions):
// two PGlite instances on one folder would corrupt it.
const globalKey = Symbol.for('shipper-central.db');
type GlobalWithDb = typeof globalThis & { [globalKey]?: Promise<Connection> };

function connection(): Promise<Connection> {
  const g = globalThis as GlobalWithDb;
  g[globalKey] ??= connect();
  return g[globalKey];
}

export async function getDb(): Promise<Db> {
  return (await connection()).db;
}

export async function databaseKind(): Promise<Connection['kind']> {
  return (await connection()).kind;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const pending = g[globalKey];
  delete g[globalKey];
  if (pending) await (await pending).close();
}
