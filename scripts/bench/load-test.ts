/** Serves the production build on one database and load-tests pages, signed in or not, one after the other in one run. */
import type { Role } from '../../lib/auth/roles';
import { type LoadFigures, loadFiguresOf, runAutocannon } from './autocannon';
import { startProductionServer } from './production-server';

export interface LoadedPage {
  label: string;
  path: string;
  /** Signed in as the bench's user of that role; anonymous when absent. */
  as?: Role;
  /** Text the page must show before it is measured (it rendered, not a redirect or an error). */
  expect?: string;
}

/**
 * What every page bench measures its pages beside, in the same run: a static 404, /sign-in, and the lightest
 * signed-in page (the upload form: session check, header, a form, no rows), which any signed-in page starts from.
 */
export const REFERENCE_PAGES: readonly LoadedPage[] = [
  { label: 'static 404', path: '/no-such-page' },
  { label: '/sign-in', path: '/sign-in', expect: 'Sign in' },
  { label: '/shipments/upload', path: '/shipments/upload', as: 'shipper', expect: 'Upload shipments' },
];

export async function loadTestPages(options: {
  env: Record<string, string | undefined>;
  port: number;
  /** Signs the roles the pages need in on the started server: each one's session cookie header. */
  signIn: (base: string) => Promise<Partial<Record<Role, string>>>;
  pages: LoadedPage[];
  seconds: number;
  /** autocannon's connections per page; 20 unless given. */
  connections?: number;
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
      const result = await runAutocannon({
        url: `${base}${page.path}`,
        connections: options.connections ?? 20,
        duration: options.seconds,
        headers,
      });
      figures.set(page.label, loadFiguresOf(result));
    }
    return figures;
  } finally {
    await server.stop();
  }
}

/** The load test's figures as a table, each page's req/s beside /sign-in's from the same run. */
export function printPageLoad(figures: Map<string, LoadFigures>, log: (s: string) => void): void {
  const signIn = figures.get('/sign-in')?.requestsPerSecond ?? NaN;
  const width = Math.max(32, ...[...figures.keys()].map((label) => label.length));
  log(
    `  ${'page'.padEnd(width)} ${'req/s'.padStart(8)} ${'÷ sign-in'.padStart(10)} ${'p50 ms'.padStart(7)} ${'p99 ms'.padStart(7)}  non-2xx  errors`,
  );
  for (const [label, f] of figures) {
    const share = `${((100 * f.requestsPerSecond) / signIn).toFixed(0)} %`;
    log(
      `  ${label.padEnd(width)} ${f.requestsPerSecond.toFixed(1).padStart(8)} ${share.padStart(10)} ${String(f.p50).padStart(7)} ${String(f.p99).padStart(7)}  ${String(f.non2xx).padStart(7)}  ${String(f.errors).padStart(6)}`,
    );
  }
}
