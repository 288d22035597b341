import { chromium } from '@playwright/test';
(async () => {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
  const page = await browser.newPage({ viewport: { width: Number(process.argv[5] ?? 390), height: 700 } });
  await page.goto('http://127.0.0.1:3311/sign-in');
  await page.getByLabel('E-mail address').fill(process.argv[2]!);
  await page.getByLabel('Password').fill('Demo-pass-2026');
  await page.getByRole('button', { name: /sign in/i }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/sign-in'));
  await page.goto('http://127.0.0.1:3311' + process.argv[3]);
  await page.waitForTimeout(500);
  await page.screenshot({ path: process.argv[4]! });
  await browser.close();
})();
