import { defineConfig, devices } from '@playwright/test';
import { SHARED_CONFIG } from './e2e/playwright-shared';

const PORT = Number(process.env.E2E_PORT ?? 3100);
export const DEMO_URL = `http://127.0.0.1:${PORT}`;
const baseURL = DEMO_URL;
export const PRODUCTION_PORT = PORT + 1;
export const PRODUCTION_URL = `http://127.0.0.1:${PRODUCTION_PORT}`;
const SERVER_ENV = { NODE_ENV: 'production', NODE_OPTIONS: '--max-semi-space-size=32' };

export default defineConfig({
  testDir: './e2e',
  // Two instances on one PostgreSQL: their own config (playwright.cluster.config.ts).
  testIgnore: 'cluster/**',
  ...SHARED_CONFIG,
  use: { ...SHARED_CONFIG.use, baseURL },
  projects: [
    // Signs the demo users in once and saves their sessions (e2e/saved-sign-ins.ts).
    { name: 'setup', testMatch: 'auth.setup.ts', use: { ...devices['Desktop Chrome'] } },
    { name: 'chromium', dependencies: ['setup'], use: { ...devices['Desktop Chrome'] } },
  ],
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
