import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_LAUNCH } from './e2e/chromium-launch';

// Two portal instances on one PostgreSQL database (scripts/cluster), started by the global setup.
// Specs address an instance by absolute URL (e2e/cluster/instances.ts): there is no baseURL.
export default defineConfig({
  testDir: './e2e/cluster',
  globalSetup: './e2e/cluster/global-setup.ts',
  outputDir: 'test-results/cluster',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH,
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
