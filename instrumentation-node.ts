import { getDb } from './db/client';
import { startHousekeeping } from './db/housekeeping-schedule';
import { startInProcessOutboxWorker } from './db/outbox/start';
import { isDemoInbox, productionStartProblems, productionStartWarnings, serverEnv } from './lib/env';
import { portalServerMark } from './lib/server-mark';

const DEMO_NEEDS_LOOPBACK =
  'DEMO_INBOX=1 runs only under the portal server bound to a loopback address (npm run portal, or node server.js -H 127.0.0.1)';

/** Every reason this server must not serve, all at once; a malformed setting stops any server. */
function startProblems(): string[] {
  let production: boolean;
  try {
    production = serverEnv().NODE_ENV === 'production';
  } catch {
    return productionStartProblems();
  }
  if (!production) return [];
  const problems = productionStartProblems();
  if (problems.length === 0 && isDemoInbox() && !portalServerMark()?.loopbackOnly) problems.push(DEMO_NEEDS_LOOPBACK);
  return problems;
}

/**
 * Start-up of the Node.js server: refuse to run misconfigured (fail closed), migrate the database, then
 * start housekeeping and, unless a separate `npm run worker` does it (OUTBOX_WORKER=off), the outbox worker.
 */
export async function startNodeServer(): Promise<void> {
  const problems = startProblems();
  if (problems.length > 0) {
    console.error(`Refusing to start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  if (serverEnv().NODE_ENV === 'production') for (const warning of productionStartWarnings()) console.warn(`Warning: ${warning}`);
  await getDb();
  startHousekeeping();
  if (serverEnv().OUTBOX_WORKER === 'in-process') await startInProcessOutboxWorker();
}
