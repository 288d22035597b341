import { expect, test } from '@playwright/test';
import { signedInAs } from './saved-sign-ins';
import { screenshotDesktopAndPhone } from './screenshot';

const PASSCODE_WARNING = /OTP Secure Delivery needs both Email and SMS notifications\. With SMS off, no new shipment will be OTP eligible/;

test.describe.serial('account settings and the manager console', () => {
  test.describe('Bright Gadgets', () => {
    test.use({ storageState: signedInAs('shipperUk') });

    test('a shipper turns SMS off (warned before saving) and back on', async ({ page }) => {
      await page.goto('/shipments');
      await page.getByRole('link', { name: 'Recipient Experience' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Recipient Experience' })).toBeVisible();
      const sms = page.getByRole('switch', { name: 'SMS notifications' });
      const email = page.getByRole('switch', { name: 'Email notifications' });
      await expect(sms).toHaveAttribute('aria-checked', 'true');
      await expect(email).toHaveAttribute('aria-checked', 'true');
      await screenshotDesktopAndPhone(page, 'settings-recipient-experience');

      await sms.click();
      await expect(sms).toHaveAttribute('aria-checked', 'false');
      await expect(page.getByRole('alert').filter({ hasText: PASSCODE_WARNING })).toBeVisible();
      await screenshotDesktopAndPhone(page, 'settings-recipient-experience-warning');
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Saved. New shipments use these settings.')).toBeVisible();
      await page.reload();
      await expect(page.getByRole('switch', { name: 'SMS notifications' })).toHaveAttribute('aria-checked', 'false');

      // Back on with the keyboard only.
      await page.getByRole('switch', { name: 'SMS notifications' }).focus();
      await page.keyboard.press('Space');
      await expect(page.getByRole('switch', { name: 'SMS notifications' })).toHaveAttribute('aria-checked', 'true');
      await expect(page.getByText(PASSCODE_WARNING)).toHaveCount(0);
      await page.getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('Saved. New shipments use these settings.')).toBeVisible();
      await page.reload();
      await expect(page.getByRole('switch', { name: 'SMS notifications' })).toHaveAttribute('aria-checked', 'true');

      await page.getByRole('link', { name: 'Secure Delivery (OTP)' }).click();
      const log = page.getByTestId('audit-log');
      await expect(log.getByText('SMS notifications: on → off')).toBeVisible();
      await expect(log.getByText('SMS notifications: off → on')).toBeVisible();
    });
  });

  test.describe('the account manager', () => {
    test.use({ storageState: signedInAs('manager') });

    test('the manager table sorts and filters through the URL', async ({ page }) => {
      await page.goto('/manager');
      await expect(page.getByRole('heading', { level: 1, name: 'Shipper accounts' })).toBeVisible();
      const table = page.getByRole('table', { name: 'Shipper accounts you manage' });
      for (const name of ['Bright Gadgets Ltd', 'Maison Lumière', 'Kala Mart', 'Rapid Parts', 'Desi Threads']) {
        await expect(table.getByRole('link', { name })).toBeVisible();
      }
      await expect(table.getByRole('link', { name: 'Nordic Bikes' })).toHaveCount(0);
      await expect(page.getByText(/shipments labelled in the last 30 days \(\d+ \w+( \d{4})? – \d+ \w+ \d{4}, UTC\)/)).toBeVisible();
      await expect(table.getByRole('row').filter({ hasText: 'Desi Threads' })).toContainText('OTP off');
      await screenshotDesktopAndPhone(page, 'manager-accounts');

      await table.getByRole('button', { name: /Shipments \(30 days\)/ }).click();
      await expect(page).toHaveURL(/sort=shipments/);
      await page.getByLabel('OTP', { exact: true }).selectOption('on');
      await expect(page).toHaveURL(/otp=on/);
      await expect(table.getByRole('link', { name: 'Bright Gadgets Ltd' })).toBeVisible();
      await expect(table.getByRole('link', { name: 'Maison Lumière' })).toBeVisible();
      await page.getByLabel('Account name contains').fill('lumi');
      await expect(page).toHaveURL(/name=lumi/);
      await expect(table.getByRole('link', { name: 'Bright Gadgets Ltd' })).toHaveCount(0);
      await page.reload();
      await expect(page.getByLabel('Account name contains')).toHaveValue('lumi');
      await expect(table.getByRole('link', { name: 'Maison Lumière' })).toBeVisible();
    });

    test('two quick filter changes both end up in the URL and the results', async ({ page }) => {
      await page.goto('/manager');
      const table = page.getByRole('table', { name: 'Shipper accounts you manage' });
      await expect(table.getByRole('link', { name: 'Bright Gadgets Ltd' })).toBeVisible();
      // The server answers each filter change slowly, so the second change is made while the first is on its way.
      await page.route(
        (url) => url.pathname === '/manager',
        async (route) => {
          if (route.request().headers()['rsc']) await new Promise((resolve) => setTimeout(resolve, 400));
          await route.continue();
        },
      );
      const name = page.getByLabel('Account name contains');
      const marketplace = page.getByLabel('Marketplace', { exact: true });
      const otp = page.getByLabel('OTP', { exact: true });

      await marketplace.selectOption('IN');
      await otp.selectOption('on');
      await expect(page).toHaveURL(/[?&]marketplace=IN(&|$)/);
      await expect(page).toHaveURL(/[?&]otp=on(&|$)/);
      await expect(marketplace).toHaveValue('IN');
      await expect(otp).toHaveValue('on');
      await expect(table.getByRole('link', { name: 'Kala Mart' })).toBeVisible();
      await expect(table.getByRole('link', { name: 'Bright Gadgets Ltd' })).toHaveCount(0);
      await expect(table.getByText('Off', { exact: true })).toHaveCount(0);

      // A name typed (its navigation still waiting for the typing to pause) and at once another filter: neither is lost.
      await name.fill('kala');
      await otp.selectOption('off');
      await expect(page).toHaveURL(/[?&]name=kala(&|$)/);
      await expect(page).toHaveURL(/[?&]otp=off(&|$)/);
      await expect(page).toHaveURL(/[?&]marketplace=IN(&|$)/);
      await expect(page.getByText('No accounts match these filters.')).toBeVisible();
      await expect(name).toHaveValue('kala');

      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.reload();
      await expect(name).toHaveValue('kala');
      await expect(marketplace).toHaveValue('IN');
      await expect(otp).toHaveValue('off');
      await expect(page.getByText('No accounts match these filters.')).toBeVisible();
    });

    test('a manager enables OTP and sets the IN threshold to 400 INR; both are audited', async ({ page }) => {
      await page.goto('/manager?name=Desi');
      await page.getByRole('link', { name: 'Desi Threads' }).click();
      await expect(page.getByRole('heading', { level: 1, name: 'Desi Threads' })).toBeVisible();
      await expect(page.getByTestId('otp-status')).toContainText('Not enabled');
      await expect(page.getByRole('switch', { name: 'SMS notifications' })).toBeDisabled();
      await expect(page.getByTestId('otp-preview')).toContainText('OTP Secure Delivery is off');
      await screenshotDesktopAndPhone(page, 'manager-account');

      await page.getByRole('button', { name: 'Enable OTP Secure Delivery' }).click();
      const dialog = page.getByRole('dialog', { name: 'Enable OTP Secure Delivery for Desi Threads?' });
      await expect(dialog).toBeVisible();
      await screenshotDesktopAndPhone(page, 'manager-account-confirm');
      await dialog.getByRole('button', { name: 'Enable OTP for Desi Threads' }).click();
      await expect(page.getByText('OTP Secure Delivery is enabled for Desi Threads.')).toBeVisible();
      await expect(page.getByTestId('otp-status')).toContainText('Enabled');

      const input = page.getByLabel('New IN threshold (INR)');
      await input.fill('12.345');
      await page.getByTestId('threshold-IN').getByRole('button', { name: 'Save' }).click();
      await expect(page.getByText('IN threshold: The amount has more than 2 decimal places.')).toBeVisible();
      await input.fill('400');
      await expect(page.getByTestId('otp-preview')).toContainText('With these settings');
      await page.getByTestId('threshold-IN').getByRole('button', { name: 'Save' }).click();
      await expect(page.getByTestId('threshold-IN-value')).toHaveText('400.00 INR');

      const log = page.getByTestId('audit-log');
      await expect(log.getByText('OTP Secure Delivery: off → on')).toBeVisible();
      await expect(log.getByText('IN OTP threshold: default (500.00 INR) → 400.00 INR')).toBeVisible();
      await expect(log.getByText('Sam Patel (manager@carrier.example) · Account manager').first()).toBeVisible();
      await screenshotDesktopAndPhone(page, 'manager-account-after');

      // Back on the console, 0 % right after the switch is explained rather than shown.
      await page.goto('/manager?name=Desi');
      const desi = page.getByRole('table', { name: 'Shipper accounts you manage' }).getByRole('row').filter({ hasText: 'Desi Threads' });
      await expect(desi).toContainText('No shipments since OTP was enabled');
    });
  });

  test.describe('Desi Threads', () => {
    test.use({ storageState: signedInAs('shipperOtpOff') });

    test('the shipper then sees OTP enabled, 400 INR and both changes in the log', async ({ page }) => {
      await page.goto('/settings/secure-delivery');
      await expect(page.getByTestId('otp-status')).toContainText('Enabled');
      await expect(page.getByText('ask your account manager Sam Patel')).toBeVisible();
      await expect(page.getByTestId('threshold-IN-value')).toHaveText('400.00 INR');
      await expect(page.getByTestId('otp-preview')).toContainText(
        /With these settings, \d+ of your \d+ shipments from the last 30 days would have needed a passcode/,
      );
      const log = page.getByTestId('audit-log');
      await expect(log.getByText('OTP Secure Delivery: off → on')).toBeVisible();
      await expect(log.getByText('IN OTP threshold: default (500.00 INR) → 400.00 INR')).toBeVisible();
      await expect(page.getByRole('button', { name: /Enable OTP/ })).toHaveCount(0);
      await screenshotDesktopAndPhone(page, 'settings-secure-delivery');
    });

    test('a shipper who types the manager URL is refused', async ({ page }) => {
      for (const path of ['/manager', '/manager/accounts/00000000-0000-4000-8000-000000000000']) {
        const response = await page.goto(path);
        expect(response?.status()).toBe(403);
        await expect(page.getByRole('heading', { name: 'You don’t have access to this page' })).toBeVisible();
      }
      await screenshotDesktopAndPhone(page, 'settings-shipper-refused');
    });
  });

  test("a manager cannot open another manager's account", async ({ browser }) => {
    const other = await browser.newPage({ storageState: signedInAs('manager2') });
    await other.goto('/manager');
    const href = await other.getByRole('link', { name: 'Nordic Bikes' }).getAttribute('href');
    await other.close();
    const page = await browser.newPage({ storageState: signedInAs('manager') });
    const response = await page.goto(href!);
    expect(response?.status()).toBe(404);
    await page.close();
  });
});
