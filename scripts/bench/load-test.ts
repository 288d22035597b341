/** Serves the production build on one database and load-tests pages, signed in or not, one after the other in one run. */
import { createRequire } from 'node:module';
import type { Role } from '../../lib/auth/roles';
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
  /** Signed in as the bench's user of that role; anonymous when absent. */
  as?: Role;
  /** Text the page must show before it is measured (it rendered, not a redirect or an error). */
  expect?: string;
}

export async function loadTestPages(options: {
  env: Record<string, string | undefined>;
  port: number;
  /** Signs the roles the pages need in on the started server: each one's session cookie header. */
  signIn: (base: string) => Promise<Partial<Record<Role, string>>>;
  pages: LoadedPage[];
  seconds: number;
}): Promise<Map<string, LoadFigures>> {
  const server = await startProductionServer(options.env, options.port);
  const { base } = server;
  try {
    const sessions = await options.signIn(base);
    const figures = new Map<string, LoadFigures>();
    for (const page of options.pages) {
      const cookie = page.as && sessions[page.as];
      if (page.as && !cookie) throw new Error(`${page.path}: no ${page.as} signed in`);
      const headers: Record<string, string> = cookie ? { cookie } : {};
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
