import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { TrackerPage } from './pages/tracker-page';
import { signedInAs } from './saved-sign-ins';
import { screenshotDesktopAndPhone } from './screenshot';

/** Runs one of the API page's examples as a user would paste it: bash, in a folder of its own, the key in the environment. */
function runExample(script: string, folder: string, key: string): string {
  return execFileSync('bash', ['-euo', 'pipefail', '-c', script], {
    cwd: folder,
    env: { ...process.env, SC_API_KEY: key },
    encoding: 'utf8',
    timeout: 30_000,
  });
}

test.describe('the carrier-compatible API', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('a shipper makes a key, runs the page curl examples, and finds the shipment with its OTP outcome and label', async ({ page }) => {
    const folder = mkdtempSync(path.join(tmpdir(), 'sc-api-e2e-'));
    try {
      await page.goto('/settings/api-keys');
      await expect(page.getByRole('heading', { level: 1, name: 'API keys' })).toBeVisible();
      const name = `Warehouse ${Date.now()}`;
      await page.getByLabel('Key name').fill(name);
      await page.getByRole('button', { name: 'Create key' }).click();
      const key = (await page.getByTestId('new-api-key').textContent())!.trim();
      expect(key).toMatch(/^sc_live_[A-Za-z0-9_-]{43}$/);
      await expect(page.getByText(/will not be shown again/i)).toBeVisible();
      await screenshotDesktopAndPhone(page, 'api-keys-created');

      await page.goto('/settings/api');
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const oneClick = (await page.locator('#curl-one-click').textContent())!;
      const tracking = (await page.locator('#curl-tracking').textContent())!;
      expect(oneClick).toContain('/shipping/v2/oneClickShipment');
      await screenshotDesktopAndPhone(page, 'api-reference');

      const rates = JSON.parse(runExample((await page.locator('#curl-get-rates').textContent())!, folder, key)) as {
        payload: { rates: unknown[]; otpSecureDelivery: { packages: { otpRequired: boolean }[] } };
      };
      expect(rates.payload.rates.length).toBeGreaterThan(0);
      expect(rates.payload.otpSecureDelivery.packages[0]!.otpRequired).toBe(true);

      const printed = runExample(oneClick, folder, key);
      const answer = JSON.parse(readFileSync(path.join(folder, 'oneclick.json'), 'utf8')) as {
        payload: {
          packageDocumentDetails: { trackingId: string }[];
          otpSecureDelivery: { packages: { otpRequired: boolean }[] };
        };
      };
      const [{ trackingId }] = answer.payload.packageDocumentDetails as [{ trackingId: string }];
      expect(printed).toContain(trackingId);
      // The announcement's sample package, to an account with OTP on: a passcode will be needed.
      expect(answer.payload.otpSecureDelivery.packages[0]!.otpRequired).toBe(true);
      expect(readFileSync(path.join(folder, 'label.pdf')).subarray(0, 5).toString()).toBe('%PDF-');

      const tracked = JSON.parse(runExample(tracking, folder, key)) as { payload: { trackingId: string; summary: { status: string } } };
      expect(tracked.payload).toMatchObject({ trackingId, summary: { status: 'PreTransit' } });

      const tracker = new TrackerPage(page);
      const row = await tracker.find(trackingId);
      await expect(row).toHaveCount(1);
      await expect(row.getByTestId('cell-otp')).toHaveText('Yes');

      await page.goto(`/shipments/${trackingId}`);
      await screenshotDesktopAndPhone(page, 'shipment-detail-api');
      const download = page.waitForEvent('download');
      await page.getByRole('link', { name: 'Download label as PDF' }).click();
      const file = await (await download).path();
      expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-');

      // Revoked, the key is refused on its very next call.
      await page.goto('/settings/api-keys');
      const listed = page.getByTestId('api-key').filter({ hasText: name });
      await listed.getByRole('button', { name: `Revoke ${name}` }).click();
      await page
        .getByRole('dialog')
        .getByRole('button', { name: /revoke/i })
        .click();
      await expect(listed.getByText(/revoked/i).first()).toBeVisible();
      // The browser's session cookie comes along with this request: it never stands in for a key.
      const refused = await page.request.get(`/shipping/v2/tracking?trackingId=${trackingId}`, { headers: { 'x-amz-access-token': key } });
      expect(refused.status()).toBe(401);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
