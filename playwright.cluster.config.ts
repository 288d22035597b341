import { defineConfig, devices } from '@playwright/test';
import { SHARED_CONFIG } from './e2e/playwright-shared';

// Two portal instances on one PostgreSQL database (scripts/cluster), started by the global setup.
// Specs address an instance by absolute URL (e2e/cluster/instances.ts): there is no baseURL.
export default defineConfig({
  testDir: './e2e/cluster',
  globalSetup: './e2e/cluster/global-setup.ts',
  outputDir: 'test-results/cluster',
  ...SHARED_CONFIG,
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
});
