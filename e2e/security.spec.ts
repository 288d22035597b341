import { expect, type Page, test } from '@playwright/test';
import { DEMO_URL, PRODUCTION_URL } from '../playwright.config';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { SignInPage } from './pages/sign-in-page';

// The attacks a tester made against a production server (no DEMO_INBOX), tried again: each must fail.
test.use({ baseURL: PRODUCTION_URL });

const RECIPIENT = 'emma.wilson@example.com';
const HOSTILE_CALLBACKS = [
  '/%09/evil.example/x',
  '/%0a/evil.example/x',
  '/%0d/evil.example/x',
  '//evil.example/x',
  '/%5Cevil.example/x',
  '/..//evil.example/x',
  '/%2e%2e//evil.example/x',
  'https://evil.example/x',
  'javascript:alert(1)',
];

async function refuseOtherHosts(page: Page): Promise<void> {
  await page.route(
    (url) => url.hostname.endsWith('evil.example'),
    (route) => route.abort(),
  );
}

test('a stranger cannot read a recipient sign-in code: there is no inbox and no demo banner', async ({ page }) => {
  await new RecipientSignInPage(page).requestCode(RECIPIENT);
  await expect(page.getByText('We sent a code')).toBeVisible();
  await expect(page.getByTestId('demo-banner')).toHaveCount(0);

  const inbox = await page.request.get('/messages');
  expect(inbox.status()).toBe(404);
  expect(await inbox.text()).not.toMatch(/Sign-in code|Message log|Demo inbox/);
});

test('the demo portal shows its banner on every page (the inbox is its own server)', async ({ browser }) => {
  const demo = await browser.newPage({ baseURL: DEMO_URL });
  await demo.goto('/sign-in');
  await expect(demo.getByTestId('demo-banner')).toContainText('Demo: messages are shown here, not sent.');
  await demo.close();
});

for (const callbackUrl of HOSTILE_CALLBACKS) {
  test(`sign-in never leaves the site for callbackUrl=${callbackUrl}`, async ({ page }) => {
    await refuseOtherHosts(page);
    const signInPage = new SignInPage(page);
    await signInPage.goto(callbackUrl);
    await signInPage.submit(DEMO_USERS.shipperUk, DEMO_PASSWORD);
    await expect(page.getByTestId('signed-in-user')).toBeVisible();
    expect(new URL(page.url()).origin).toBe(PRODUCTION_URL);

    // next-auth's own redirect answer for the same callback stays on the site too.
    const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
    const answer = await page.request.post('/api/auth/signin/password', {
      form: { csrfToken, callbackUrl: decodeURIComponent(callbackUrl), json: 'true' },
    });
    const { url } = (await answer.json()) as { url: string };
    expect(new URL(url).origin).toBe(PRODUCTION_URL);
  });
}

test('a signed-out session cookie is worthless everywhere, /api/auth/session included', async ({ page, browser }) => {
  await new SignInPage(page).signIn(DEMO_USERS.manager);
  const cookies = await page.context().cookies();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  const replay = await browser.newContext({ baseURL: PRODUCTION_URL });
  await replay.addCookies(cookies);
  const session = await replay.request.get('/api/auth/session');
  expect(await session.json()).toEqual({});
  const manager = await replay.request.get('/manager', { maxRedirects: 0 });
  expect(manager.status()).toBe(307);
  expect(manager.headers()['location']).toContain('/sign-in');
  await replay.close();
});

test('pages carry a nonce-based Content-Security-Policy, and their scripts run under it', async ({ page }) => {
  const response = await page.goto('/sign-in');
  const headers = response!.headers();
  const policy = headers['content-security-policy']!;
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce).toBeTruthy();
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(headers['permissions-policy']).toContain('camera=()');
  expect(headers['cross-origin-opener-policy']).toBe('same-origin');
  const scriptNonces = await page.locator('script[src]').evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);

  const again = await page.request.get('/sign-in');
  expect(again.headers()['content-security-policy']).not.toContain(nonce!);
});

test('a mutating route handler refuses a request that names no origin of ours', async ({ page }) => {
  await new SignInPage(page).signIn(DEMO_USERS.shipperUk);
  const foreign: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }, {}];
  for (const headers of foreign) {
    const response = await page.request.post('/api/uploads', { headers, data: '[]' });
    expect(response.status()).toBe(403);
  }
});
