import { getDb } from './db/client';
import { startHousekeeping } from './db/housekeeping-schedule';
import { isDemoInbox, productionStartProblems, serverEnv } from './lib/env';
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

/** Start-up of the Node.js server: refuse to run misconfigured (fail closed), then migrate the database. */
export async function startNodeServer(): Promise<void> {
  const problems = startProblems();
  if (problems.length > 0) {
    console.error(`Refusing to start:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  await getDb();
  startHousekeeping();
}
