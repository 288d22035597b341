/** The production build served as `npm start` serves it, on one port, for a benchmark's load tests. */
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { SECRET_NAMES } from '../../lib/env';

export interface ProductionServer {
  base: string;
  stop: () => Promise<void>;
}

export async function waitFor(url: string, seconds: number): Promise<void> {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** `node server.js` on 127.0.0.1; it needs an e-mail transport to start, and a benchmark sends nothing. */
export async function startProductionServer(env: Record<string, string | undefined>, port: number): Promise<ProductionServer> {
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(process.execPath, ['server.js', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, SMTP_URL: 'smtp://127.0.0.1:2', ...env, NEXTAUTH_URL: base, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const stop = async () => {
    if (server.pid && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
  };
  try {
    await waitFor(`${base}/sign-in`, 180);
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}

/**
 * The server's secrets for this run, in this process's environment (which the server inherits), so what
 * the bench seals or signs with them is what the server reads.
 */
export function setServerSecrets(): void {
  for (const name of SECRET_NAMES) process.env[name] ||= randomBytes(32).toString('base64');
}

/** The development environment file, and a production build: the one in .next, or a new one when there is none. */
export function ensureProductionBuild(log: (s: string) => void): void {
  spawnSync('npx', ['tsx', 'scripts/ensure-env.ts'], { stdio: 'inherit' });
  if (existsSync('.next/BUILD_ID')) return;
  log('no production build found: running next build');
  const build = spawnSync('npx', ['next', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('next build failed');
}
