import { existsSync } from 'node:fs';
import type { LaunchOptions, PlaywrightTestConfig } from '@playwright/test';

/** Playwright's own Chromium when it is installed, else Debian's (Playwright cannot download here). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

const CHROMIUM_LAUNCH: LaunchOptions = {
  executablePath: chromiumPath(),
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-quic',
    '--no-first-run',
    '--disable-sync',
  ],
};

/** What both Playwright configs share: one worker in order (the specs share a seeded database), Chromium. */
export const SHARED_CONFIG = {
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure', screenshot: 'only-on-failure', launchOptions: CHROMIUM_LAUNCH },
} satisfies PlaywrightTestConfig;
