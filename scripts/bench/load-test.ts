/** Serves the production build with `next start` on one database and load-tests the signed-in /shipments page. */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(__filename)('autocannon') as Autocannon;

async function waitFor(url: string, seconds: number): Promise<void> {
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

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((c) => c.split(';')[0]!);
}

async function signIn(base: string, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiesOf(csrf);
  const response = await fetch(`${base}/api/auth/callback/password`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, email, password, json: 'true' }),
  });
  const cookies = [...jar, ...cookiesOf(response)];
  if (!cookies.some((c) => c.includes('session-token='))) throw new Error(`sign-in failed (HTTP ${response.status})`);
  return cookies.join('; ');
}

export interface LoadFigures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
  total: number;
}

export async function loadTestTracker(options: {
  env: Record<string, string | undefined>;
  port: number;
  email: string;
  password: string;
  path: string;
  seconds: number;
}): Promise<LoadFigures> {
  const base = `http://127.0.0.1:${options.port}`;
  const server = spawn('npx', ['next', 'start', '-p', String(options.port), '-H', '127.0.0.1'], {
    env: { ...process.env, ...options.env, NEXTAUTH_URL: base, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  try {
    await waitFor(`${base}/sign-in`, 180);
    const cookie = await signIn(base, options.email, options.password);
    const page = await fetch(`${base}${options.path}`, { headers: { cookie } });
    const html = await page.text();
    if (!page.ok || !html.includes('Shipment tracker')) throw new Error(`the tracker page did not render (HTTP ${page.status})`);
    const result = await autocannon({ url: `${base}${options.path}`, connections: 20, duration: options.seconds, headers: { cookie } });
    return {
      requestsPerSecond: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      non2xx: result.non2xx,
      errors: result.errors,
      total: result.requests.total,
    };
  } finally {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
  }
}
