import { expect, type Page, test } from '@playwright/test';
import { DEMO_USERS, screenshot, signIn } from './helpers';

const DEMO_RECIPIENT_EMAIL = 'emma.wilson@example.com';
const SENT = 'We sent a code';

async function requestCode(page: Page, identifier: string): Promise<void> {
  await page.goto('/recipient/sign-in');
  await page.getByLabel('E-mail address or mobile number').fill(identifier);
  await page.getByRole('button', { name: 'Send me a sign-in code' }).click();
}

test('the staff sign-in page leads recipients to Recipient Central', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Sign in to Recipient Central' }).click();
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to see your packages' })).toBeVisible();
});

test('a signed-out visit to Recipient Central goes to the code sign-in, which is never cached', async ({ page }) => {
  await page.goto('/recipient');
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  const response = await page.request.get('/recipient/sign-in');
  expect(response.headers()['cache-control']).toContain('no-store');
});

test('an identifier that is neither an e-mail address nor a mobile number is named as the problem', async ({ page }) => {
  await requestCode(page, 'not a number');
  await expect(page.getByText('Enter an e-mail address (name@example.com) or a mobile number with its country code')).toBeVisible();
  await expect(page.getByText(SENT)).toHaveCount(0);
  await page.getByLabel('E-mail address or mobile number').fill('');
  await page.getByRole('button', { name: 'Send me a sign-in code' }).click();
  await expect(page.getByText('Enter the e-mail address or mobile number your packages are sent to')).toBeVisible();
  await screenshot(page, 'recipient-sign-in-invalid-desktop');
});

test('a known and an unknown identifier get the same answer', async ({ page }) => {
  for (const identifier of [DEMO_RECIPIENT_EMAIL, 'nobody@nowhere.example', '+44 7700 900999']) {
    await requestCode(page, identifier);
    await expect(page.getByRole('status').filter({ hasText: SENT })).toContainText(`If ${identifier} has packages with us, a 6-digit code is on its way`);
  }
});

test('a short code and a wrong code get clear messages, and no code reaches the URL', async ({ page }) => {
  await requestCode(page, DEMO_RECIPIENT_EMAIL);
  const code = page.getByLabel('Sign-in code');
  await expect(code).toHaveAttribute('inputmode', 'numeric');
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');

  await code.fill('123');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByText('Enter the 6 digits of the code we sent you')).toBeVisible();

  await code.fill('000000');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'That code did not work' })).toBeVisible();
  expect(page.url()).not.toContain('000000');
  await expect(page).toHaveURL(/\/recipient\/sign-in$/);
  await screenshot(page, 'recipient-sign-in-wrong-code-desktop');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'recipient-sign-in-wrong-code-phone');

  await page.getByRole('button', { name: 'Use another e-mail or number' }).click();
  await expect(page.getByLabel('E-mail address or mobile number')).toBeVisible();
  await screenshot(page, 'recipient-sign-in-phone');
});

test('a shipper cannot open Recipient Central', async ({ page }) => {
  await signIn(page, DEMO_USERS.shipperUk);
  const response = await page.goto('/recipient');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'My packages' })).toHaveCount(0);
});
