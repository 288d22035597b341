/**
 * `npm run bench:api`: the carrier-compatible API under load on the production server (`node server.js`) on a
 * scratch PostgreSQL database. One shipper account with OTP on, its keys made by `createApiKey`, shipments
 * stored through the upload's store for tracking; then autocannon on getRates, oneClickShipment (a new
 * reference every request, a PDF label) and getTracking (random stored tracking ids) with the key's limit
 * raised, and one key at the default limit (80/s, burst 100) driven at 200 requests a second. Figures only,
 * no pass/fail on time. Needs DATABASE_URL (a PostgreSQL server) and a production build (`npx next build`).
 *
 * Flags: --seconds 20 --connections 50 --shipments 3000 --limiter-seconds 10 --limiter-rate 200 --port 3203,
 * or --quick (3 s runs, 300 shipments, 3 s limiter) to try the script out.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { closeDb, getDb } from '../db/client';
import { createScratchDatabase } from '../db/scratch-database';
import { EXAMPLE_PACKAGES, getRatesRequestExample, oneClickRequestExample } from '../lib/api/openapi/request-examples';
import { CARRIER_RATE_LIMIT } from '../lib/api/rate-limit-config';
import { samplePackage } from '../lib/shipping/sample-package';
import { CARRIER } from '../lib/shipping/services';
import { prepareApiBench } from './bench/api-bench-data';
import { type ApiRequest, checkRequest, type LimiterSecond, loadOperation, measureLimiter, type OperationFigures } from './bench/api-load';
import { startProductionServer } from './bench/production-server';

const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    seconds: { type: 'string' },
    connections: { type: 'string', default: '50' },
    shipments: { type: 'string' },
    'limiter-seconds': { type: 'string' },
    'limiter-rate': { type: 'string', default: '200' },
    port: { type: 'string', default: '3203' },
  },
});
const number = (value: string | undefined, fallback: number) => {
  const parsed = Number(value ?? fallback);
  if (!Number.isFinite(parsed) || parsed <= 0) throw new Error(`not a positive number: ${value}`);
  return parsed;
};
const SECONDS = number(flags.seconds, flags.quick ? 3 : 20);
const CONNECTIONS = number(flags.connections, 50);
const SHIPMENTS = number(flags.shipments, flags.quick ? 300 : 3000);
const LIMITER_SECONDS = number(flags['limiter-seconds'], flags.quick ? 3 : 10);
const LIMITER_RATE = number(flags['limiter-rate'], 200);
const PORT = number(flags.port, 3203);
// The highest limit lib/env accepts: the throughput runs measure the API, not the limiter.
const RAISED_LIMIT = '100000';

const log = (line: string) => console.log(line);
const DIST_DIR = process.env.NEXT_DIST_DIR || '.next';

function requireBuild(): void {
  if (!existsSync(path.join(DIST_DIR, 'BUILD_ID'))) {
    console.error(`No production build in ${DIST_DIR}/: run \`npx next build\` first, then npm run bench:api again.`);
    process.exit(1);
  }
  // The server's secrets, generated into .env.local on a first run as `npm run portal` does.
  spawnSync('npx', ['tsx', 'scripts/ensure-env.ts'], { stdio: 'inherit' });
}

function operations(trackingIds: readonly string[]): { name: string; request: ApiRequest }[] {
  const run = randomBytes(3).toString('hex');
  let sequence = 0;
  return [
    {
      name: 'getRates',
      request: {
        method: 'POST',
        path: '/shipping/v2/shipments/rates',
        body: JSON.stringify(getRatesRequestExample([EXAMPLE_PACKAGES.sample])),
      },
    },
    {
      name: 'oneClickShipment (PDF)',
      request: {
        method: 'POST',
        path: '/shipping/v2/oneClickShipment',
        vary: () => ({ body: JSON.stringify(oneClickRequestExample([samplePackage(`bench-${run}-${(sequence += 1)}`)])) }),
      },
    },
    {
      name: 'getTracking',
      request: {
        method: 'GET',
        path: '/shipping/v2/tracking',
        vary: () => ({
          path: `/shipping/v2/tracking?trackingId=${trackingIds[Math.floor(Math.random() * trackingIds.length)]}&carrierId=${CARRIER.id}`,
        }),
      },
    },
  ];
}

function printFacts(postgresVersion: string): void {
  const cpus = os.cpus();
  log(
    `Node ${process.version} · ${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}) · ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
  );
  log(postgresVersion);
  log(`${CONNECTIONS} connections × ${SECONDS} s per operation; ${SHIPMENTS.toLocaleString('en')} stored shipments to track`);
}

function printOperations(figures: Map<string, OperationFigures>): void {
  log(
    `\n${'operation'.padEnd(24)} ${'req/s'.padStart(8)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)} ${'requests'.padStart(9)}  non-2xx  errors`,
  );
  for (const [name, f] of figures) {
    const codes = Object.entries(f.statusCodes)
      .filter(([code]) => !code.startsWith('2'))
      .map(([code, count]) => `${code}×${count}`)
      .join(' ');
    log(
      `${name.padEnd(24)} ${f.requestsPerSecond.toFixed(1).padStart(8)} ${String(f.p50).padStart(7)} ${String(f.p99).padStart(7)} ${String(f.total).padStart(9)}  ${String(f.non2xx).padStart(7)}  ${String(f.errors).padStart(6)}${codes ? `  (${codes})` : ''}`,
    );
  }
}

function printLimiter(seconds: readonly LimiterSecond[]): void {
  log(
    `\nLimiter: one key at the default ${CARRIER_RATE_LIMIT.perSecond}/s, burst ${CARRIER_RATE_LIMIT.burst}, sent ${LIMITER_RATE} getTracking requests a second for ${LIMITER_SECONDS} s`,
  );
  log(`${'second'.padStart(6)} ${'2xx'.padStart(6)} ${'429'.padStart(6)} ${'other'.padStart(6)}`);
  for (const s of seconds)
    log(`${String(s.second).padStart(6)} ${String(s.ok).padStart(6)} ${String(s.limited).padStart(6)} ${String(s.other).padStart(6)}`);
  // The first second spends the burst; the full seconds after it show the steady rate.
  const steady = seconds.slice(1, LIMITER_SECONDS);
  const through = steady.reduce((sum, s) => sum + s.ok, 0) / Math.max(1, steady.length);
  log(
    `through after the first second: ${through.toFixed(1)} per second (2xx); in all ${seconds.reduce((n, s) => n + s.ok, 0)} 2xx, ${seconds.reduce((n, s) => n + s.limited, 0)} 429`,
  );
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.error(
      'bench:api runs on PostgreSQL: set DATABASE_URL, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:api',
    );
    process.exit(1);
  }
  requireBuild();
  const scratch = await createScratchDatabase(serverUrl, 'sc_bench_api');
  try {
    process.env.DATABASE_URL = scratch.url;
    const db = await getDb();
    const { rows } = (await db.execute(sql`select version() as version`)) as unknown as { rows: [{ version: string }] };
    log(`== bench:api on a scratch database (${new URL(scratch.url).pathname.slice(1)})`);
    printFacts(rows[0].version);
    const started = Date.now();
    const data = await prepareApiBench(db, SHIPMENTS);
    log(
      `account, 2 keys and ${data.trackingIds.length.toLocaleString('en')} shipments stored in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
    await closeDb();

    const env = { DATABASE_URL: scratch.url, PGLITE_DIR: undefined, DEMO_INBOX: undefined, OUTBOX_WORKER: 'off' };
    const figures = new Map<string, OperationFigures>();
    const loadServer = await startProductionServer({ ...env, API_RATE_PER_SECOND: RAISED_LIMIT, API_RATE_BURST: RAISED_LIMIT }, PORT);
    try {
      for (const { name, request } of operations(data.trackingIds)) {
        await checkRequest(loadServer.base, data.loadKey, request);
        figures.set(
          name,
          await loadOperation({ base: loadServer.base, key: data.loadKey, request, connections: CONNECTIONS, seconds: SECONDS }),
        );
      }
    } finally {
      await loadServer.stop();
    }
    printOperations(figures);

    const limitServer = await startProductionServer(env, PORT);
    try {
      const [, , tracking] = operations(data.trackingIds);
      // A fresh server loads the route on its first request: warm it with the other key, so the limiter's key is measured, not the start-up.
      for (let i = 0; i < 20; i += 1) await checkRequest(limitServer.base, data.loadKey, tracking!.request);
      printLimiter(
        await measureLimiter({
          base: limitServer.base,
          key: data.limiterKey,
          request: tracking!.request,
          rate: LIMITER_RATE,
          seconds: LIMITER_SECONDS,
        }),
      );
    } finally {
      await limitServer.stop();
    }
  } finally {
    await closeDb();
    await scratch.drop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
