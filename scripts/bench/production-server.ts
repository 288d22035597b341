/** The production build served as `npm start` serves it, on one port, for a benchmark's load tests. */
import { spawn } from 'node:child_process';

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
