/**
 * `npm run bench:messages`: throughput and latency of the message outbox on PostgreSQL. On a scratch
 * database (dropped at the end, also on failure or Ctrl-C) with the SMS gateway stub answering in 5 ms:
 *
 * 1. Drain: for 1 and then 2 workers (`npm run worker` processes), BENCH_MESSAGES due SMS rows are
 *    inserted in one statement, the workers are started, and the backlog is timed until nothing is pending.
 *    Figures: messages / (last sent_at − first sent_at), messages / wall time from spawning the workers,
 *    p50/p95/p99 of sent_at − created_at (for a backlog that is mostly queue position), the split between
 *    workers, CPU seconds of the workers, their PostgreSQL backends and this process (the stub), and the
 *    check that nothing was sent twice: the stub received each inserted body exactly once and every row is
 *    sent with attempts = 1.
 * 2. Steady state: 2 workers running and idle (LISTEN outbox), BENCH_STEADY_RATE messages/s inserted in
 *    batches every 100 ms for BENCH_STEADY_SECONDS; p50/p95/p99 of sent_at − created_at is the real
 *    due → sent time with NOTIFY waking the workers.
 *
 * Prints figures only: no pass/fail on time. Exits 1 only when the run itself breaks (a worker crashes,
 * a drain times out, a message is lost or sent twice).
 *
 * Env: DATABASE_URL (the server; default postgres://postgres@127.0.0.1:5432/postgres), BENCH_MESSAGES
 * (default 100000), BENCH_WORKERS (drain runs, default 1,2), BENCH_TIMEOUT_S (per drain, default 240),
 * BENCH_STEADY_RATE (messages/s, default 200), BENCH_STEADY_SECONDS (default 10; 0 skips the steady run),
 * BENCH_WORKER_NODE_OPTIONS (NODE_OPTIONS for the workers only, e.g. `--require ./profiler.cjs`; --cpu-prof is not allowed there).
 */
import { randomBytes } from 'node:crypto';
import { cpus } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { Pool } from 'pg';
import * as schema from '../db/schema';
import { createScratchDatabase, type ScratchDatabase } from '../db/scratch-database';
import { startSmsGatewayStub } from '../tests/support/sms-gateway-stub';
import { cpuSeconds, machineCpu, startWorkers, treeCpuSeconds, type WorkerGroup } from './bench/messages-workers';

const SERVER_URL = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2').split(',').map(Number);
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 240) * 1_000;
const STEADY_RATE = Number(process.env.BENCH_STEADY_RATE ?? 200);
const STEADY_SECONDS = Number(process.env.BENCH_STEADY_SECONDS ?? 10);
const WORKER_NODE_OPTIONS = process.env.BENCH_WORKER_NODE_OPTIONS;
const STUB_DELAY_MS = 5;
const POLL_MS = 250;
const STEADY_TICK_MS = 100;
const STEADY_TIMEOUT_MS = 60_000;
const PROGRESS_EVERY_MS = 10_000;
const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
const APP_NAME = 'bench-messages';
const WORKER_APP_PREFIX = 'bench-worker-';

type Stub = Awaited<ReturnType<typeof startSmsGatewayStub>>;

/** A sender number per worker, so the stub's `from` tells which worker sent what (Ofcom drama range). */
const senderOf = (worker: number) => `+44770090090${worker}`;

interface Latency {
  p50: number;
  p95: number;
  p99: number;
}

interface Deliveries {
  sentTwice: number;
  missing: number;
  unexpected: number;
  notSentOnce: number;
  perWorker: number[];
}

interface RunFigures extends Deliveries {
  label: string;
  workers: number;
  messages: number;
  drainRate: number | null;
  wallRate: number | null;
  latency: Latency;
}

const figures: RunFigures[] = [];
let broken = false;
let activeGroup: WorkerGroup | null = null;
let cleanupDone: Promise<void> | null = null;
/** Ctrl-C or SIGTERM: the signal handler cleans up and exits; the run's own errors after it are its echo. */
let interrupted = false;
const cleanups: (() => Promise<unknown>)[] = [];

const fmt = (n: number, digits = 0) => n.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ms = (n: number) => `${fmt(n, n < 100 ? 1 : 0)} ms`;

function workerEnv(scratchUrl: string, stub: Stub, secrets: Record<string, string>): (index: number) => NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env };
  // Nothing from the caller's shell may switch the worker to another database or transport.
  for (const name of ['PGLITE_DIR', 'SMTP_URL', 'DEMO_INBOX', 'OUTBOX_WORKER', 'NODE_OPTIONS']) delete base[name];
  return (index) => ({
    ...base,
    ...secrets,
    NODE_ENV: 'development',
    DATABASE_URL: scratchUrl,
    // Off explicitly, so a DEMO_INBOX=1 in a local .env file cannot turn the real gateway transport off.
    DEMO_INBOX: '0',
    SMS_GATEWAY_URL: stub.url,
    SMS_GATEWAY_ACCOUNT_SID: stub.accountSid,
    SMS_GATEWAY_AUTH_TOKEN: stub.authToken,
    SMS_FROM: senderOf(index),
    PGAPPNAME: `${WORKER_APP_PREFIX}${index}`,
    ...(WORKER_NODE_OPTIONS ? { NODE_OPTIONS: WORKER_NODE_OPTIONS } : {}),
  });
}

async function count(pool: Pool, where: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`select count(*)::int as n from notifications where ${where}`);
  return rows[0]!.n;
}

async function dbNowMs(pool: Pool): Promise<number> {
  const { rows } = await pool.query<{ t: number }>('select extract(epoch from clock_timestamp())::float8 * 1000 as t');
  return rows[0]!.t;
}

/** Inserts due SMS rows `first..last` with body `<prefix> <n>`, in one statement (its trigger NOTIFYs the workers). */
async function insertMessages(pool: Pool, prefix: string, first: number, last: number): Promise<void> {
  await pool.query(
    `insert into notifications (channel, to_address, template, body)
     select 'sms', '+447700900' || lpad((n % 1000)::text, 3, '0'), 'bench', $1 || ' ' || n
     from generate_series($2::int, $3::int) as n`,
    [prefix, first, last],
  );
}

/** Polls until no row is pending (calling `onFirstSent` once some are gone); throws (printing what is left) after `timeoutMs` or when a worker crashes. */
async function waitUntilSent(
  pool: Pool,
  group: WorkerGroup,
  total: number,
  timeoutMs: number,
  onFirstSent?: () => Promise<void>,
): Promise<number> {
  const started = Date.now();
  let lastProgress = started;
  let firstSeen = false;
  for (;;) {
    const pending = await count(pool, `status = 'pending'`);
    const now = Date.now();
    if (pending === 0) return now;
    if (!firstSeen && pending < total) {
      firstSeen = true;
      await onFirstSent?.();
    }
    if (now - started > timeoutMs) {
      const { rows } = await pool.query<{ status: string; n: number; error: string | null }>(
        `select status, count(*)::int as n, max(last_error) as error from notifications group by status order by status`,
      );
      const left = rows.map((r) => `${r.status} ${fmt(r.n)}${r.error ? ` (last error: ${r.error})` : ''}`).join(', ');
      throw new Error(`timed out after ${fmt(timeoutMs / 1000)} s with ${fmt(pending)} of ${fmt(total)} still pending: ${left}`);
    }
    if (now - lastProgress >= PROGRESS_EVERY_MS) {
      lastProgress = now;
      console.log(`  … ${fmt((now - started) / 1000, 1)} s: ${fmt(total - pending)} done, ${fmt(pending)} pending`);
    }
    await Promise.race([sleep(POLL_MS), group.crashed]);
  }
}

async function latencyOf(pool: Pool): Promise<Latency & { spanS: number; firstSentMs: number; sent: number }> {
  const { rows } = await pool.query<{ sent: number; span_s: number; first_ms: number; lat: number[] }>(
    `select count(*)::int as sent,
       extract(epoch from max(sent_at) - min(sent_at))::float8 as span_s,
       extract(epoch from min(sent_at))::float8 * 1000 as first_ms,
       percentile_cont(array[0.5, 0.95, 0.99]) within group (order by extract(epoch from sent_at - created_at)::float8) as lat
     from notifications where status = 'sent'`,
  );
  const r = rows[0]!;
  const [p50, p95, p99] = (r.lat ?? [0, 0, 0]).map((s) => s * 1000);
  return { p50: p50!, p95: p95!, p99: p99!, spanS: r.span_s ?? 0, firstSentMs: r.first_ms ?? 0, sent: r.sent };
}

/** What the stub received since `from` against the rows in the table: each body exactly once, each row sent once. */
async function checkDeliveries(pool: Pool, stub: Stub, from: number, workers: number): Promise<Deliveries> {
  const { rows } = await pool.query<{ body: string }>('select body from notifications');
  const expected = new Set(rows.map((r) => r.body));
  const seen = new Map<string, number>();
  const perWorker = Array.from({ length: workers }, () => 0);
  for (const message of stub.received.slice(from)) {
    seen.set(message.body, (seen.get(message.body) ?? 0) + 1);
    const worker = Array.from({ length: workers }, (_, i) => senderOf(i + 1)).indexOf(message.from);
    if (worker >= 0) perWorker[worker]! += 1;
  }
  let sentTwice = 0;
  let unexpected = 0;
  for (const [body, times] of seen) {
    if (times > 1) sentTwice += times - 1;
    if (!expected.has(body)) unexpected += times;
  }
  const missing = [...expected].filter((body) => !seen.has(body)).length;
  const notSentOnce = await count(pool, `not (status = 'sent' and attempts = 1)`);
  return { sentTwice, missing, unexpected, notSentOnce, perWorker };
}

function printDeliveries(d: Deliveries, label: string): void {
  console.log(`  sent twice: ${fmt(d.sentTwice)}`);
  console.log(`  rows not sent once: ${fmt(d.notSentOnce)}`);
  if (d.missing > 0 || d.unexpected > 0)
    console.log(`  never delivered: ${fmt(d.missing)}, delivered but not inserted: ${fmt(d.unexpected)}`);
  if (d.sentTwice > 0 || d.missing > 0 || d.unexpected > 0 || d.notSentOnce > 0) {
    console.error(`${label}: delivery check FAILED`);
    broken = true;
  }
}

/** CPU seconds per PostgreSQL process of one group: this run's worker backends, or the server's background processes. */
type PostgresCpu = Record<'workers' | 'background', Map<number, number>>;

async function postgresCpu(pool: Pool): Promise<PostgresCpu> {
  const { rows } = await pool.query<{ pid: number; app: string; type: string; here: boolean }>(
    `select pid, application_name as app, backend_type as type, datname = current_database() as here from pg_stat_activity`,
  );
  const groups: PostgresCpu = { workers: new Map(), background: new Map() };
  for (const r of rows) {
    const group = r.here && r.app.startsWith(WORKER_APP_PREFIX) ? 'workers' : r.type !== 'client backend' ? 'background' : null;
    const cpu = group ? cpuSeconds(r.pid) : null;
    if (group && cpu !== null) groups[group].set(r.pid, cpu);
  }
  return groups;
}

/** Where the CPU goes, read at one moment: the workers, their backends, PostgreSQL's own, this process, the machine. */
interface CpuSnapshot {
  at: number;
  workers: number[];
  postgres: PostgresCpu;
  self: number;
  machine: { busy: number; total: number } | null;
}

async function cpuSnapshot(pool: Pool, group: WorkerGroup): Promise<CpuSnapshot> {
  const self = process.cpuUsage();
  return {
    at: Date.now(),
    workers: group.workers.map((w) => treeCpuSeconds(w.pid) ?? Number.NaN),
    postgres: await postgresCpu(pool),
    self: (self.user + self.system) / 1e6,
    machine: machineCpu(),
  };
}

function postgresDelta(before: PostgresCpu, after: PostgresCpu, group: keyof PostgresCpu): number {
  let total = 0;
  for (const [pid, cpu] of after[group]) total += cpu - (before[group].get(pid) ?? 0);
  return total;
}

/** CPU seconds and share of one core per part, between two snapshots; the rest of the machine is other processes. */
function printCpu(a: CpuSnapshot, b: CpuSnapshot): void {
  const wall = (b.at - a.at) / 1000;
  if (wall <= 0) return;
  const part = (name: string, seconds: number) => `${name} ${fmt(seconds, 1)} s (${fmt((100 * seconds) / wall)} %)`;
  const workers = b.workers.map((s, i) => s - a.workers[i]!);
  const backends = postgresDelta(a.postgres, b.postgres, 'workers');
  const background = postgresDelta(a.postgres, b.postgres, 'background');
  const self = b.self - a.self;
  const parts = [
    ...workers.map((s, i) => part(`worker #${i + 1}`, s)),
    part('their PostgreSQL backends', backends),
    part('PostgreSQL background', background),
    part('this process (SMS stub + polling)', self),
  ];
  console.log(`  CPU from first send to none pending (${fmt(wall, 1)} s; % of one core): ${parts.join(', ')}`);
  if (a.machine && b.machine) {
    const busy = b.machine.busy - a.machine.busy;
    const others = busy - workers.reduce((x, y) => x + y, 0) - backends - background - self;
    console.log(
      `  machine: ${fmt((100 * busy) / (b.machine.total - a.machine.total))} % busy of ${cpus().length} cores; ${part('other processes', Math.max(0, others))}`,
    );
  }
}

async function drainRun(pool: Pool, stub: Stub, env: (index: number) => NodeJS.ProcessEnv, workers: number): Promise<void> {
  const label = `drain, ${workers} worker${workers === 1 ? '' : 's'}`;
  console.log(`\n== ${label}: ${fmt(MESSAGES)} due SMS`);
  await pool.query('truncate notifications');
  const inserting = Date.now();
  await insertMessages(pool, `bench w${workers}`, 1, MESSAGES);
  await pool.query('analyze notifications');
  console.log(`  inserted in ${fmt((Date.now() - inserting) / 1000, 1)} s`);
  const receivedBefore = stub.received.length;
  const spawnedAtDb = await dbNowMs(pool);
  const spawned = Date.now();
  const group = startWorkers(workers, env);
  activeGroup = group;
  let doneAt: number;
  let firstSend: CpuSnapshot | null = null;
  let end: CpuSnapshot;
  try {
    doneAt = await waitUntilSent(pool, group, MESSAGES, TIMEOUT_MS, async () => {
      firstSend = await cpuSnapshot(pool, group);
    });
    end = await cpuSnapshot(pool, group);
  } finally {
    await group.stop();
    activeGroup = null;
  }
  const wallS = (doneAt - spawned) / 1000;
  const lat = await latencyOf(pool);
  const deliveries = await checkDeliveries(pool, stub, receivedBefore, workers);
  const drainRate = lat.spanS > 0 ? lat.sent / lat.spanS : null;
  const wallRate = lat.sent / wallS;
  console.log(`  first sent ${fmt((lat.firstSentMs - spawnedAtDb) / 1000, 2)} s after spawning (process start, migrations check, LISTEN)`);
  console.log(
    `  drain: ${fmt(lat.sent)} sent in ${fmt(lat.spanS, 2)} s (first → last sent_at) = ${drainRate ? fmt(drainRate) : '–'} msg/s`,
  );
  console.log(`  wall:  ${fmt(wallS, 2)} s from spawning to none pending = ${fmt(wallRate)} msg/s`);
  console.log(`  sent_at − created_at: p50 ${ms(lat.p50)}, p95 ${ms(lat.p95)}, p99 ${ms(lat.p99)} (a backlog: mostly queue position)`);
  if (workers > 1) console.log(`  per worker (stub's received): ${deliveries.perWorker.map((n, i) => `#${i + 1} ${fmt(n)}`).join(', ')}`);
  if (firstSend) printCpu(firstSend, end);
  printDeliveries(deliveries, label);
  figures.push({ label, workers, messages: lat.sent, drainRate, wallRate, latency: lat, ...deliveries });
}

/** Waits until every worker's LISTEN outbox connection is up, so a NOTIFY reaches all of them. */
async function waitForListeners(pool: Pool, group: WorkerGroup, workers: number): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { rows } = await pool.query<{ n: number }>(
      `select count(*)::int as n from pg_stat_activity
       where datname = current_database() and application_name like $1 and query = 'listen outbox'`,
      [`${WORKER_APP_PREFIX}%`],
    );
    if (rows[0]!.n >= workers) return;
    if (Date.now() > deadline) throw new Error(`only ${rows[0]!.n} of ${workers} workers are listening after 60 s`);
    await Promise.race([sleep(POLL_MS), group.crashed]);
  }
}

async function steadyRun(pool: Pool, stub: Stub, env: (index: number) => NodeJS.ProcessEnv): Promise<void> {
  const workers = 2;
  const perTick = Math.max(1, Math.round((STEADY_RATE * STEADY_TICK_MS) / 1000));
  const ticks = Math.round((STEADY_SECONDS * 1000) / STEADY_TICK_MS);
  const total = perTick * ticks;
  const label = `steady ${fmt(STEADY_RATE)}/s, ${workers} workers`;
  console.log(`\n== ${label}: ${perTick} rows every ${STEADY_TICK_MS} ms for ${STEADY_SECONDS} s (${fmt(total)} messages) to idle workers`);
  await pool.query('truncate notifications');
  const group = startWorkers(workers, env);
  activeGroup = group;
  let lag = 0;
  try {
    await waitForListeners(pool, group, workers);
    // Let the wake-up that follows LISTEN find nothing, so both wait idle for a NOTIFY.
    await Promise.race([sleep(1_000), group.crashed]);
    const receivedBefore = stub.received.length;
    const started = performance.now();
    for (let tick = 0; tick < ticks; tick += 1) {
      await Promise.race([insertMessages(pool, 'steady', tick * perTick + 1, (tick + 1) * perTick), group.crashed]);
      const next = started + (tick + 1) * STEADY_TICK_MS;
      const wait = next - performance.now();
      if (wait > 0) await sleep(wait);
      else lag = Math.max(lag, -wait);
    }
    const insertS = (performance.now() - started) / 1000;
    await waitUntilSent(pool, group, total, STEADY_TIMEOUT_MS);
    const lat = await latencyOf(pool);
    const deliveries = await checkDeliveries(pool, stub, receivedBefore, workers);
    console.log(
      `  inserted ${fmt(total)} in ${fmt(insertS, 2)} s = ${fmt(total / insertS)} msg/s offered${lag > 0 ? ` (insert fell behind by up to ${fmt(lag)} ms)` : ''}`,
    );
    console.log(`  due → sent (sent_at − created_at): p50 ${ms(lat.p50)}, p95 ${ms(lat.p95)}, p99 ${ms(lat.p99)}`);
    console.log(`  per worker (stub's received): ${deliveries.perWorker.map((n, i) => `#${i + 1} ${fmt(n)}`).join(', ')}`);
    printDeliveries(deliveries, label);
    figures.push({ label, workers, messages: lat.sent, drainRate: null, wallRate: null, latency: lat, ...deliveries });
  } finally {
    await group.stop();
    activeGroup = null;
  }
}

function printTable(): void {
  const header = [
    'run',
    'workers',
    'messages',
    'msg/s (drain)',
    'msg/s (wall)',
    'p50 due→sent',
    'p95 due→sent',
    'p99 due→sent',
    'sent twice',
  ];
  const body = figures.map((f) => [
    f.label,
    String(f.workers),
    fmt(f.messages),
    f.drainRate === null ? '–' : fmt(f.drainRate),
    f.wallRate === null ? '–' : fmt(f.wallRate),
    ms(f.latency.p50),
    ms(f.latency.p95),
    ms(f.latency.p99),
    fmt(f.sentTwice),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ');
  console.log(`\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('-|-')}`);
  for (const row of body) console.log(line(row));
  console.log(
    `\n${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}); SMS stub answers in ${STUB_DELAY_MS} ms; target from the issue: ≥ 1,000 msg/s with 2 workers`,
  );
}

function cleanup(): Promise<void> {
  cleanupDone ??= (async () => {
    await activeGroup?.stop();
    for (const step of cleanups.reverse()) {
      await step().catch((error: unknown) => console.error(`cleanup: ${(error as Error).message}`));
    }
  })();
  return cleanupDone;
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
] as const) {
  // `on`, not `once`: under `npm run` a Ctrl-C arrives twice (from the terminal and forwarded by npm, then by
  // tsx), and with no listener left the second would end the process before the scratch database is dropped.
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping the workers and dropping the scratch database`);
    void cleanup().finally(() => process.exit(code));
  });
}

async function main(): Promise<void> {
  const started = Date.now();
  const scratch: ScratchDatabase = await createScratchDatabase(SERVER_URL, 'sc_bench_msg');
  cleanups.push(scratch.drop);
  const scratchName = new URL(scratch.url).pathname.slice(1);
  console.log(`scratch database ${scratchName} on ${new URL(SERVER_URL).host}`);
  const pool = new Pool({ connectionString: scratch.url, max: 2, application_name: APP_NAME });
  // Dropping the scratch database ends the pool's idle connections: not a failure of the run.
  pool.on('error', () => undefined);
  cleanups.push(() => pool.end());
  await migrate(drizzle({ client: pool, schema }), { migrationsFolder: MIGRATIONS });
  const stub = await startSmsGatewayStub({ delayMs: STUB_DELAY_MS });
  cleanups.push(async () => stub.close());
  const secrets = Object.fromEntries(
    ['NEXTAUTH_SECRET', 'OTP_PEPPER', 'OTP_ENC_KEY'].map((name) => [name, randomBytes(32).toString('base64')]),
  );
  const env = workerEnv(scratch.url, stub, secrets);
  for (const workers of WORKER_COUNTS) await drainRun(pool, stub, env, workers);
  if (STEADY_SECONDS > 0) await steadyRun(pool, stub, env);
  printTable();
  console.log(`\nbench:messages finished in ${fmt((Date.now() - started) / 60_000, 1)} min`);
}

main()
  .catch((error: unknown) => {
    if (interrupted) return;
    console.error(error instanceof Error ? error.message : error);
    broken = true;
  })
  .finally(async () => {
    if (interrupted) return;
    await cleanup();
    process.exit(broken ? 1 : 0);
  });
