import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Instance {
  url: string;
  stop: () => Promise<void>;
}

const READY_WITHIN_MS = 120_000;
const STOP_WITHIN_MS = 10_000;

/** Every line the server prints, prefixed with its port so two instances' logs can be told apart. */
function prefixOutput(server: ChildProcess, port: number): void {
  for (const stream of [server.stdout, server.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`[${port}] ${line}`));
  }
}

function exited(server: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (server.exitCode !== null || server.signalCode !== null) resolve();
    else server.once('exit', () => resolve());
  });
}

async function stopServer(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.signalCode !== null) return;
  server.kill('SIGTERM');
  const timer = setTimeout(() => server.kill('SIGKILL'), STOP_WITHIN_MS);
  await exited(server);
  clearTimeout(timer);
}

/** Resolves once `url` answers 200; rejects if the server exits first or takes too long. */
async function untilReady(server: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + READY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error(`the server for ${url} exited before it was ready`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${READY_WITHIN_MS / 1000} s`);
}

/** One portal server (`node server.js`, the production build) on 127.0.0.1:`port`, ready when /sign-in answers. */
export async function startInstance(port: number, env: NodeJS.ProcessEnv): Promise<Instance> {
  const url = `http://127.0.0.1:${port}`;
  // No proxy stands in front here, so each instance's public URL is its own.
  const server = spawn(process.execPath, ['server.js', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...env, NEXTAUTH_URL: url },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  prefixOutput(server, port);
  const stop = () => stopServer(server);
  try {
    await untilReady(server, `${url}/sign-in`);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
