import { existsSync } from 'node:fs';
import type { LaunchOptions } from '@playwright/test';

/** Playwright's own Chromium when it is installed, else Debian's (Playwright cannot download here). */
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** How both Playwright configs launch Chromium. */
export const CHROMIUM_LAUNCH: LaunchOptions = {
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
