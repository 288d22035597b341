/**
 * `npm run bench:demo`: what a newcomer runs (README command 1), under load. The demo seed on the embedded
 * database (PGlite, in a temp dir), served as `npm run portal` serves it (demo mode, the same young-generation
 * size), then every main page signed in as its demo user, beside a static 404, /sign-in and the lightest
 * signed-in page (the upload form) in the same run.
 * Prints figures only: no pass/fail on time.
 *
 * Env: BENCH_LOAD_SECONDS (default 20), BENCH_PORT (default 3203).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Db } from '../db/client';
import * as schema from '../db/schema';
import type { Role } from '../lib/auth/roles';
import { type LoadedPage, loadTestPages, printPageLoad, REFERENCE_PAGES } from './bench/load-test';
import { ensureProductionBuild, setServerSecrets } from './bench/production-server';
import { receiveSignInCode, signInWithCode, signInWithPassword } from './bench/role-sessions';

const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const PORT = Number(process.env.BENCH_PORT ?? 3203);
const CONNECTIONS = 20;
const PASSWORD = 'Demo-pass-2026';
const SHIPPER = 'shipper.uk@brightgadgets.example';
const MANAGER = 'manager@carrier.example';
const DELIVERY_ASSOCIATE = 'da.uk@carrier.example';
const RECIPIENT_PHONE = '+447700900123';
// As scripts/portal.sh starts the server.
const PORTAL_NODE_OPTIONS = '--max-semi-space-size=32';

function seedDemo(dir: string): void {
  const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '', DEMO_INBOX: '1' };
  for (const cli of ['db/migrate-cli.ts', 'db/seed-cli.ts']) {
    const run = spawnSync(process.execPath, [...process.execArgv, path.join(__dirname, '..', cli)], { env, stdio: 'ignore' });
    if (run.status !== 0) throw new Error(`${cli} failed on ${dir}`);
  }
}

/** A Bright Gadgets tracking id for the detail page, and Emma Wilson's sign-in code (read before the server owns the folder). */
async function prepare(dir: string): Promise<{ trackingId: string; recipientCode: string }> {
  const client = new PGlite(dir);
  try {
    const { rows } = await client.query<{ tracking_id: string }>(
      `select s.tracking_id from shipments s join users u on u.account_id = s.account_id
       where u.email = $1 order by s.last_event_at desc limit 1`,
      [SHIPPER],
    );
    const db = drizzle({ client, schema }) as unknown as Db;
    return { trackingId: rows[0]!.tracking_id, recipientCode: await receiveSignInCode(db, RECIPIENT_PHONE) };
  } finally {
    await client.close();
  }
}

function demoPages(trackingId: string): LoadedPage[] {
  return [
    ...REFERENCE_PAGES,
    { label: '/shipments', path: '/shipments', as: 'shipper', expect: 'Shipment tracker' },
    { label: '/shipments?q=wilson', path: '/shipments?q=wilson', as: 'shipper', expect: 'Emma Wilson' },
    { label: '/shipments/[trackingId]', path: `/shipments/${trackingId}`, as: 'shipper', expect: trackingId },
    { label: '/insights', path: '/insights', as: 'shipper', expect: 'OTP insights' },
    { label: '/manager', path: '/manager', as: 'account_manager', expect: 'Bright Gadgets' },
    { label: '/delivery', path: '/delivery', as: 'delivery_associate', expect: 'Out for delivery' },
    { label: '/recipient', path: '/recipient', as: 'recipient', expect: 'Your delivery passcode' },
  ];
}

async function main(): Promise<void> {
  const log = (s: string) => console.log(s);
  const started = Date.now();
  setServerSecrets();
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-demo-'));
  try {
    log('seeding the demo on PGlite');
    seedDemo(dir);
    const { trackingId, recipientCode } = await prepare(dir);
    ensureProductionBuild(log);
    const figures = await loadTestPages({
      env: { PGLITE_DIR: dir, DATABASE_URL: undefined, DEMO_INBOX: '1', NODE_OPTIONS: PORTAL_NODE_OPTIONS },
      port: PORT,
      signIn: async (base): Promise<Partial<Record<Role, string>>> => ({
        shipper: await signInWithPassword(base, SHIPPER, PASSWORD),
        account_manager: await signInWithPassword(base, MANAGER, PASSWORD),
        delivery_associate: await signInWithPassword(base, DELIVERY_ASSOCIATE, PASSWORD),
        recipient: await signInWithCode(base, RECIPIENT_PHONE, recipientCode),
      }),
      pages: demoPages(trackingId),
      seconds: LOAD_SECONDS,
      connections: CONNECTIONS,
    });
    log(`\nThe demo on PGlite, served as npm run portal serves it: ${CONNECTIONS} connections × ${LOAD_SECONDS} s each`);
    printPageLoad(figures, log);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  log(`\nbench:demo finished in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
