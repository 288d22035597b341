import { expect, test } from '@playwright/test';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

const DEMO_RECIPIENT_EMAIL = 'emma.wilson@example.com';
const SENT = 'We sent a code';

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

test.describe('signed in as a shipper', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('a shipper cannot open Recipient Central', async ({ page }) => {
    const response = await page.goto('/recipient');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'My packages' })).toHaveCount(0);
  });
});
