import 'server-only';
import { serverEnv } from '@/lib/env';
import { transportsFromEnv } from '@/lib/messages/transport';
import { databaseKind, getDb } from '../client';
import { listeningWakeSignal, pollingWakeSignal } from './wake-signal';
import { type OutboxWorker, startOutboxWorker } from './worker';

/** PGlite has no other process to NOTIFY it: a quick look every quarter second costs one indexed query. */
const PGLITE_POLL_MS = 250;
/** On PostgreSQL a NOTIFY wakes the worker at commit; the poll only picks up retries falling due. */
const POSTGRES_POLL_MS = 1_000;

/** The outbox worker for this process's settings and database. */
export async function startConfiguredOutboxWorker(): Promise<OutboxWorker> {
  const settings = serverEnv();
  const db = await getDb();
  const postgres = (await databaseKind()) === 'postgres';
  return startOutboxWorker({
    db,
    transports: transportsFromEnv(settings),
    wake: postgres && settings.DATABASE_URL ? listeningWakeSignal(settings.DATABASE_URL) : pollingWakeSignal(),
    idlePollMs: postgres ? POSTGRES_POLL_MS : PGLITE_POLL_MS,
    allowPrivateNetwork: settings.DEMO_INBOX,
  });
}

const globalKey = Symbol.for('shipper-central.outbox-worker');
type GlobalWithWorker = typeof globalThis & { [globalKey]?: Promise<OutboxWorker> };

/** The portal's in-process worker, started once per process however many bundles ask. */
export function startInProcessOutboxWorker(): Promise<OutboxWorker> {
  const g = globalThis as GlobalWithWorker;
  g[globalKey] ??= startConfiguredOutboxWorker();
  return g[globalKey];
}
