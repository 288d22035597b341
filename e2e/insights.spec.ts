import { expect, type Page, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './axe';
import { signedInAs } from './saved-sign-ins';
import { screenshotDesktopAndPhone } from './screenshot';

const PHONE = { width: 390, height: 844 };

/** The number a figure tile shows ("1,234"). */
async function tileCount(page: Page, key: string): Promise<number> {
  const text = await page.getByTestId(`figure-${key}`).locator('span.font-semibold').innerText();
  return Number(text.replaceAll(',', ''));
}

/** The tracker's "n shown of N shipments" total. */
async function trackerTotal(page: Page): Promise<number> {
  const text = await page.getByTestId('tracker-total').innerText();
  return Number(/of ([\d,]+) shipment/.exec(text)![1]!.replaceAll(',', ''));
}

test.describe('OTP insights, shipper', () => {
  test.use({ storageState: signedInAs('shipperUk') });

  test('the figures open tracker views that count the same, the chart reads as a table, and the page is accessible', async ({ page }) => {
    await page.goto('/insights?period=90');
    await expect(page.getByRole('heading', { level: 1, name: 'OTP insights' })).toBeVisible();
    await expect(page.getByTestId('reasons-summary')).toContainText('were not OTP eligible');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize(PHONE);
    await expectNoSeriousA11yViolations(page);
    await screenshotDesktopAndPhone(page, 'insights');

    for (const key of ['shipments', 'delivered-with-otp', 'lockouts']) {
      await page.goto('/insights?period=90');
      const figure = await tileCount(page, key);
      await page.getByTestId(`figure-${key}`).getByRole('link').click();
      await expect(page).toHaveURL(/\/shipments\?.*labelFrom=/);
      expect(await trackerTotal(page), key).toBe(figure);
    }

    await page.goto('/insights?period=90');
    await page.getByText('Show the chart as a table').click();
    const cell = page.locator('table a').first();
    const expected = Number((await cell.innerText()).replaceAll(',', ''));
    await cell.click();
    await expect(page).toHaveURL(/reason=/);
    expect(await trackerTotal(page)).toBe(expected);
  });

  test('tries 150 GBP for UK, reads before and after, applies it and finds the audit row', async ({ page }) => {
    await page.goto('/insights?period=90');
    await page.getByRole('link', { name: 'What if the threshold changed?' }).click();
    await expect(page.getByLabel('Period', { exact: true })).toHaveValue('90');
    await page.getByLabel('UK threshold (GBP)').fill('150.555');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByText('UK threshold: The amount has more than 2 decimal places.')).toBeVisible();

    await page.getByLabel('UK threshold (GBP)').fill('150');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByTestId('what-if-summary')).toContainText('With UK at £150.00');
    await expect(page.getByTestId('what-if-row-UK')).toContainText('£100.00 (default) → £150.00');
    await expectNoSeriousA11yViolations(page);
    await page.setViewportSize(PHONE);
    await expectNoSeriousA11yViolations(page);
    await screenshotDesktopAndPhone(page, 'what-if');

    const changing = Number(
      /([\d,]+) shipments would change/.exec(await page.getByText('shipments would change').innerText())![1]!.replaceAll(',', ''),
    );
    const listed = await page.getByRole('table', { name: 'Shipments whose need for a passcode changes' }).getByRole('row').count();
    expect(listed - 1).toBe(Math.min(changing, 100));
    const whatIf = page.url();
    await page.getByRole('link', { name: /in the tracker/ }).click();
    expect(await trackerTotal(page)).toBe(listed - 1);

    await page.goto(whatIf);
    await page.getByRole('button', { name: 'Apply £150.00 to UK' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Set £150.00' }).click();
    await expect(page).toHaveURL(/\/settings\/secure-delivery$/);
    await expect(page.getByTestId('audit-log').getByText('UK OTP threshold: default (100.00 GBP) → 150.00 GBP')).toBeVisible();

    // Back to the default, for the specs after this one.
    await page.getByTestId('threshold-UK').getByRole('button', { name: 'Use default' }).click();
    await expect(page.getByTestId('threshold-UK').getByRole('button', { name: 'Use default' })).toBeHidden();
  });

  test('a custom period that ends before it starts is refused, naming the field', async ({ page }) => {
    await page.goto('/insights');
    await page.getByLabel('Period', { exact: true }).selectOption('custom');
    await page.getByLabel('From', { exact: true }).fill('2026-11-20');
    await page.getByLabel('To', { exact: true }).fill('2026-11-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'From:' })).toContainText(
      'From: 2026-11-20 is after the end of the period (2026-11-01).',
    );
    await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  });
});

test.describe('OTP insights, account manager', () => {
  test.use({ storageState: signedInAs('manager') });

  test('sees their accounts together and each on its own', async ({ page }) => {
    await page.goto('/insights');
    await expect(page.getByRole('heading', { name: 'Per account' })).toBeVisible();
    const accountLink = page.getByRole('table', { name: 'OTP figures per account' }).getByRole('link').first();
    const name = await accountLink.innerText();
    await accountLink.click();
    await expect(page.getByText(`What OTP Secure Delivery did for ${name}`)).toBeVisible();
    await expect(page.getByLabel('Account', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
    await expectNoSeriousA11yViolations(page);
    await screenshotDesktopAndPhone(page, 'insights-manager');

    await page.getByRole('link', { name: 'What if the threshold changed?' }).click();
    await expect(page.getByTestId('what-if-summary')).toContainText('With the saved settings');
    await expect(page.getByRole('button', { name: /^Apply / })).toHaveCount(0);
  });

  test('is asked to choose an account before a what-if', async ({ page }) => {
    await page.goto('/insights/what-if');
    await expect(page.getByText('Choose one of your accounts above')).toBeVisible();
  });
});
