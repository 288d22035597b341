import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Demo-pass-2026';

export const DEMO_USERS = {
  shipperUk: 'shipper.uk@brightgadgets.example',
  shipperEu: 'shipper.eu@maisonlumiere.example',
  shipperIn: 'shipper.in@kalamart.example',
  shipperSmsOff: 'shipper.smsoff@rapidparts.example',
  manager: 'manager@carrier.example',
  manager2: 'manager2@carrier.example',
  daUk: 'da.uk@carrier.example',
  daIn: 'da.in@carrier.example',
} as const;

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('signed-in-user')).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `screenshots/${name}.png`, fullPage: true });
}
