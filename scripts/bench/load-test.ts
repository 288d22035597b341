/** Serves the production build on one database and load-tests pages, signed in or not, one after the other in one run. */
import { createRequire } from 'node:module';
import { startProductionServer } from './production-server';

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

export interface LoadedPage {
  label: string;
  path: string;
  /** Signed in as the bench shipper; else anonymous. */
  signedIn: boolean;
  /** Text the signed-in page must show before it is measured (it rendered, not a redirect or an error). */
  expect?: string;
}

export async function loadTestPages(options: {
  env: Record<string, string | undefined>;
  port: number;
  email: string;
  password: string;
  pages: LoadedPage[];
  seconds: number;
}): Promise<Map<string, LoadFigures>> {
  const server = await startProductionServer(options.env, options.port);
  const { base } = server;
  try {
    const cookie = await signIn(base, options.email, options.password);
    const figures = new Map<string, LoadFigures>();
    for (const page of options.pages) {
      const headers: Record<string, string> = page.signedIn ? { cookie } : {};
      const check = await fetch(`${base}${page.path}`, { headers, redirect: 'manual' });
      const html = await check.text();
      if (page.expect && (!check.ok || !html.includes(page.expect))) {
        throw new Error(`${page.path} did not render "${page.expect}" (HTTP ${check.status})`);
      }
      const result = await autocannon({ url: `${base}${page.path}`, connections: 20, duration: options.seconds, headers });
      figures.set(page.label, {
        requestsPerSecond: result.requests.average,
        p50: result.latency.p50,
        p99: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
        total: result.requests.total,
      });
    }
    return figures;
  } finally {
    await server.stop();
  }
}
