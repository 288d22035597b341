import { loadEnvConfig } from '@next/env';
import { readServerSecrets, serverEnv } from '../lib/env';
import { closeDb } from './client';
import { startConfiguredOutboxWorker } from './outbox/start';

// `npm run worker`: the outbox worker as its own process, for deployments that run the portal with
// OUTBOX_WORKER=off. Any number may run beside any number of portal instances on one PostgreSQL.
loadEnvConfig(process.cwd());

function refusal(): string | null {
  const settings = serverEnv();
  if (!settings.DATABASE_URL) {
    return 'npm run worker needs DATABASE_URL: on the embedded PGlite database the portal process itself sends (OUTBOX_WORKER=in-process)';
  }
  readServerSecrets();
  if (settings.NODE_ENV === 'production' && !settings.DEMO_INBOX && !settings.SMTP_URL) {
    return 'SMTP_URL is not set: a production worker needs an e-mail transport';
  }
  return null;
}

async function main() {
  const problem = refusal();
  if (problem) {
    console.error(`Refusing to start: ${problem}`);
    process.exit(1);
  }
  const worker = await startConfiguredOutboxWorker();
  console.log(`outbox worker ${process.pid} started`);
  // A repeated signal (Ctrl-C reaches tsx and the worker both) must not cut the stop short: sends in
  // flight would go out but stay pending, and be sent again when their lease runs out.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await closeDb();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
