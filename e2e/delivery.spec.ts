import { expect, type Page, test } from '@playwright/test';
import { DEMO_USERS, screenshot, signIn } from './helpers';

const PHONE = { width: 390, height: 844 };

function group(page: Page, title: string) {
  return page.locator('section', { has: page.getByRole('heading', { name: new RegExp(`^${title} \\(`) }) });
}

/** Opens the first package in a group for that recipient and shipper that needs a passcode. */
async function openPackage(page: Page, groupTitle: string, recipient: string, shipper: string): Promise<string> {
  const link = group(page, groupTitle)
    .getByRole('link')
    .filter({ hasText: recipient })
    .filter({ hasText: shipper })
    .filter({ hasText: 'Passcode needed' })
    .first();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: recipient })).toBeVisible();
  return (await page.locator('p.font-mono').first().innerText()).trim();
}

async function enterCode(page: Page, code: string) {
  await page.getByLabel('Passcode from the recipient').fill(code);
  await page.getByRole('button', { name: 'Confirm passcode' }).click();
}

test('UK: the DA picks up, takes out, enters three wrong codes; the shipper sees “Attempted - OTP not Available”', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO_USERS.daUk);
  await expect(page.getByRole('heading', { level: 1, name: "Today's deliveries" })).toBeVisible();
  await screenshot(page, 'delivery-list-phone');

  await page.getByRole('button', { name: /^Pick up all/ }).click();
  await expect(page.getByText(/^Picked up \d+ packages?\.$/)).toBeVisible();
  await expect(group(page, 'To pick up')).toHaveCount(0);
  await page.getByRole('button', { name: /^Take all out/ }).click();
  await expect(page.getByText(/^Took \d+ packages? out for delivery\.$/)).toBeVisible();

  const trackingId = await openPackage(page, 'Out for delivery', 'Grace Taylor', 'Bright Gadgets Ltd');
  const entry = page.getByLabel('Passcode from the recipient');
  await expect(entry).toHaveAttribute('inputmode', 'numeric');
  await expect(entry).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(page.getByTestId('attempts-left')).toHaveText('3 attempts left');
  await expect(page.getByRole('button', { name: 'Resend passcode' })).toHaveCount(0);
  await screenshot(page, 'delivery-passcode-phone');

  await enterCode(page, '12345');
  await expect(page.getByText('Enter the 6-digit passcode.')).toBeVisible();
  await expect(page.getByTestId('attempts-left')).toHaveText('3 attempts left');

  await enterCode(page, '000000');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong passcode.' })).toContainText('2 attempts left');
  await expect(page.getByTestId('attempts-left')).toHaveText('2 attempts left');
  await enterCode(page, '999999');
  await expect(page.getByRole('alert').filter({ hasText: 'Wrong passcode.' })).toContainText('1 attempt left');
  await screenshot(page, 'delivery-wrong-phone');
  await enterCode(page, '111111');

  await expect(page.getByText('The passcode was entered wrongly 3 times. Return the package to the station.')).toBeVisible();
  await expect(page.getByLabel('Passcode from the recipient')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Return to station' })).toBeVisible();
  await screenshot(page, 'delivery-locked-phone');
  await page.setViewportSize({ width: 1280, height: 900 });
  await screenshot(page, 'delivery-locked-desktop');

  const shipper = await page.context().browser()!.newContext();
  const shipperPage = await shipper.newPage();
  await signIn(shipperPage, DEMO_USERS.shipperUk);
  const row = shipperPage.getByRole('row').filter({ hasText: trackingId });
  await expect(row).toContainText('Attempted - OTP not Available');
  await screenshot(shipperPage, 'delivery-shipper-tracker-desktop');
  await shipper.close();

  await page.getByRole('button', { name: 'Return to station' }).click();
  await expect(page.getByText('Returned to Station').first()).toBeVisible();
  await expect(page.getByText('Passcode locked today: keep the package at the station.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Take out for delivery' })).toHaveCount(0);
});

test('IN: the passcode can be resent 3 times, the 4th is refused; the message log masks it', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO_USERS.daIn);
  await openPackage(page, 'Out for delivery', 'Ananya Iyer', 'Kala Mart');
  const resend = page.getByRole('button', { name: 'Resend passcode' });
  for (const left of ['2 resends left', '1 resend left', 'No resends left']) {
    await resend.click();
    await expect(page.getByText('Passcode sent again.')).toBeVisible();
    await expect(page.getByText(left)).toBeVisible();
  }
  await resend.click();
  await expect(page.getByRole('alert').filter({ hasText: 'The passcode has already been resent 3 times.' })).toBeVisible();
  await expect(page.getByTestId('attempts-left')).toHaveText('3 attempts left');
  await screenshot(page, 'delivery-resend-phone');

  const visitor = await page.context().browser()!.newContext();
  const inbox = await visitor.newPage();
  await inbox.goto('/messages');
  await expect(inbox.getByRole('heading', { level: 1, name: 'Message log' })).toBeVisible();
  const resent = inbox.getByRole('listitem').filter({ hasText: 'Passcode (resent)' });
  await expect(resent).toHaveCount(6);
  for (const body of await resent.getByTestId('message-body').allInnerTexts()) {
    expect(body).toContain('••••••');
    expect(body).not.toMatch(/Passcode: \d{6}/);
  }
  await inbox.setViewportSize({ width: 1280, height: 900 });
  await inbox.screenshot({ path: 'screenshots/messages-desktop.png' });
  await inbox.setViewportSize(PHONE);
  await inbox.screenshot({ path: 'screenshots/messages-phone.png' });
  await visitor.close();
});

test('UK: a passcode package has no resend button; a package without OTP is marked delivered directly', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signIn(page, DEMO_USERS.daUk);
  await openPackage(page, 'Out for delivery', 'Noah Smith', 'Bright Gadgets Ltd');
  await expect(page.getByLabel('Passcode from the recipient')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resend passcode' })).toHaveCount(0);

  await page.getByRole('link', { name: "← Today's deliveries" }).click();
  await group(page, 'Out for delivery').getByRole('link').filter({ hasText: 'Henry Brown' }).filter({ hasNotText: 'Passcode needed' }).first().click();
  await page.getByRole('button', { name: 'Mark delivered' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Delivered' })).toBeVisible();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/delivery');
  await screenshot(page, 'delivery-list-desktop');
});
