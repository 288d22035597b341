import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { decode, encode } from 'next-auth/jwt';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { SignInPage } from './pages/sign-in-page';
import { TrackerPage } from './pages/tracker-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

const HOMES = [
  { email: DEMO_USERS.shipperUk, path: '/insights', heading: 'OTP insights', role: 'Shipper · Bright Gadgets Ltd' },
  { email: DEMO_USERS.manager, path: '/manager', heading: 'Shipper accounts', role: 'Account manager' },
  { email: DEMO_USERS.daUk, path: '/delivery', heading: 'Today’s deliveries', role: 'Delivery associate · Station UK' },
];

for (const home of HOMES) {
  test(`${home.email} signs in and lands on ${home.path}`, async ({ page }) => {
    await new SignInPage(page).signIn(home.email);
    await expect(page).toHaveURL(new RegExp(`${home.path}$`));
    await expect(page.getByRole('heading', { level: 1, name: home.heading })).toBeVisible();
    await expect(page.getByTestId('signed-in-user')).toContainText(home.role);
    await screenshot(page, `home-${home.path.slice(1)}-desktop`);
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, `home-${home.path.slice(1)}-phone`);
  });
}

test('a signed-out visit to a protected page goes to sign-in and comes back after', async ({ page }) => {
  await page.goto('/manager');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fmanager/);
  await new SignInPage(page).submit(DEMO_USERS.manager, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/manager$/);
});

test('a signed-out visit to a filtered tracker link signs in and comes back to the same filters', async ({ page }) => {
  const view = '/shipments?status=delivered_with_otp&q=wil';
  await new TrackerPage(page).goto('?status=delivered_with_otp&q=wil');
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(new URL(page.url()).searchParams.get('callbackUrl')).toBe(view);
  await new SignInPage(page).submit(DEMO_USERS.shipperUk, DEMO_PASSWORD);
  await expect(page).toHaveURL((url) => `${url.pathname}${url.search}` === view);
  await expect(page.getByTestId('chip-delivered_with_otp')).toHaveAttribute('aria-current', 'true');
  await expect(page.getByLabel('Search', { exact: true })).toHaveValue('wil');
});

test.describe('signed in as Bright Gadgets', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('a shipper opening the account-manager console is refused', async ({ page }) => {
    const response = await page.goto('/manager');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
    await expect(page.getByText('Shipper accounts')).toHaveCount(0);
  });

  test('an expired session cookie (signed with the real secret) is nobody', async ({ page, context, baseURL }) => {
    await page.goto('/shipments');
    const session = (await context.cookies()).find((c) => c.name.endsWith('next-auth.session-token'))!;
    const secret = readFileSync('.env.local', 'utf8').match(/^NEXTAUTH_SECRET=(.+)$/m)![1]!;
    const claims = await decode({ token: session.value, secret });
    expect(claims?.uid).toBeTruthy();
    const expired = await encode({ token: claims!, secret, maxAge: -60 });
    await context.clearCookies();
    await context.addCookies([{ name: session.name, value: expired, url: baseURL! }]);
    await page.goto('/shipments');
    await expect(page).toHaveURL(/\/sign-in/);
  });
});

test('a wrong password and an unknown user get the same clear message', async ({ page }) => {
  const signInPage = new SignInPage(page);
  for (const [email, password] of [
    [DEMO_USERS.shipperUk, 'not-the-password'],
    ['nobody@nowhere.example', 'whatever-password'],
  ] as const) {
    await signInPage.goto();
    await signInPage.submit(email, password);
    await expect(page.getByRole('alert').filter({ hasText: 'not right' })).toHaveText(
      'The e-mail address or password is not right. Check both and try again.',
    );
    await expect(page).toHaveURL(/\/sign-in/);
  }
  await screenshot(page, 'sign-in-wrong-password');
});

test('an empty form names the missing fields', async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.submitButton.click();
  await expect(page.getByText('Enter the e-mail address you sign in with')).toBeVisible();
  await expect(page.getByText('Enter your password')).toBeVisible();
});

test('a forged session cookie is nobody', async ({ page, context, baseURL }) => {
  await context.addCookies([
    { name: 'next-auth.session-token', value: 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0.forged.forged.forged.forged', url: baseURL! },
  ]);
  await page.goto('/shipments');
  await expect(page).toHaveURL(/\/sign-in/);
});

// Signing out ends every session of the user: a user whose sign-in no other spec saved (e2e/saved-sign-ins.ts).
test('signing out ends the session, and the old cookie no longer works', async ({ page, context, baseURL }) => {
  await new SignInPage(page).signIn(DEMO_USERS.shipperNordic);
  const cookies = await context.cookies();
  const session = cookies.find((c) => c.name.endsWith('next-auth.session-token'));
  expect(session).toBeDefined();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await context.addCookies([{ name: session!.name, value: session!.value, url: baseURL! }]);
  await page.goto('/shipments');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('the middleware-bypass header (CVE-2025-29927) reaches no data', async ({ request }) => {
  for (const value of [
    'middleware:middleware:middleware:middleware:middleware',
    'src/middleware:src/middleware:src/middleware:src/middleware:src/middleware',
  ]) {
    const response = await request.get('/shipments', { headers: { 'x-middleware-subrequest': value }, maxRedirects: 0 });
    expect(response.status()).toBe(307);
    expect(response.headers().location).toContain('/sign-in');
  }
});
