import { expect, test } from '@playwright/test';
import { NOAH, recipientSignsIn } from './delivery-day';
import { RecipientCentralPage } from './pages/recipient-central-page';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot, screenshotDesktopAndPhone } from './screenshot';

const DEMO_RECIPIENT_EMAIL = 'emma.wilson@example.com';
const SENT = 'We sent a code';

test('the staff sign-in page leads recipients to Recipient Central', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in to Recipient Central' }).click();
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to see your packages' })).toBeVisible();
  await expect(page).toHaveTitle('Sign in to Recipient Central');
});

test('a signed-out visit to Recipient Central goes to the code sign-in, which is never cached', async ({ page }) => {
  await page.goto('/recipient');
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  const response = await page.request.get('/recipient/sign-in');
  expect(response.headers()['cache-control']).toContain('no-store');
});

test('an identifier that is neither an e-mail address nor a mobile number is named as the problem', async ({ page }) => {
  const signInPage = new RecipientSignInPage(page);
  await signInPage.requestCode('not a number');
  await expect(page.getByText('Enter an e-mail address (name@example.com) or a mobile number with its country code')).toBeVisible();
  await expect(page.getByText(SENT)).toHaveCount(0);
  await signInPage.identifier.fill('');
  await signInPage.sendCodeButton.click();
  await expect(page.getByText('Enter the e-mail address or mobile number your packages are sent to')).toBeVisible();
  await screenshot(page, 'recipient-sign-in-invalid-desktop');
});

test('a known and an unknown identifier get the same answer', async ({ page }) => {
  const signInPage = new RecipientSignInPage(page);
  for (const identifier of [DEMO_RECIPIENT_EMAIL, 'nobody@nowhere.example', '+44 7700 900999']) {
    await signInPage.requestCode(identifier);
    await expect(page.getByRole('status').filter({ hasText: SENT })).toContainText(
      `If ${identifier} has packages with us, a 6-digit code is on its way`,
    );
  }
});

test('a short code and a wrong code get clear messages, and no code reaches the URL', async ({ page }) => {
  const signInPage = new RecipientSignInPage(page);
  await signInPage.requestCode(DEMO_RECIPIENT_EMAIL);
  await expect(signInPage.code).toHaveAttribute('inputmode', 'numeric');
  await expect(signInPage.code).toHaveAttribute('autocomplete', 'one-time-code');

  await signInPage.enterCode('123');
  await expect(page.getByText('Enter the 6 digits of the code we sent you')).toBeVisible();

  await signInPage.enterCode('000000');
  await expect(page.getByRole('alert').filter({ hasText: 'That code did not work' })).toBeVisible();
  expect(page.url()).not.toContain('000000');
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  await screenshot(page, 'recipient-sign-in-wrong-code-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'recipient-sign-in-wrong-code-phone');

  await page.getByRole('button', { name: 'Use another e-mail or number' }).click();
  await expect(signInPage.identifier).toBeVisible();
  await screenshot(page, 'recipient-sign-in-phone');
});

test('Recipient Central says so in its header and title, and pages the packages with today’s passcodes always on top', async ({
  browser,
}) => {
  // Noah (seeded) has a package out for delivery today, with its passcode, and dozens from the last 30 days.
  const page = await recipientSignsIn(browser, NOAH);
  await page.setViewportSize({ width: 390, height: 844 });
  const header = page.getByRole('banner');
  await expect(header.getByRole('link', { name: 'Recipient Central', exact: true })).toBeVisible();
  await expect(header).not.toContainText('Shipper Central');
  await expect(page).toHaveTitle('My packages · Recipient Central');

  const central = new RecipientCentralPage(page);
  const passcodeCard = page.getByTestId('passcode-card').first();
  await expect(passcodeCard).toBeVisible();
  const passcode = await passcodeCard.getByTestId('passcode').innerText();
  const newest = await central.trackingIds();
  // Today's packages head the newest page, then ten others.
  expect(newest.length).toBeGreaterThan(10);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4_000);
  await screenshotDesktopAndPhone(page, 'recipient-central-paged');
  await page.setViewportSize({ width: 390, height: 844 });

  await central.pager.getByRole('link', { name: 'Older', exact: true }).click();
  await expect(page).toHaveURL(/[?&]older=/);
  await expect.poll(() => central.trackingIds()).not.toEqual(newest);
  const older = await central.trackingIds();
  expect(older.length).toBeGreaterThan(0);
  expect(older.length).toBeLessThanOrEqual(10);
  expect(older.filter((id) => newest.includes(id))).toEqual([]);
  await expect(page.getByTestId('passcode-card').first().getByTestId('passcode')).toHaveText(passcode);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(4_000);
  await expect(page).toHaveTitle('My packages · Recipient Central');

  await central.pager.getByRole('link', { name: 'Newer', exact: true }).click();
  await expect.poll(() => central.trackingIds()).toEqual(newest);
  await expect(central.pager.getByRole('link', { name: 'Newer', exact: true })).toHaveCount(0);
  await page.context().close();
});

test.describe('signed in as a shipper', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('a shipper cannot open Recipient Central', async ({ page }) => {
    const response = await page.goto('/recipient');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'My packages' })).toHaveCount(0);
  });
});
