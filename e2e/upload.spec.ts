import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { samplePackage, sampleGetRatesRequest } from '../lib/shipping/sample-package';
import { csvFile } from '../lib/upload/sample-files';
import { TrackerPage } from './pages/tracker-page';
import { UploadPage } from './pages/upload-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

const run = Date.now().toString(36).toUpperCase();

const upload = (page: Page, name: string, content: string | Buffer) => new UploadPage(page).upload(name, content);

const sampleJson = (ref: string) => JSON.stringify(sampleGetRatesRequest([samplePackage(ref)]));

test.use({ storageState: signedInAs('shipperUk') });

test("the source's sample package is OTP eligible with OTP on, and stored once", async ({ page }) => {
  const file = sampleJson(`E2E-SAMPLE-${run}`);
  await upload(page, 'sample.json', file);
  await expect(page.getByRole('heading', { name: 'Report for sample.json' })).toBeVisible();
  await expect(page.getByRole('cell', { name: `E2E-SAMPLE-${run}` })).toBeVisible();
  await expect(page.getByRole('table').getByText('Eligible', { exact: true })).toBeVisible();
  await expect(page.getByTestId('upload-next-step')).toContainText('Nothing is stored yet');
  await screenshot(page, 'upload-report-desktop');
  await page.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 1 package as “Label Created” (1 OTP eligible)');

  await upload(page, 'sample.json', file);
  await expect(page.getByTestId('upload-next-step')).toContainText('already stored');
  await expect(page.getByRole('button', { name: /^Store/ })).toHaveCount(0);
});

test('the stored message links to the tracker showing exactly the shipments just stored', async ({ page }) => {
  const [stored, fresh1, fresh2] = [`E2E-LINK-0-${run}`, `E2E-LINK-1-${run}`, `E2E-LINK-2-${run}`];
  await upload(page, 'first.json', sampleJson(stored));
  await page.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 1 package');

  await upload(page, 'second.json', JSON.stringify(sampleGetRatesRequest([stored, fresh1, fresh2].map((ref) => samplePackage(ref)))));
  await page.getByRole('button', { name: 'Store 2 packages' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 2 packages');
  await page.getByRole('link', { name: 'Open the 2 stored shipments in the tracker' }).click();
  await expect(page).toHaveURL(/\/shipments\?upload=[0-9a-f-]{36}$/);
  const tracker = new TrackerPage(page);
  await expect.poll(async () => (await tracker.cells('clientRef').allTextContents()).sort()).toEqual([fresh1, fresh2]);
  await expect(page.getByText('Only the shipments stored by one upload')).toBeVisible();
  await page.getByRole('link', { name: 'Show every shipment' }).click();
  await expect(page).not.toHaveURL(/upload=/);
});

test.describe('Rapid Parts, SMS notifications off', () => {
  test.use({ storageState: signedInAs('shipperSmsOff') });

  test('with SMS notifications off the same package is not eligible, and says why', async ({ page }) => {
    await upload(page, 'sample.json', sampleJson(`E2E-SMSOFF-${run}`));
    await expect(page.getByRole('table').getByText('SMS notifications are off')).toBeVisible();
    await expect(page.getByRole('button', { name: /SMS notifications are off: 1/ })).toBeVisible();
  });
});

test('a CSV from the template uploads and stores', async ({ page }) => {
  await upload(
    page,
    'template.csv',
    csvFile([
      { package_client_reference_id: `E2E-CSV-1-${run}` },
      { package_client_reference_id: `E2E-CSV-2-${run}`, ship_to_phone: '+441611234567' },
    ]),
  );
  await expect(page.getByRole('heading', { name: 'Report for template.csv' })).toBeVisible();
  await page.getByLabel('Fails on').selectOption('PHONE_INVALID');
  await page.getByLabel('Only on that reason').check();
  await expect(page.getByText('1 of 2 valid packages')).toBeVisible();
  await expect(page.getByRole('cell', { name: `E2E-CSV-2-${run}` })).toBeVisible();
  await page.getByRole('button', { name: 'Store 2 packages' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 2 packages');
});

test.describe('Kala Mart', () => {
  test.use({ storageState: signedInAs('shipperIn') });

  test('a CSV with other headers is mapped on the page, and the mapping is remembered', async ({ page }) => {
    const renamed = csvFile([{ package_client_reference_id: `E2E-MAP-${run}` }])
      .replace('ship_to_phone', 'Mobile')
      .replace('insured_value,', 'Declared value,');
    await upload(page, 'export.csv', renamed);
    await expect(page.getByRole('heading', { name: 'Match the columns of export.csv' })).toBeVisible();
    await page.getByRole('button', { name: 'Check the file with this mapping' }).click();
    await expect(page.getByText('Choose a field, or "ignore this column"').first()).toBeVisible();
    await page.getByLabel('Column “Mobile”').selectOption('ship_to_phone');
    await page.getByLabel('Column “Declared value”').selectOption('insured_value');
    await screenshot(page, 'upload-mapping-desktop');
    await page.getByRole('button', { name: 'Check the file with this mapping' }).click();
    await expect(page.getByRole('heading', { name: 'Report for export.csv' })).toBeVisible();

    await upload(page, 'export-again.csv', renamed.replace(`E2E-MAP-${run}`, `E2E-MAP2-${run}`));
    await expect(page.getByRole('heading', { name: 'Report for export-again.csv' })).toBeVisible();
  });
});

test('a file with errors: store the valid part, download the rejected rows, fix them and upload that file', async ({ page }) => {
  await upload(
    page,
    'mixed.csv',
    csvFile([
      { package_client_reference_id: `E2E-OK-${run}` },
      { package_client_reference_id: `E2E-BAD-${run}`, insured_value: '12.345' },
      { package_client_reference_id: `E2E-CUR-${run}`, insured_value_currency: 'gbp' },
    ]),
  );
  await expect(page.getByText('line 3', { exact: true })).toBeVisible();
  await expect(page.getByText(/line 3, column insured_value/)).toBeVisible();
  await expect(page.getByText(/line 4, column insured_value_currency/)).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'upload-report-phone');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Store the 1 valid package now' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 1 package');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Download rejected rows (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('mixed-rejected.csv');
  const rejected = await readFile(await download.path(), 'utf8');
  expect(rejected.split('\r\n')[0]).toMatch(/,error$/);
  const fixed = rejected.replace('12.345', '12.34').replace(',gbp,', ',GBP,');
  await upload(page, 'mixed-rejected.csv', fixed);
  await expect(page.getByTestId('upload-next-step')).toContainText('2 packages will be stored');
  await page.getByRole('button', { name: 'Store 2 packages' }).click();
  await expect(page.getByRole('status')).toContainText('Stored 2 packages');
});

test('bad files are refused whole with a clear message', async ({ page }) => {
  await upload(page, 'broken.json', '{"packages": [');
  const refusal = page.getByRole('alert').filter({ hasText: 'Nothing was stored' });
  await expect(refusal).toContainText('broken.json: The JSON cannot be read: line 1');
  await upload(page, 'image.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  await expect(refusal).toContainText('image.csv');
  await upload(page, 'empty.csv', '');
  await expect(refusal).toContainText('empty.csv');
});
