/**
 * `npm run bench:insights [shipments per side]`: bulk-seeds 1,000,000 shipments for one account plus
 * 1,000,000 over 50 others, labelled over the last 120 days in every marketplace, each with its stored
 * eligibility, delivery history (tracking events) and delivery counters, and India's passcodes (a few
 * resent); checks that the rollups the insert trigger kept equal a recount and times that recount (the
 * `npm run db:rollups` figure). Times the insights page's queries (30 and 90 days), the what-if over 90 days,
 * the manager console's first page (a manager of all 51 accounts) and the Secure Delivery page's preview
 * (p50/p95 beside the targets), prints EXPLAIN ANALYZE of the slowest, then load-tests /insights,
 * the what-if at UK 150.00, /manager and /settings/secure-delivery on the production server, each signed in
 * as its role, beside /sign-in in the same run. Runs on PGlite (temp dir) and, when DATABASE_URL is set, on
 * a scratch PostgreSQL database that it drops afterwards. Prints figures only: no pass/fail on time.
 *
 * Env: BENCH_SHIPMENTS (per side, default 1000000; the first argument wins), BENCH_TARGETS (pglite,postgres),
 * BENCH_LOAD_SECONDS (default 20; 0 skips the load test), BENCH_PORT (default 3203). The load test serves the
 * build in .next (`next build` runs only when there is none): build again after changing the pages.
 */
import bcrypt from 'bcryptjs';
import { latestLabelDay } from '../lib/insights/period';
import { type BenchPeople, seedBenchPeople } from './bench/bench-people';
import { openTarget, type Target } from './bench/bench-targets';
import type { LoadFigures } from './bench/autocannon';
import { checkAndRebuildRollups } from './bench/insights-rollups';
import { insightsScenarios, settingsPreviewScenario, WHAT_IF_UK_MINOR } from './bench/insights-scenarios';
import { LABEL_DAYS, seedInsights } from './bench/insights-seed';
import { explainSlowest, StatementCapture, timeScenarios } from './bench/insights-timing';
import { type LoadedPage, loadTestPages, printPageLoad } from './bench/load-test';
import { ensureProductionBuild, setServerSecrets } from './bench/production-server';
import { signInWithPassword } from './bench/role-sessions';

const PER_SIDE = Number(process.argv[2] ?? process.env.BENCH_SHIPMENTS ?? 1_000_000);
const TARGETS = (process.env.BENCH_TARGETS ?? 'pglite,postgres').split(',');
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3203);
const OTHER_ACCOUNTS = 50;
const PASSWORD = 'Bench-pass-2026';
const WARMUP = 3;
const RUNS = 30;
const CONNECTIONS = 10;
/** The targets: every query's p95, and each page's share of /sign-in's requests per second. */
const P95_TARGET_MS: Record<Target['kind'], number> = { postgres: 100, pglite: 300 };
const PAGE_SHARE_TARGET = 50;

const capture = new StatementCapture();
const minutes = (since: number) => ((Date.now() - since) / 60_000).toFixed(1);

/** Seeds the target and times the pages' queries; returns whom the load test signs in. */
async function benchTarget(target: Target, anchor: Date, log: (s: string) => void): Promise<BenchPeople> {
  const conn = await target.connect();
  try {
    const started = Date.now();
    log(`\n== ${target.kind}: seeding ${(PER_SIDE * 2).toLocaleString('en')} shipments over ${LABEL_DAYS} label days`);
    const passwordHash = await bcrypt.hash(PASSWORD, 10);
    const tenants = await seedInsights(conn.raw, PER_SIDE, OTHER_ACCOUNTS, passwordHash, anchor, log);
    await checkAndRebuildRollups(conn.raw, log);
    const people = await seedBenchPeople(conn.db, tenants, passwordHash);
    log(`  data loaded and checked in ${minutes(started)} min`);

    log(`\n${target.kind}: ${RUNS} timed runs each after ${WARMUP} warm-up runs (ms)`);
    log(`  ${'query'.padEnd(56)} ${'p50'.padStart(8)} ${'p95'.padStart(8)}  p95 target`);
    const today = latestLabelDay(anchor);
    const runs = { warmup: WARMUP, runs: RUNS };
    const results = await timeScenarios(insightsScenarios(conn.db, people, today), { ...runs, targetMs: P95_TARGET_MS[target.kind] }, log);
    await timeScenarios([settingsPreviewScenario(conn.db, people)], { ...runs, targetMs: null }, log);
    await explainSlowest(conn, capture, results, log);
    return people;
  } finally {
    await conn.close();
  }
}

const PAGES: LoadedPage[] = [
  { label: '/sign-in', path: '/sign-in', expect: 'Sign in' },
  { label: '/insights', path: '/insights', as: 'shipper', expect: 'Why packages were not OTP eligible' },
  {
    label: `/insights/what-if?UK=${(WHAT_IF_UK_MINOR / 100).toFixed(2)}`,
    path: `/insights/what-if?UK=${(WHAT_IF_UK_MINOR / 100).toFixed(2)}`,
    as: 'shipper',
    expect: 'Before and after',
  },
  { label: '/manager', path: '/manager', as: 'account_manager', expect: 'Bench account 0' },
  { label: '/settings/secure-delivery', path: '/settings/secure-delivery', as: 'shipper', expect: 'Thresholds per marketplace' },
];

function loadTarget(target: Target, people: BenchPeople): Promise<Map<string, LoadFigures>> {
  return loadTestPages({
    env: target.serverEnv,
    port: PORT,
    signIn: async (base) => ({
      shipper: await signInWithPassword(base, people.shipper.email, PASSWORD),
      account_manager: await signInWithPassword(base, people.manager.email, PASSWORD),
    }),
    pages: PAGES,
    seconds: LOAD_SECONDS,
    connections: CONNECTIONS,
  });
}

function printLoad(kind: string, figures: Map<string, LoadFigures>, log: (s: string) => void): void {
  log(`  ${kind}: ${CONNECTIONS} connections × ${LOAD_SECONDS} s each; target ≥ ${PAGE_SHARE_TARGET} % of /sign-in's req/s`);
  printPageLoad(figures, log);
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  if (!Number.isInteger(PER_SIDE) || PER_SIDE < 1000) throw new Error('shipments per side: a whole number of at least 1000');
  const started = Date.now();
  const anchor = new Date();
  const serverUrl = process.env.DATABASE_URL;
  const wanted = TARGETS.filter((t): t is Target['kind'] => t === 'pglite' || (t === 'postgres' && !!serverUrl));
  if (!serverUrl) log('DATABASE_URL is not set: PostgreSQL is skipped.');
  setServerSecrets();
  const opened: Target[] = [];
  const seeded = new Map<Target, BenchPeople>();
  try {
    for (const kind of wanted) {
      const target = await openTarget(kind, serverUrl, capture.logger);
      opened.push(target);
      seeded.set(target, await benchTarget(target, anchor, log));
    }
    if (LOAD_SECONDS > 0) {
      ensureProductionBuild(log);
      log('\nLoad test of the rendered pages (production server):');
      for (const [target, people] of seeded) printLoad(target.kind, await loadTarget(target, people), log);
    }
  } finally {
    for (const target of opened) await target.cleanup();
  }
  log(`\nbench:insights finished in ${minutes(started)} min`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
