import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { SECRET_NAMES } from '../../lib/env';
import { runCommand } from './run-command';

/**
 * The three secrets every instance must share: a session signed on one instance is read on the other,
 * and a passcode sealed on one is opened on the other. From the environment, else from .env.local
 * (generated on first use by scripts/ensure-env.ts), as `next start` itself would read them.
 */
export async function clusterSecrets(): Promise<Record<string, string>> {
  await runCommand('npx', ['tsx', 'scripts/ensure-env.ts'], process.env);
  const file = existsSync('.env.local') ? parseEnv(readFileSync('.env.local', 'utf8')) : {};
  return Object.fromEntries(SECRET_NAMES.map((name) => [name, process.env[name] || file[name] || '']));
}
