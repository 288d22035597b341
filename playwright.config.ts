import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const DEMO_URL = `http://127.0.0.1:${PORT}`;
const baseURL = DEMO_URL;
export const PRODUCTION_PORT = PORT + 1;
export const PRODUCTION_URL = `http://127.0.0.1:${PRODUCTION_PORT}`;
const SERVER_ENV = { NODE_ENV: 'production', NODE_OPTIONS: '--max-semi-space-size=32' };

/** Playwright's own Chromium when it is installed, else Debian's (Playwright cannot download here). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: [
    // The demo portal, as `npm run portal` serves it: messages kept and shown on /messages.
    {
      command: `node server.js -p ${PORT} -H 127.0.0.1`,
      url: `${baseURL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: { ...SERVER_ENV, DEMO_INBOX: '1', PGLITE_DIR: process.env.E2E_PGLITE_DIR ?? '.data/e2e', NEXTAUTH_URL: baseURL },
    },
    // A production portal: no demo inbox, e-mail to an SMTP server (none listens; nothing is delivered).
    {
      command: `node server.js -p ${PRODUCTION_PORT} -H 127.0.0.1`,
      url: `${PRODUCTION_URL}/sign-in`,
      reuseExistingServer: false,
      timeout: 120_000,
      env: {
        ...SERVER_ENV,
        DEMO_INBOX: '0',
        SMTP_URL: 'smtp://127.0.0.1:2',
        PGLITE_DIR: process.env.E2E_PRODUCTION_PGLITE_DIR ?? '.data/e2e-production',
        NEXTAUTH_URL: PRODUCTION_URL,
      },
    },
  ],
});
