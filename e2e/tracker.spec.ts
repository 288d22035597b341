import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { NAV_LINKS } from '../lib/auth/roles';
import { expectNoSeriousA11yViolations } from './axe';
import { DEMO_USERS } from './demo-users';
import { SignInPage } from './pages/sign-in-page';
import { TrackerPage } from './pages/tracker-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

const PHONE = { width: 390, height: 844 };

/** How wide the page is: more than the viewport means the page scrolls sideways. */
function pageScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth);
}

/** How far the table overflows its scrolling box, and how many Last event cells are cut off. */
function tableOverflow(table: Locator): Promise<{ overflow: number; clippedLastEvents: number }> {
  return table.evaluate((element) => {
    const box = element.parentElement!;
    const right = box.getBoundingClientRect().right;
    const cells = [...element.querySelectorAll('[data-testid="cell-lastEvent"]')];
    return {
      overflow: box.scrollWidth - box.clientWidth,
      clippedLastEvents: cells.filter((c) => c.scrollWidth > c.clientWidth || c.getBoundingClientRect().right > right + 0.5).length,
    };
  });
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
    await expect(timeline.getByText('Delivered With OTP', { exact: true })).toBeVisible();
    await expect(timeline.getByText('DeliveredWithOTP')).toBeVisible();
    await expect(timeline.getByText('Label Created', { exact: true })).toBeVisible();
    await expect(timeline.getByText('ReadyForReceive → PreTransit', { exact: true })).toBeVisible();
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

test.describe('shipment tracker: rough edges a new user hit', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('the column chooser closes on Show and the table shows the chosen columns', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto();
    await page.getByText('Columns', { exact: true }).click();
    const phone = page.getByRole('checkbox', { name: 'Phone' });
    await phone.uncheck();
    await page.getByRole('checkbox', { name: 'Label created' }).check();
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await expect(page).toHaveURL(/cols=/);
    await expect(tracker.table.getByRole('columnheader', { name: /Label created/ })).toBeVisible();
    await expect(tracker.table.getByRole('columnheader', { name: /Phone/ })).toHaveCount(0);
    await expect(phone).toBeHidden();
  });

  test('pasted ids that match nothing are named, another account’s among them, first few then a count', async ({ page, browser }) => {
    const elsewhere = await browser.newContext({ storageState: signedInAs('shipperIn') });
    const otherTracker = new TrackerPage(await elsewhere.newPage());
    await otherTracker.goto();
    const [otherAccountsId] = await otherTracker.trackingIds();
    await elsewhere.close();

    const tracker = new TrackerPage(page);
    await tracker.goto();
    const [known] = await tracker.trackingIds();
    const unknown = ['NOPE-1', 'NOPE-2', 'NOPE-3', 'NOPE-4', 'NOPE-5', 'NOPE-6', otherAccountsId!];
    await tracker.goto(`?ids=${encodeURIComponent([known!, ...unknown].join('\n'))}`);
    await expect.poll(() => tracker.trackingIds()).toEqual([known]);
    const notFound = page.getByRole('alert').filter({ hasText: 'not found' });
    await expect(notFound).toContainText('7 not found');
    await expect(notFound).toContainText('NOPE-1, NOPE-2, NOPE-3, NOPE-4, NOPE-5 and 2 more');
    await expect(notFound).not.toContainText(known!);

    await tracker.goto(`?ids=${encodeURIComponent(known!)}`);
    await expect.poll(() => tracker.trackingIds()).toEqual([known]);
    await expect(page.getByRole('alert').filter({ hasText: 'not found' })).toHaveCount(0);
  });

  test('searching a surname or a first name finds the recipient by any word of the name', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto('?size=100');
    for (const text of ['Wilson', 'wil', 'emma']) {
      await page.getByLabel('Search', { exact: true }).fill(text);
      await page.getByRole('button', { name: 'Apply filters' }).click();
      await expect(page).toHaveURL(new RegExp(`q=${text}`));
      await expect(tracker.cells('recipient').first()).toBeVisible();
      await expect.poll(async () => new Set(await tracker.cells('recipient').allTextContents())).toEqual(new Set(['Emma Wilson']));
    }
  });
});

test.describe('shipment tracker for Kala Mart', () => {
  test.use({ storageState: signedInAs('shipperIn') });

  test('phone width: cards instead of the table, and nothing scrolls sideways', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const tracker = new TrackerPage(page);
    await tracker.goto();
    await expect(tracker.cards).toBeVisible();
    await expect(tracker.table).toBeHidden();
    await expect(tracker.cards.getByText(/₹/).first()).toBeVisible();
    await expect(tracker.cardFields('status').first()).toBeVisible();
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(PHONE.width);
    await screenshot(page, 'tracker-phone');
    await expectNoSeriousA11yViolations(page);
  });
});

test.describe('shipment tracker on a phone', () => {
  test.use({ storageState: signedInAs('shipperUk'), viewport: PHONE });

  test('the filters open in a sheet that applies them, saved views open from a menu, a card opens its shipment', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto();
    await expect(tracker.filtersButton).toHaveText('Filters');

    await tracker.filtersButton.click();
    await expect(tracker.filterSheet).toBeVisible();
    await screenshot(page, 'tracker-phone-filters');
    await page.keyboard.press('Escape');
    await expect(tracker.filterSheet).toBeHidden();
    await expect(tracker.filtersButton).toBeFocused();

    await tracker.filtersButton.click();
    await tracker.filterSheet.getByRole('combobox', { name: 'OTP eligible' }).selectOption('yes');
    await tracker.filterSheet.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page).toHaveURL(/otp=yes/);
    await expect(tracker.filterSheet).toBeHidden();
    await expect(tracker.filtersButton).toHaveText('Filters (1 active)');
    await expect.poll(async () => new Set(await tracker.cardFields('otp').allTextContents())).toEqual(new Set(['Yes']));

    const saveAs = page.getByLabel('Save this view as');
    await expect(saveAs).toBeHidden();
    await tracker.savedViewsButton.click();
    await expect(tracker.savedViewsButton).toHaveAttribute('aria-expanded', 'true');
    await expect(saveAs).toBeVisible();
    await screenshot(page, 'tracker-phone-saved-views');
    await page.keyboard.press('Escape');
    await expect(saveAs).toBeHidden();
    await expect(tracker.savedViewsButton).toBeFocused();

    const first = tracker.cardFields('trackingId').first();
    const trackingId = await first.textContent();
    await first.click();
    await expect(page.getByRole('heading', { name: trackingId! })).toBeVisible();
  });

  test('the main nav keeps its order and whole labels, its strip scrolled to the current tab', async ({ page }) => {
    await page.goto('/settings/webhooks');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const links = nav.getByRole('link');
    await expect(links).toHaveText(NAV_LINKS.shipper.map((link) => link.label));
    await expect(nav.getByRole('link', { name: 'Webhooks' })).toHaveAttribute('aria-current', 'page');
    await expect
      .poll(() =>
        nav.evaluate((strip) => {
          const tab = strip.querySelector('[aria-current="page"]')!.getBoundingClientRect();
          const box = strip.getBoundingClientRect();
          return strip.scrollLeft > 0 && tab.left >= box.left && tab.right <= box.right;
        }),
      )
      .toBe(true);
    const cut = await links.evaluateAll((all) =>
      all.filter((l) => l.scrollWidth > l.clientWidth || getComputedStyle(l).textOverflow === 'ellipsis').map((l) => l.textContent),
    );
    expect(cut).toEqual([]);
  });
});

test.describe('shipment tracker at 1280 px', () => {
  test.use({ storageState: signedInAs('shipperUk'), viewport: { width: 1280, height: 800 } });

  test('the default columns fit: the table does not scroll and no Last event is cut off', async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.goto('?size=100');
    await expect(tracker.table).toBeVisible();
    await expect(tracker.cards).toBeHidden();
    expect(await tableOverflow(tracker.table)).toEqual({ overflow: 0, clippedLastEvents: 0 });
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
