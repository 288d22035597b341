/**
 * Upload throughput: `npm run bench:upload` (sizes can be given: `… -- 1000 10000`).
 * For 1,000 / 10,000 / 100,000-package CSV files, times check (parse + validate + rules + staging) and
 * store (one transaction) through the same data-access functions the upload page's route handlers call,
 * on PGlite in a temporary folder and, when DATABASE_URL is set, on a scratch PostgreSQL database.
 * Beside it, the physical best: `COPY … FROM STDIN` (the statements alone, their CSV written before the
 * clock starts) of the same shipment and event rows into the same tables with the same indexes, and the
 * ratios store ÷ COPY and upload (check + store) ÷ COPY. Prints figures only; no pass/fail on wall-clock time.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { count, eq, sql } from 'drizzle-orm';
import { closeDb, databaseKind, getDb, type Db } from '../db/client';
import { createScratchDatabase } from '../db/scratch-database';
import { shipments, shipperAccounts, users } from '../db/schema';
import { actorFromUser } from '../db/queries/users';
import type { Actor } from '../lib/auth/actor';
import { checkUploadFile, storeCheckedUpload } from '../db/queries/uploads';
import { storedItemsOf } from '../db/stored-items';
import type { NewShipment } from '../db/schema';
import { storedEligibilityOf, type EligibilityResult } from '../lib/otp';
import { generateTrackingId } from '../lib/tracker/tracking-id';
import type { ParsedPackage } from '../lib/upload/types';
import { eligibilityOf } from '../lib/upload/checked-package';
import { parseShipmentFile } from '../lib/upload/parse-file';
import { csvFile, utf8 } from '../lib/upload/sample-files';
import { copyShipments } from './bench/copy-baseline';

const SIZES = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
const sizes = SIZES.length ? SIZES : [1_000, 10_000, 100_000];

function fileOf(count: number, tag: string): Uint8Array {
  const rows = Array.from({ length: count }, (_, i) => ({
    package_client_reference_id: `${tag}-${i}`,
    insured_value: String(50 + (i % 200)),
    ship_to_phone: i % 5 === 0 ? '+441611234567' : '+447123456789',
  }));
  return utf8(csvFile(rows));
}

async function newShipper(db: Db, tag: string) {
  const [account] = await db
    .insert(shipperAccounts)
    .values({ name: `Bench ${tag}`, homeMarketplace: 'UK', marketplaces: ['UK'], otpEnabled: true })
    .returning();
  const [user] = await db
    .insert(users)
    .values({ email: `bench.${tag}@bench.example`, name: 'Bench', role: 'shipper', accountId: account!.id })
    .returning();
  return { accountId: account!.id, actor: actorFromUser(user!) };
}

function memoryWatch() {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss);
  };
}

/** The row the upload stores for a package, as a plain drizzle insert value (for the COPY baseline). */
function shipmentRowFor(
  accountId: string,
  uploadId: string | null,
  pkg: ParsedPackage,
  eligibility: EligibilityResult,
  now: Date,
): NewShipment {
  const shipTo = pkg.shipTo;
  return {
    accountId,
    uploadId,
    trackingId: generateTrackingId(),
    packageClientReferenceId: pkg.packageClientReferenceId,
    channelType: pkg.channelType,
    prepaid: pkg.prepaid,
    marketplace: eligibility.marketplace,
    shipToCountry: shipTo?.countryCode ?? '',
    recipientName: shipTo?.name ?? '',
    recipientEmail: shipTo?.email ?? null,
    recipientPhone: shipTo?.phoneNumber ?? null,
    recipientPhoneE164: eligibility.recipientPhoneE164,
    shipTo,
    shipFrom: pkg.shipFrom,
    insuredValueMinor: pkg.insuredValue.minor,
    insuredCurrency: pkg.insuredValue.unit,
    weight: pkg.weight,
    dimensions: pkg.dimensions,
    items: storedItemsOf(pkg),
    isHazmat: pkg.isHazmat,
    otpEligible: eligibility.eligible,
    eligibility: storedEligibilityOf(eligibility),
    status: 'PreTransit',
    trackerState: 'label_created',
    lastEventAt: now,
    createdAt: now,
    updatedAt: now,
  };
}

/** The same rows the upload stores, written by COPY: the physical best the store is measured against. */
async function copyBaseline(db: Db, content: Uint8Array, tag: string): Promise<number> {
  const { accountId } = await newShipper(db, `${tag}-copy`);
  const outcome = parseShipmentFile(content);
  if (!outcome.ok) throw new Error(outcome.message);
  const settings = { otpEnabled: true, emailNotifications: true, smsNotifications: true };
  const now = new Date();
  const rows = outcome.packages.map((pkg) => shipmentRowFor(accountId, null, pkg, eligibilityOf(pkg, settings), now));
  const elapsed = await copyShipments(db, await databaseKind(), rows, now);
  const [stored] = await db.select({ n: count() }).from(shipments).where(eq(shipments.accountId, accountId));
  if (stored?.n !== rows.length) throw new Error(`COPY stored ${stored?.n} of ${rows.length} shipments`);
  return elapsed;
}

/**
 * The store of the same file into a new account with the shipment rollups' insert trigger switched off:
 * what the rollup upkeep in the write transaction costs is the difference.
 */
async function storeWithoutRollups(db: Db, content: Uint8Array, tag: string): Promise<number> {
  const { actor } = await newShipper(db, `${tag}-norollup`);
  const uploadId = await checkedUploadId(db, actor, `${tag}-norollup.csv`, content);
  await db.execute(sql`alter table shipments disable trigger shipments_rollups_insert`);
  try {
    const t0 = performance.now();
    const stored = await storeCheckedUpload(db, actor, uploadId);
    if (!stored.ok) throw new Error(stored.message);
    return performance.now() - t0;
  } finally {
    await db.execute(sql`alter table shipments enable trigger shipments_rollups_insert`);
  }
}

const ROLLUP_TRIGGER_FUNCTION = 'shipment_rollups_on_write';

/** PostgreSQL times the rollup trigger's function itself once functions are tracked (new connections only). */
async function trackTriggerTime(db: Db): Promise<Db> {
  await db.execute(sql`select set_config('track_functions', 'pl', false)`);
  await db.execute(sql.raw(`alter database "${new URL(process.env.DATABASE_URL!).pathname.slice(1)}" set track_functions = 'pl'`));
  await closeDb();
  return getDb();
}

/** Seconds spent in the rollup trigger since the last call (the statistics reach other sessions within a second). */
async function triggerSeconds(db: Db): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  const result = (await db.execute(sql`
    select coalesce(sum(total_time), 0)::float8 as ms from pg_stat_user_functions where funcname = ${ROLLUP_TRIGGER_FUNCTION}
  `)) as unknown as { rows: { ms: number }[] };
  await db.execute(sql`select pg_stat_reset_single_function_counters(${ROLLUP_TRIGGER_FUNCTION}::regproc)`);
  return (result.rows[0]?.ms ?? 0) / 1000;
}

/** Checks a file and keeps only the upload's id: the route handler lets go of the report once it is sent. */
async function checkedUploadId(db: Db, actor: Actor, fileName: string, content: Uint8Array): Promise<string> {
  const checked = await checkUploadFile(db, actor, { fileName, content, csvMapping: null });
  if (!checked.ok) throw new Error(checked.message);
  return checked.report.uploadId;
}

const fmt = (n: number, digits = 0) => n.toLocaleString('en-GB', { maximumFractionDigits: digits, minimumFractionDigits: digits });

async function benchDatabase(label: string) {
  const onPostgres = (await databaseKind()) === 'postgres';
  const db = onPostgres ? await trackTriggerTime(await getDb()) : await getDb();
  global.gc?.();
  const openRss = process.memoryUsage().rss;
  console.log(`\n${label}: ${fmt(openRss / 1024 / 1024)} MB resident with the database open, before any upload`);
  console.log(
    'packages  file MB  check s  store s  total s  packages/s  peak RSS MB  (+ over open)  COPY s  store ÷ COPY  total ÷ COPY  store without rollups s  rollup upkeep  in the rollup trigger',
  );
  for (const size of sizes) {
    const tag = `b${size}-${randomBytes(3).toString('hex')}`;
    const content = fileOf(size, tag);
    const { actor } = await newShipper(db, tag);
    // Before the measured store, on the smaller table: the order that flatters the store without rollups.
    const withoutRollups = await storeWithoutRollups(db, content, tag);
    if (onPostgres) await triggerSeconds(db);
    global.gc?.();
    const stopWatch = memoryWatch();
    const t0 = performance.now();
    const uploadId = await checkedUploadId(db, actor, `${tag}.csv`, content);
    const t1 = performance.now();
    const stored = await storeCheckedUpload(db, actor, uploadId);
    const t2 = performance.now();
    const peak = stopWatch();
    if (!stored.ok || stored.stored !== size) throw new Error(`stored ${JSON.stringify(stored)}`);
    const inTrigger = onPostgres ? await triggerSeconds(db) : null;
    const copy = await copyBaseline(db, content, tag);
    const total = t2 - t0;
    console.log(
      [
        fmt(size).padStart(8),
        fmt(content.byteLength / 1024 / 1024, 1).padStart(7),
        fmt((t1 - t0) / 1000, 2).padStart(8),
        fmt((t2 - t1) / 1000, 2).padStart(8),
        fmt(total / 1000, 2).padStart(8),
        fmt(size / (total / 1000)).padStart(11),
        fmt(peak / 1024 / 1024).padStart(12),
        `+${fmt((peak - openRss) / 1024 / 1024)}`.padStart(14),
        fmt(copy / 1000, 2).padStart(7),
        fmt((t2 - t1) / copy, 2).padStart(13),
        fmt(total / copy, 2).padStart(13),
        fmt(withoutRollups / 1000, 2).padStart(23),
        `${fmt(((t2 - t1) / withoutRollups - 1) * 100, 1)}%`.padStart(14),
        (inTrigger === null ? 'n/a' : `${fmt(inTrigger, 3)} s (${fmt((inTrigger / ((t2 - t1) / 1000)) * 100, 1)}%)`).padStart(22),
      ].join(' '),
    );
  }
  await closeDb();
}

/** Each database runs in its own process, so one's memory (PGlite's WebAssembly heap) never counts for the other. */
function runChild(target: 'pglite' | 'postgres', env: NodeJS.ProcessEnv): void {
  const child = spawnSync(process.execPath, [...process.execArgv, process.argv[1]!, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...env, BENCH_UPLOAD_TARGET: target },
  });
  if (child.status !== 0) process.exitCode = child.status ?? 1;
}

async function main() {
  const target = process.env.BENCH_UPLOAD_TARGET;
  if (target === 'pglite' || target === 'postgres') {
    await benchDatabase(
      target === 'pglite' ? `PGlite (embedded, ${process.env.PGLITE_DIR})` : `PostgreSQL (${new URL(process.env.DATABASE_URL!).host})`,
    );
    return;
  }
  const serverUrl = process.env.DATABASE_URL;
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-upload-'));
  try {
    // As `npm run portal` does, the folder is created and migrated by its own process: PGlite's initdb
    // keeps about 500 MB that a server opening an existing folder never holds.
    const pgliteEnv = { ...process.env, DATABASE_URL: '', PGLITE_DIR: dir };
    const migrated = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, '../db/migrate-cli.ts')], {
      stdio: 'inherit',
      env: pgliteEnv,
    });
    if (migrated.status !== 0) throw new Error('PGlite migration failed');
    runChild('pglite', pgliteEnv);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (!serverUrl) {
    console.log('\nPostgreSQL: skipped (set DATABASE_URL to a server to include it)');
    return;
  }
  const scratch = await createScratchDatabase(serverUrl, 'bench_upload');
  try {
    runChild('postgres', { ...process.env, DATABASE_URL: scratch.url });
  } finally {
    await scratch.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
