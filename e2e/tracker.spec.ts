import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_USERS } from './demo-users';
import { SignInPage } from './pages/sign-in-page';
import { TrackerPage } from './pages/tracker-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('shipment tracker', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('filters to Delivered With OTP and shows only those; a detail page tells its story', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto();
    await expect(page.getByRole('heading', { name: 'Shipment tracker' })).toBeVisible();
    await screenshot(page, 'tracker-desktop');
    await expectNoSeriousA11yViolations(page);

    await tracker.statusChip('delivered_with_otp').click();
    await expect(page).toHaveURL(/status=delivered_with_otp/);
    const statuses = tracker.statuses();
    await expect(statuses.first()).toBeVisible();
    const labels = await statuses.allTextContents();
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['Delivered With OTP']));

    const [first] = await tracker.trackingIds();
    await tracker.openShipment(first!);
    await expect(page.getByRole('heading', { name: first! })).toBeVisible();
    const timeline = page.getByRole('list', { name: 'Tracking events, newest first' });
    await expect(timeline.getByText('DeliveredWithOTP')).toBeVisible();
    await expect(timeline.getByText('ReadyForReceive')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Eligibility rules' })).toBeVisible();
    await expect(page.getByText(/Threshold used: 100\.00 GBP, the marketplace default/)).toBeVisible();
    await expect(page.getByText(/\+44 •••• ••• \d{3}/)).toBeVisible();
    await screenshot(page, 'detail-desktop');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'detail-phone');
  });

  test('an Attempted - OTP not Available shipment shows OtpNotAvailable', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto('?status=attempted_otp_not_available');
    const [first] = await tracker.trackingIds();
    expect(first).toBeTruthy();
    await tracker.openShipment(first!);
    await expect(page.getByText('Attempted - OTP not Available').first()).toBeVisible();
    await expect(page.getByRole('list', { name: 'Tracking events, newest first' }).getByText('OtpNotAvailable').first()).toBeVisible();
  });

  test('the URL holds the view: filters round-trip, reload and back button work; export has the same rows', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto('?size=100');
    await page.getByRole('combobox', { name: 'OTP eligible' }).selectOption('yes');
    await page.getByLabel('Search', { exact: true }).fill('bright');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/otp=yes/);
    await expect(page).toHaveURL(/q=bright/);
    const filtered = await tracker.trackingIds();
    expect(filtered.length).toBeGreaterThan(0);

    await tracker.statusChip('delivered_with_otp').click();
    await expect(page).toHaveURL(/status=delivered_with_otp/);
    const delivered = await tracker.trackingIds();
    expect(delivered.length).toBeLessThan(filtered.length);

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'OTP eligible' })).toHaveValue('yes');
    await expect(page.getByLabel('Search', { exact: true })).toHaveValue('bright');
    expect(await tracker.trackingIds()).toEqual(delivered);

    await page.goBack();
    await expect(page).not.toHaveURL(/status=/);
    await expect.poll(() => tracker.trackingIds()).toEqual(filtered);

    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Export CSV' }).click();
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^tracking_id,client_reference,/);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(filtered);
  });

  test('choosing columns, saving a view and opening it again; pasting many ids', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto('?status=delivered_with_otp');
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Phone' }).uncheck();
    await page.getByRole('checkbox', { name: 'Label created' }).check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/cols=/);
    await expect(tracker.table.getByRole('columnheader', { name: /Label created/ })).toBeVisible();
    await expect(tracker.table.getByRole('columnheader', { name: /Phone/ })).toHaveCount(0);

    await page.getByLabel('Save this view as').fill('OTP deliveries');
    await page.getByRole('button', { name: 'Save view' }).click();
    await expect(page.getByText('Saved “OTP deliveries”.')).toBeVisible();
    await tracker.goto();
    await page.getByRole('list', { name: 'Saved views' }).getByRole('link', { name: 'OTP deliveries' }).click();
    await expect(page).toHaveURL(/status=delivered_with_otp/);
    await expect(tracker.table.getByRole('columnheader', { name: /Label created/ })).toBeVisible();

    const some = (await tracker.trackingIds()).slice(0, 3);
    await tracker.goto();
    await page.getByText('Find many at once').click();
    await page.getByLabel(/Tracking ids or client references/).fill(`${some[0]}\n${some[1]!.toLowerCase()}, ${some[2]}`);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(async () => (await tracker.trackingIds()).sort()).toEqual([...some].sort());

    await page.getByRole('button', { name: 'Delete saved view OTP deliveries' }).click();
    await expect(page.getByText('No saved views yet.')).toBeVisible();
  });

  test('pages with keyset cursors and sorts by value', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto();
    const first = await tracker.trackingIds();
    await page.getByRole('link', { name: 'Next' }).click();
    await expect(page).toHaveURL(/after=/);
    const second = await tracker.trackingIds();
    expect(second.some((id) => first.includes(id))).toBe(false);
    await page.getByRole('link', { name: 'Previous' }).click();
    await expect.poll(() => tracker.trackingIds()).toEqual(first);

    await tracker.table.getByRole('link', { name: /Insured value/ }).click();
    await expect(page).toHaveURL(/sort=value/);
    await expect(tracker.table.getByRole('columnheader', { name: /Insured value/ })).toHaveAttribute('aria-sort', 'descending');
  });
});

test.describe('shipment tracker for Kala Mart', () => {
  test.use({ storageState: signedInAs('shipperIn') });

  test('phone width', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const tracker = new TrackerPage(page);
    await tracker.goto();
    await expect(tracker.table).toBeVisible();
    await expect(tracker.table.getByText(/₹/).first()).toBeVisible();
    await screenshot(page, 'tracker-phone');
  });
});

test.describe('shipment tracker across tenants', () => {
  test('an account manager switches between their accounts; nobody opens another tenant’s shipment', async ({ page }) => {
    const signInPage = new SignInPage(page);
    const tracker = new TrackerPage(page);
    await signInPage.signIn(DEMO_USERS.shipperUk);
    await tracker.goto();
    const [ukShipment] = await tracker.trackingIds();
    await page.context().clearCookies();

    await signInPage.signIn(DEMO_USERS.shipperEu);
    const response = await page.goto(`/shipments/${ukShipment}`);
    expect(response?.status()).toBe(404);
    const exported = await page.request.get('/shipments/export');
    expect(await exported.text()).not.toContain(ukShipment!);
    await page.context().clearCookies();

    await signInPage.signIn(DEMO_USERS.manager);
    await tracker.goto();
    await page.getByLabel('Shipper account').selectOption({ label: 'Kala Mart' });
    await page.getByRole('button', { name: 'Switch' }).click();
    await expect(page).toHaveURL(/account=/);
    await expect(tracker.table.getByText(/₹/).first()).toBeVisible();
    await screenshot(page, 'tracker-manager');
    await expectNoSeriousA11yViolations(page);
    const [inShipment] = await tracker.trackingIds();
    await tracker.openShipment(inShipment!);
    await expect(page.getByRole('heading', { name: inShipment! })).toBeVisible();
    await expect(page.getByText('Kala Mart')).toBeVisible();
    await page.context().clearCookies();

    await signInPage.signIn(DEMO_USERS.manager2);
    expect((await page.goto(`/shipments/${inShipment}`))?.status()).toBe(404);
  });
});
