/**
 * `npm run bench:tracker`: bulk-seeds 1,000,000 shipments (≈4 events each) for one account plus
 * 1,000,000 over 50 others, an account manager of all 51 accounts, today's delivery round of 300 of the
 * big account's packages at its UK station (uploaded, picked up, taken out with passcodes, partly
 * delivered, through the app's own queries) and a recipient with 40 packages. Times the data-access
 * functions of every main page (p50/p95) and prints EXPLAIN ANALYZE of the slowest tracker query and
 * the slowest of the other pages', then load-tests the rendered pages on the production server, each
 * signed in as its role: the tracker list (plain, filtered, searched), the detail page, the manager
 * console, the delivery list and Recipient Central, beside a static 404, /sign-in and the lightest
 * signed-in page (the upload form) in the same run.
 * Runs on PGlite (temp dir) and, when DATABASE_URL is set, on a scratch PostgreSQL database that it
 * drops afterwards. Prints figures only: no pass/fail on time.
 *
 * Env: BENCH_SHIPMENTS (per side, default 1000000), BENCH_TARGETS (pglite,postgres),
 * BENCH_LOAD_SECONDS (default 20; 0 skips the load test), BENCH_PORT (default 3202).
 */
import bcrypt from 'bcryptjs';
import type { Logger } from 'drizzle-orm';
import type { Cursor } from '../lib/tracker/query';
import { type Captured, type Connection, explainStatements, openTarget, type Target } from './bench/bench-targets';
import { type BenchPeople, seedBenchPeople } from './bench/bench-people';
import { type DeliveryRound, seedDeliveryRound } from './bench/delivery-round-seed';
import type { LoadFigures } from './bench/autocannon';
import { type LoadedPage, loadTestPages, printPageLoad, REFERENCE_PAGES } from './bench/load-test';
import { ensureProductionBuild, setServerSecrets } from './bench/production-server';
import { rolePageScenarios, type Scenario, trackerScenarios } from './bench/query-scenarios';
import { giveRecipientHistory } from './bench/recipient-history-seed';
import { receiveSignInCode, signInBenchPeople } from './bench/role-sessions';
import { bulkSeed, type BenchTenants } from './bench/tracker-seed';

const PER_SIDE = Number(process.env.BENCH_SHIPMENTS ?? 1_000_000);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3202);
const PASSWORD = 'Bench-pass-2026';
const WARMUP = 3;
const RUNS = 30;
const ROUND_SIZE = 300;
/** Besides the round's four: 40 packages in all, four pages of Recipient Central. */
const RECIPIENT_HISTORY = 36;

const captured: Captured[] = [];
let capturing = false;
const logger: Logger = {
  logQuery(query, params) {
    if (capturing) captured.push({ query, params });
  },
};

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
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

async function deepCursor(conn: Connection, tenants: BenchTenants, sort: 'lastEvent' | 'value'): Promise<Cursor> {
  const order = sort === 'lastEvent' ? 'last_event_at desc nulls last, id asc' : 'insured_value_minor desc, id desc';
  const column = sort === 'lastEvent' ? 'last_event_at' : 'insured_value_minor';
  const [row] = await conn.raw.rows<{ value: string; id: string }>(
    `select ${column}::text as value, id from shipments where account_id = '${tenants.mainAccountId}' order by ${order} offset ${Math.floor(PER_SIDE / 2)} limit 1`,
  );
  return { sort, value: row!.value, id: row!.id };
}

interface Timed {
  scenario: Scenario;
  p50: number;
  p95: number;
}

async function timeAll(list: Scenario[], log: (s: string) => void): Promise<Timed[]> {
  const results: Timed[] = [];
  for (const scenario of list) {
    const figures = await time(scenario);
    results.push({ scenario, ...figures });
    log(`  ${scenario.name.padEnd(52)} ${figures.p50.toFixed(1).padStart(8)} ${figures.p95.toFixed(1).padStart(8)}`);
  }
  return results;
}

/** EXPLAIN ANALYZE of each statement the slowest scenario of the group reads with. */
async function explainSlowest(conn: Connection, kind: string, group: string, results: Timed[], log: (s: string) => void): Promise<void> {
  const slowest = results.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  log(`\n${kind}: EXPLAIN (ANALYZE, BUFFERS) of the slowest ${group}, "${slowest.scenario.name}" (p95 ${slowest.p95.toFixed(1)} ms)`);
  captured.length = 0;
  capturing = true;
  await slowest.scenario.run();
  capturing = false;
  await explainStatements(conn, captured, log);
}

/** What the load test needs of a seeded target: whom to sign in, and what each page must show. */
interface SeededTarget {
  people: BenchPeople;
  round: DeliveryRound;
  /** A package of the big account, for the detail page. */
  trackingId: string;
}

async function seedTarget(conn: Connection, kind: string, log: (s: string) => void): Promise<SeededTarget & { tenants: BenchTenants }> {
  log(`\n== ${kind}: seeding ${(PER_SIDE * 2).toLocaleString('en')} shipments`);
  const passwordHash = await bcrypt.hash(PASSWORD, 10);
  const tenants = await bulkSeed(conn.raw, PER_SIDE, 50, passwordHash, log);
  const people = await seedBenchPeople(conn.db, tenants, passwordHash);
  const history = await giveRecipientHistory(conn.db, tenants.mainAccountId, people.recipient, RECIPIENT_HISTORY);
  log(`  recipient: ${history} past packages of the big account`);
  const round = await seedDeliveryRound(conn.db, people, ROUND_SIZE, log);
  const [sample] = await conn.raw.rows<{ tracking_id: string }>(
    `select tracking_id from shipments where account_id = '${tenants.mainAccountId}' limit 1 offset ${Math.min(12_345, Math.floor(PER_SIDE / 2))}`,
  );
  return { tenants, people, round, trackingId: sample!.tracking_id };
}

/** Seeds the target and times every page's queries. */
async function benchTarget(target: Target, log: (s: string) => void): Promise<SeededTarget> {
  const conn = await target.connect();
  try {
    const { tenants, ...seeded } = await seedTarget(conn, target.kind, log);
    const points = {
      deep: await deepCursor(conn, tenants, 'lastEvent'),
      deepValue: await deepCursor(conn, tenants, 'value'),
      deepRow: Math.floor(PER_SIDE / 2),
      trackingId: seeded.trackingId,
    };
    log(`\n${target.kind}: ${RUNS} timed runs each after ${WARMUP} warm-up runs (ms)`);
    log(`  ${'query'.padEnd(52)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}`);
    const tracker = await timeAll(trackerScenarios(conn.db, seeded.people.shipper, points), log);
    const rolePages = await timeAll(await rolePageScenarios(conn.db, seeded.people), log);
    await explainSlowest(conn, target.kind, 'tracker query', tracker, log);
    await explainSlowest(conn, target.kind, "of the other pages' queries", rolePages, log);
    return seeded;
  } finally {
    await conn.close();
  }
}

/** Every main page under load, each as its role, beside a static page, /sign-in and the upload form measured in the same run. */
function loadedPages({ trackingId, round }: SeededTarget): LoadedPage[] {
  return [
    ...REFERENCE_PAGES,
    { label: '/shipments', path: '/shipments', as: 'shipper', expect: 'Shipment tracker' },
    {
      label: '/shipments?otp=yes&from=…&to=…',
      path: '/shipments?otp=yes&from=2026-11-16&to=2026-11-22',
      as: 'shipper',
      expect: 'Shipment tracker',
    },
    { label: '/shipments?q=wilson', path: '/shipments?q=wilson', as: 'shipper', expect: 'Shipment tracker' },
    { label: '/shipments/[trackingId]', path: `/shipments/${trackingId}`, as: 'shipper', expect: trackingId },
    { label: '/manager', path: '/manager', as: 'account_manager', expect: 'Bench account 0' },
    { label: '/delivery', path: '/delivery', as: 'delivery_associate', expect: round.lastMoved },
    { label: '/recipient', path: '/recipient', as: 'recipient', expect: round.recipientOutToday[0] },
  ];
}

/** The recipient's code is asked for while the server is stopped (it owns a PGlite database once it runs). */
async function loadTarget(target: Target, seeded: SeededTarget): Promise<Map<string, LoadFigures>> {
  const conn = await target.connect();
  const code = await receiveSignInCode(conn.db, seeded.people.recipient.phoneE164!).finally(() => conn.close());
  return loadTestPages({
    env: target.serverEnv,
    port: PORT,
    signIn: (base) => signInBenchPeople(base, seeded.people, PASSWORD, code),
    pages: loadedPages(seeded),
    seconds: LOAD_SECONDS,
  });
}

function printLoad(kind: string, figures: Map<string, LoadFigures>, log: (s: string) => void): void {
  log(`  ${kind}: 20 connections × ${LOAD_SECONDS} s each`);
  printPageLoad(figures, log);
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  const started = Date.now();
  const serverUrl = process.env.DATABASE_URL;
  const wanted = TARGETS.filter((t): t is Target['kind'] => t === 'pglite' || (t === 'postgres' && !!serverUrl));
  if (!serverUrl) log('DATABASE_URL is not set: PostgreSQL is skipped.');
  setServerSecrets();
  const done: Target[] = [];
  const seeded = new Map<Target, SeededTarget>();
  try {
    for (const kind of wanted) {
      const target = await openTarget(kind, serverUrl, logger);
      done.push(target);
      seeded.set(target, await benchTarget(target, log));
    }
    if (LOAD_SECONDS > 0) {
      ensureProductionBuild(log);
      log('\nLoad test of the rendered pages (production server):');
      for (const target of done) printLoad(target.kind, await loadTarget(target, seeded.get(target)!), log);
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
