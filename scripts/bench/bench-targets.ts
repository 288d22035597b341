/**
 * The databases a benchmark runs on: PGlite in a temp dir, or a scratch PostgreSQL database on the server
 * at DATABASE_URL, migrated, served to `node server.js` through its environment, and removed afterwards.
 * A target can be connected to more than once (PGlite is one process's at a time: the bench disconnects
 * before the server starts, and connects again only while it is stopped).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema';
import { createScratchDatabase } from '../../db/scratch-database';
import type { RawSql } from './tracker-seed';

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

/** A statement as drizzle logged it, to EXPLAIN. */
export interface Captured {
  query: string;
  params: unknown[];
}

export interface Connection {
  db: Db;
  raw: RawSql;
  /** EXPLAIN (ANALYZE, BUFFERS) of a statement, after the session settings its transaction ran it with. */
  explain(q: Captured, settings?: Captured): Promise<string>;
  close(): Promise<void>;
}

export interface Target {
  kind: 'pglite' | 'postgres';
  connect(): Promise<Connection>;
  /** Environment for `node server.js` on this database. */
  serverEnv: Record<string, string | undefined>;
  cleanup(): Promise<void>;
}

const planText = (rows: { 'QUERY PLAN': string }[]) => rows.map((r) => r['QUERY PLAN']).join('\n');

function pgliteConnection(dir: string, logger: Logger) {
  const client = new PGlite(dir);
  const orm = drizzlePglite({ client, schema, logger });
  const connection: Connection = {
    db: orm as unknown as Db,
    raw: {
      exec: async (text) => void (await client.exec(text)),
      rows: async <T>(text: string) => (await client.query<T>(text)).rows,
    },
    explain: (q, settings) =>
      client.transaction(async (tx) => {
        if (settings) await tx.query(settings.query, settings.params);
        const plan = planText((await tx.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.query}`, q.params)).rows);
        await tx.rollback();
        return plan;
      }),
    close: () => client.close(),
  };
  return { orm, connection };
}

async function openPglite(logger: Logger): Promise<Target> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-tracker-'));
  const first = pgliteConnection(dir, logger);
  await migratePglite(first.orm, { migrationsFolder: MIGRATIONS });
  await first.connection.close();
  return {
    kind: 'pglite',
    connect: async () => pgliteConnection(dir, logger).connection,
    serverEnv: { PGLITE_DIR: dir, DATABASE_URL: undefined },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function postgresConnection(url: string, logger: Logger) {
  const pool = new Pool({ connectionString: url, max: 4 });
  // Dropping the scratch database ends the pool's idle connections: not a failure of the run.
  pool.on('error', () => undefined);
  const orm = drizzleNodePg({ client: pool, schema, logger });
  const connection: Connection = {
    db: orm as unknown as Db,
    raw: {
      exec: async (text) => void (await pool.query(text)),
      rows: async <T>(text: string) => (await pool.query(text)).rows as T[],
    },
    explain: async (q, settings) => {
      const client = await pool.connect();
      try {
        await client.query('begin');
        if (settings) await client.query(settings.query, settings.params);
        return planText((await client.query(`explain (analyze, buffers) ${q.query}`, q.params)).rows);
      } finally {
        await client.query('rollback');
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return { orm, connection };
}

async function openPostgres(serverUrl: string, logger: Logger): Promise<Target> {
  const scratch = await createScratchDatabase(serverUrl, 'sc_bench');
  const first = postgresConnection(scratch.url, logger);
  await migrateNodePg(first.orm, { migrationsFolder: MIGRATIONS });
  await first.connection.close();
  return {
    kind: 'postgres',
    connect: async () => postgresConnection(scratch.url, logger).connection,
    serverEnv: { DATABASE_URL: scratch.url, PGLITE_DIR: undefined },
    cleanup: scratch.drop,
  };
}

/** A fresh, migrated database of that kind; PostgreSQL's on the server at `serverUrl`. */
export function openTarget(kind: Target['kind'], serverUrl: string | undefined, logger: Logger): Promise<Target> {
  if (kind === 'pglite') return openPglite(logger);
  if (!serverUrl) throw new Error('PostgreSQL needs DATABASE_URL');
  return openPostgres(serverUrl, logger);
}

const SESSION_SETTINGS = /^\s*select set_config\(/i;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each statement a scenario read with, as the app ran it: a `set_config` the
 * app sent before a statement (a text search's work_mem) is applied to that statement's plan too.
 */
export async function explainStatements(conn: Connection, statements: Captured[], log: (s: string) => void): Promise<void> {
  let settings: Captured | undefined;
  for (const q of statements) {
    if (SESSION_SETTINGS.test(q.query)) {
      settings = q;
      continue;
    }
    if (!/^\s*(select|with)\b/i.test(q.query)) continue;
    const shown = `${q.query.replace(/\s+/g, ' ').slice(0, 400)}${q.query.length > 400 ? ' …' : ''}`;
    log(
      `\n${shown}${settings ? `\n(after ${settings.query} with ${JSON.stringify(settings.params)})` : ''}\n${await conn.explain(q, settings)}`,
    );
    settings = undefined;
  }
}
