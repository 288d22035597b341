import { expect, test } from '@playwright/test';
import { csvFile } from '../lib/upload/sample-files';
import { UploadPage } from './pages/upload-page';
import { signedInAs } from './saved-sign-ins';

const PACKAGES = 100_000;

test.use({ storageState: signedInAs('shipperUk') });

test(`a ${PACKAGES.toLocaleString('en-GB')}-package CSV shows upload and store progress and is stored`, async ({ page }) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36).toUpperCase();
  const rows = Array.from({ length: PACKAGES }, (_, i) => ({
    package_client_reference_id: `BIG-${run}-${i}`,
    insured_value: String(60 + (i % 100)),
  }));
  const buffer = Buffer.from(csvFile(rows));
  const uploadPage = new UploadPage(page);
  await uploadPage.goto();

  const started = Date.now();
  await uploadPage.fileInput.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer });
  const injected = Date.now(); // Playwright pushing 35 MB into the browser: no user waits for this
  await expect(page.getByRole('progressbar').first()).toBeVisible();
  await expect(page.getByRole('progressbar', { name: /Checking big.csv/ })).toBeVisible({ timeout: 60_000 });
  const uploaded = Date.now();
  await expect(page.getByRole('heading', { name: 'Report for big.csv' })).toBeVisible({ timeout: 120_000 });
  const checked = Date.now();
  await expect(page.getByText(`${PACKAGES.toLocaleString('en-GB')} of ${PACKAGES.toLocaleString('en-GB')} valid packages`)).toBeVisible();

  await page.getByRole('button', { name: `Store ${PACKAGES.toLocaleString('en-GB')} packages` }).click();
  await expect(page.getByRole('progressbar', { name: /Storing/ })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(`Stored ${PACKAGES.toLocaleString('en-GB')} packages`, { timeout: 180_000 });
  const stored = Date.now();
  const seconds = (from: number, to: number) => `${((to - from) / 1000).toFixed(1)} s`;
  console.log(
    `${PACKAGES} packages (${(buffer.byteLength / 1024 / 1024).toFixed(1)} MB) through the page: ` +
      `file handed to the page ${seconds(started, injected)} (test harness), upload ${seconds(injected, uploaded)}, ` +
      `check and report ${seconds(uploaded, checked)}, store ${seconds(checked, stored)}; ` +
      `what a shipper waits for: ${seconds(injected, stored)}`,
  );
});
