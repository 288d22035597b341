/**
 * `npm run bench:tracker`: bulk-seeds 1,000,000 shipments (≈4 events each) for one account plus
 * 1,000,000 over 50 others, times the tracker's own data-access functions (p50/p95), prints
 * EXPLAIN ANALYZE of the slowest, then load-tests the rendered tracker list (plain, filtered, searched) and
 * detail pages on the production server, beside a static 404 and /sign-in measured in the same run.
 * Runs on PGlite (temp dir) and, when DATABASE_URL is set, on a scratch PostgreSQL database that it
 * drops afterwards. Prints figures only: no pass/fail on time.
 *
 * Env: BENCH_SHIPMENTS (per side, default 1000000), BENCH_TARGETS (pglite,postgres),
 * BENCH_LOAD_SECONDS (default 20; 0 skips the load test), BENCH_PORT (default 3202).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import bcrypt from 'bcryptjs';
import type { Logger } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { Pool } from 'pg';
import type { Db } from '../db/client';
import { countTrackerStatuses, getShipmentDetail, listTrackerShipments } from '../db/queries/tracker';
import * as schema from '../db/schema';
import { createScratchDatabase } from '../db/scratch-database';
import type { Actor } from '../lib/auth/actor';
import { type Cursor, DEFAULT_QUERY, type TrackerQuery } from '../lib/tracker/query';
import { bulkSeed, type BenchTenants, type RawSql } from './bench/tracker-seed';
import { type LoadedPage, type LoadFigures, loadTestPages } from './bench/load-test';

const PER_SIDE = Number(process.env.BENCH_SHIPMENTS ?? 1_000_000);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const PASSWORD = 'Bench-pass-2026';
const WARMUP = 3;
const RUNS = 30;
const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');

interface Captured {
  query: string;
  params: unknown[];
}

interface Target {
  kind: 'pglite' | 'postgres';
  db: Db;
  raw: RawSql;
  explain(q: Captured): Promise<string>;
  close(): Promise<void>;
  /** Environment for `next start` on this database. */
  serverEnv: Record<string, string | undefined>;
  cleanup(): Promise<void>;
}

const captured: Captured[] = [];
let capturing = false;
const logger: Logger = {
  logQuery(query, params) {
    if (capturing) captured.push({ query, params });
  },
};

async function openPglite(): Promise<Target> {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-tracker-'));
  const client = new PGlite(dir);
  const db = drizzlePglite({ client, schema, logger });
  await migratePglite(db, { migrationsFolder: MIGRATIONS });
  return {
    kind: 'pglite',
    db: db as unknown as Db,
    raw: {
      exec: async (text) => void (await client.exec(text)),
      rows: async <T>(text: string) => (await client.query<T>(text)).rows,
    },
    explain: async (q) =>
      (await client.query<{ 'QUERY PLAN': string }>(`explain (analyze, buffers) ${q.query}`, q.params as unknown[])).rows
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    close: () => client.close(),
    serverEnv: { PGLITE_DIR: dir, DATABASE_URL: undefined },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function openPostgres(serverUrl: string): Promise<Target> {
  const scratch = await createScratchDatabase(serverUrl, 'sc_bench');
  const pool = new Pool({ connectionString: scratch.url, max: 4 });
  // Dropping the scratch database ends the pool's idle connections: not a failure of the run.
  pool.on('error', () => undefined);
  const db = drizzleNodePg({ client: pool, schema, logger });
  await migrateNodePg(db, { migrationsFolder: MIGRATIONS });
  return {
    kind: 'postgres',
    db: db as unknown as Db,
    raw: {
      exec: async (text) => void (await pool.query(text)),
      rows: async <T>(text: string) => (await pool.query(text)).rows as T[],
    },
    explain: async (q) =>
      (await pool.query(`explain (analyze, buffers) ${q.query}`, q.params)).rows
        .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
        .join('\n'),
    close: () => pool.end(),
    serverEnv: { DATABASE_URL: scratch.url, PGLITE_DIR: undefined },
    cleanup: scratch.drop,
  };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

interface Scenario {
  name: string;
  run: () => Promise<unknown>;
}

async function time(scenario: Scenario): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i += 1) await scenario.run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const started = performance.now();
    await scenario.run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

async function deepCursor(target: Target, tenants: BenchTenants, sort: 'lastEvent' | 'value'): Promise<Cursor> {
  const order = sort === 'lastEvent' ? 'last_event_at desc nulls last, id asc' : 'insured_value_minor desc, id desc';
  const column = sort === 'lastEvent' ? 'last_event_at' : 'insured_value_minor';
  const [row] = await target.raw.rows<{ value: string; id: string }>(
    `select ${column}::text as value, id from shipments where account_id = '${tenants.mainAccountId}' order by ${order} offset ${Math.floor(PER_SIDE / 2)} limit 1`,
  );
  return { sort, value: row!.value, id: row!.id };
}

function scenarios(target: Target, actor: Actor, deep: Cursor, deepValue: Cursor, trackingId: string): Scenario[] {
  const q = (change: Partial<TrackerQuery>): TrackerQuery => ({ ...DEFAULT_QUERY, ...change });
  const list = (query: TrackerQuery) => () => listTrackerShipments(target.db, actor, query);
  return [
    { name: 'first page (last event, newest first)', run: list(q({})) },
    { name: `deep page (row ${Math.floor(PER_SIDE / 2).toLocaleString('en')}, via cursor)`, run: list(q({ after: deep })) },
    { name: 'status filter: Picked Up / In Transit', run: list(q({ statuses: ['in_transit'] })) },
    { name: 'status filter: Delivered With OTP', run: list(q({ statuses: ['delivered_with_otp'] })) },
    {
      name: 'two statuses: Delivered With OTP + Attempted',
      run: list(q({ statuses: ['delivered_with_otp', 'attempted_otp_not_available'] })),
    },
    { name: 'text search: recipient name prefix "priya na"', run: list(q({ q: 'priya na' })) },
    { name: 'text search: tracking id prefix', run: list(q({ q: trackingId.slice(0, 9) })) },
    { name: 'last-event dates: 16-22 Nov (marketplace days)', run: list(q({ from: '2026-11-16', to: '2026-11-22' })) },
    { name: 'sort by insured value (highest first)', run: list(q({ sort: 'value', dir: 'desc' })) },
    { name: 'sort by insured value, deep page', run: list(q({ sort: 'value', dir: 'desc', after: deepValue })) },
    { name: 'status chip counts (capped at 10,000)', run: () => countTrackerStatuses(target.db, actor, q({})) },
    { name: 'detail page (events, items, eligibility)', run: () => getShipmentDetail(target.db, actor, trackingId) },
  ];
}

/** Times the queries; returns a tracking id of the main account for the detail page's load test. */
async function benchTarget(target: Target, log: (s: string) => void): Promise<string> {
  log(`\n== ${target.kind}: seeding ${(PER_SIDE * 2).toLocaleString('en')} shipments`);
  const passwordHash = await bcrypt.hash(PASSWORD, 10);
  const tenants = await bulkSeed(target.raw, PER_SIDE, 50, passwordHash, log);
  const actor: Actor = {
    userId: tenants.shipperUserId,
    role: 'shipper',
    name: 'Bench Shipper',
    email: 'bench.shipper@example.test',
    accountId: tenants.mainAccountId,
    station: null,
    phoneE164: null,
  };
  const [deep, deepValue] = [await deepCursor(target, tenants, 'lastEvent'), await deepCursor(target, tenants, 'value')];
  const [sample] = await target.raw.rows<{ tracking_id: string }>(
    `select tracking_id from shipments where account_id = '${tenants.mainAccountId}' limit 1 offset ${Math.min(12_345, Math.floor(PER_SIDE / 2))}`,
  );
  const results: { scenario: Scenario; p50: number; p95: number }[] = [];
  log(`\n${target.kind}: ${RUNS} timed runs each after ${WARMUP} warm-up runs (ms)`);
  log(`  ${'query'.padEnd(52)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}`);
  for (const scenario of scenarios(target, actor, deep, deepValue, sample!.tracking_id)) {
    const figures = await time(scenario);
    results.push({ scenario, ...figures });
    log(`  ${scenario.name.padEnd(52)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)}`);
  }
  const slowest = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  log(`\n${target.kind}: EXPLAIN (ANALYZE, BUFFERS) of the slowest, "${slowest.scenario.name}" (p95 ${slowest.p95.toFixed(1)} ms)`);
  captured.length = 0;
  capturing = true;
  await slowest.scenario.run();
  capturing = false;
  for (const q of captured.filter((c) => c.query.includes('"shipments"') || c.query.includes('shipments'))) {
    log(`\n${q.query.replace(/\s+/g, ' ').slice(0, 400)}${q.query.length > 400 ? ' …' : ''}\n${await target.explain(q)}`);
  }
  return sample!.tracking_id;
}

function ensureBuild(log: (s: string) => void): void {
  spawnSync('npx', ['tsx', 'scripts/ensure-env.ts'], { stdio: 'inherit' });
  if (existsSync('.next/BUILD_ID')) return;
  log('no production build found: running next build');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('next build failed');
}

/** The tracker's pages under load, beside a static page and /sign-in measured in the same run. */
function loadedPages(trackingId: string): LoadedPage[] {
  return [
    { label: 'static 404', path: '/no-such-page', signedIn: false },
    { label: '/sign-in', path: '/sign-in', signedIn: false, expect: 'Sign in' },
    { label: '/shipments', path: '/shipments', signedIn: true, expect: 'Shipment tracker' },
    {
      label: '/shipments?otp=yes&from=…&to=…',
      path: '/shipments?otp=yes&from=2026-11-16&to=2026-11-22',
      signedIn: true,
      expect: 'Shipment tracker',
    },
    { label: '/shipments?q=wilson', path: '/shipments?q=wilson', signedIn: true, expect: 'Shipment tracker' },
    { label: '/shipments/[trackingId]', path: `/shipments/${trackingId}`, signedIn: true, expect: trackingId },
  ];
}

function printLoad(kind: string, figures: Map<string, LoadFigures>, log: (s: string) => void): void {
  const signIn = figures.get('/sign-in')?.requestsPerSecond ?? NaN;
  log(`  ${kind}: 20 connections × ${LOAD_SECONDS} s each`);
  log(
    `  ${'page'.padEnd(36)} ${'req/s'.padStart(8)} ${'÷ sign-in'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx  errors`,
  );
  for (const [label, f] of figures) {
    log(
      `  ${label.padEnd(36)} ${f.requestsPerSecond.toFixed(1).padStart(8)} ${`${((100 * f.requestsPerSecond) / signIn).toFixed(0)} %`.padStart(10)} ${String(f.p50).padStart(7)} ${String(f.p99).padStart(7)}  ${String(f.non2xx).padStart(7)}  ${String(f.errors).padStart(6)}`,
    );
  }
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  const started = Date.now();
  const serverUrl = process.env.DATABASE_URL;
  const wanted = TARGETS.filter((t) => t === 'pglite' || (t === 'postgres' && serverUrl));
  if (!serverUrl) log('DATABASE_URL is not set: PostgreSQL is skipped.');
  const done: Target[] = [];
  const trackingIds = new Map<Target, string>();
  try {
    for (const kind of wanted) {
      const target = kind === 'pglite' ? await openPglite() : await openPostgres(serverUrl!);
      done.push(target);
      trackingIds.set(target, await benchTarget(target, log));
      await target.close();
    }
    if (LOAD_SECONDS > 0) {
      ensureBuild(log);
      log('\nLoad test of the rendered pages (production server):');
      for (const target of done) {
        const figures = await loadTestPages({
          env: target.serverEnv,
          port: PORT,
          email: 'bench.shipper@example.test',
          password: PASSWORD,
          pages: loadedPages(trackingIds.get(target)!),
          seconds: LOAD_SECONDS,
        });
        printLoad(target.kind, figures, log);
      }
    }
  } finally {
    for (const target of done) await target.cleanup();
  }
  log(`\nbench:tracker finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
