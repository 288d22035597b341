import { expect, test, type Browser, type Page } from '@playwright/test';
import { samplePackage, sampleGetRatesRequest, sampleShipTo } from '../lib/shipping/sample-package';
import { DEMO_USERS, screenshot, signIn } from './helpers';

// The whole delivery day as people live it: a shipper uploads, the delivery associate picks up and
// goes out, the recipient reads the passcode in Recipient Central, the associate enters it.

const run = Date.now().toString(36).toUpperCase();

interface Recipient {
  name: string;
  email: string;
  phone: string;
}
const NOAH: Recipient = { name: 'Noah Smith', email: 'noah.smith@example.com', phone: '+44 7911 123456' };
const EMMA: Recipient = { name: 'Emma Wilson', email: 'emma.wilson@example.com', phone: '07700 900123' };

async function as(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, email);
  return page;
}

async function uploadFor(shipper: Page, recipient: Recipient, ref: string): Promise<void> {
  const request = sampleGetRatesRequest([samplePackage(ref)]);
  request.shipTo = { ...sampleShipTo(), name: recipient.name, email: recipient.email, phoneNumber: recipient.phone };
  await shipper.goto('/shipments/upload');
  await shipper.locator('#shipment-file').setInputFiles({ name: `${ref}.json`, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(request)) });
  await expect(shipper.getByRole('table').getByText('Eligible', { exact: true })).toBeVisible();
  await shipper.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(shipper.getByRole('status')).toContainText('Stored 1 package as “Label Created” (1 OTP eligible)');
}

/** The DA opens the newest package for the recipient waiting at the station, picks it up and takes it out. */
async function pickUpAndTakeOut(da: Page, recipient: Recipient): Promise<string> {
  await da.goto('/delivery');
  const toPickUp = da.locator('section', { has: da.getByRole('heading', { name: /^To pick up \(/ }) });
  await toPickUp.getByRole('link').filter({ hasText: recipient.name }).filter({ hasText: 'Bright Gadgets Ltd' }).first().click();
  await expect(da.getByRole('heading', { level: 1, name: recipient.name })).toBeVisible();
  await expect(da.getByRole('button', { name: 'Mark picked up' })).toBeVisible();
  const trackingId = (await da.locator('p.font-mono').first().innerText()).trim();
  await da.getByRole('button', { name: 'Mark picked up' }).click();
  await da.getByRole('button', { name: 'Take out for delivery' }).click();
  await expect(da.getByLabel('Passcode from the recipient')).toBeVisible();
  return trackingId;
}

/** Recipient Central: a sign-in code through the demo inbox, then the package list. */
async function recipientSignsIn(browser: Browser, recipient: Recipient): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/recipient/sign-in');
  await page.getByLabel('E-mail address or mobile number').fill(recipient.email);
  await page.getByRole('button', { name: 'Send me a sign-in code' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'We sent a code' })).toBeVisible();

  const inbox = await context.newPage();
  await inbox.goto('/messages');
  const message = inbox.getByRole('listitem').filter({ hasText: 'Sign-in code' }).filter({ hasText: `to ${recipient.email}` }).first();
  const code = /\b(\d{6})\b/.exec(await message.getByTestId('message-body').innerText())?.[1];
  expect(code).toBeDefined();
  await inbox.close();

  await page.getByLabel('Sign-in code').fill(code!);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'My packages' })).toBeVisible();
  return page;
}

async function enterCode(da: Page, code: string) {
  await da.getByLabel('Passcode from the recipient').fill(code);
  await da.getByRole('button', { name: 'Confirm passcode' }).click();
}

async function trackerRow(shipper: Page, trackingId: string) {
  await shipper.goto(`/shipments?q=${trackingId}`);
  return shipper.getByRole('row').filter({ hasText: trackingId });
}

test('upload → pick up → out for delivery → the recipient reads the passcode → the DA enters it → “Delivered With OTP”', async ({ browser }) => {
  const shipper = await as(browser, DEMO_USERS.shipperUk);
  await uploadFor(shipper, NOAH, `STORY-OK-${run}`);

  const da = await as(browser, DEMO_USERS.daUk);
  await da.setViewportSize({ width: 390, height: 844 });
  const trackingId = await pickUpAndTakeOut(da, NOAH);

  const recipient = await recipientSignsIn(browser, NOAH);
  const mine = recipient.getByTestId('recipient-package').filter({ hasText: trackingId });
  await expect(mine).toContainText('Tell the delivery associate your passcode');
  const card = recipient.getByTestId('passcode-card').filter({ hasText: trackingId });
  await expect(card).toContainText('From Bright Gadgets Ltd');
  const passcode = (await card.getByTestId('passcode').innerText()).replace(/\D/g, '');
  expect(passcode).toMatch(/^\d{6}$/);
  await screenshot(recipient, 'story-recipient-passcode-desktop');

  await enterCode(da, passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();
  await screenshot(da, 'story-da-delivered-phone');

  await expect(await trackerRow(shipper, trackingId)).toContainText('Delivered With OTP');
  await shipper.goto(`/shipments/${trackingId}`);
  await expect(shipper.getByText('DeliveredWithOTP').first()).toBeVisible();
  await expect(shipper.locator('body')).not.toContainText(passcode);

  await recipient.reload();
  await expect(recipient.getByTestId('recipient-package').filter({ hasText: trackingId })).toContainText('Delivered With OTP');
});

test('three wrong passcodes → “Attempted - OTP not Available” for the shipper, OtpNotAvailable on the detail page, the notice in Recipient Central', async ({ browser }) => {
  const shipper = await as(browser, DEMO_USERS.shipperUk);
  await uploadFor(shipper, EMMA, `STORY-LOCK-${run}`);
  const da = await as(browser, DEMO_USERS.daUk);
  const trackingId = await pickUpAndTakeOut(da, EMMA);

  const recipient = await recipientSignsIn(browser, EMMA);
  const card = recipient.getByTestId('passcode-card').filter({ hasText: trackingId });
  const passcode = (await card.getByTestId('passcode').innerText()).replace(/\D/g, '');
  const wrong = ['000000', '111111', '222222', '333333'].filter((c) => c !== passcode).slice(0, 3);
  await enterCode(da, wrong[0]!);
  await expect(da.getByTestId('attempts-left')).toHaveText('2 attempts left');
  await enterCode(da, wrong[1]!);
  await expect(da.getByTestId('attempts-left')).toHaveText('1 attempt left');
  await enterCode(da, wrong[2]!);
  await expect(da.getByText('The passcode was entered wrongly 3 times. Return the package to the station.')).toBeVisible();

  await expect(await trackerRow(shipper, trackingId)).toContainText('Attempted - OTP not Available');
  await shipper.goto(`/shipments/${trackingId}`);
  await expect(shipper.getByText('OtpNotAvailable').first()).toBeVisible();
  await screenshot(shipper, 'story-shipper-detail-locked-desktop');

  await recipient.reload();
  await expect(recipient.getByTestId('recipient-package').filter({ hasText: trackingId })).toContainText(
    'The passcode was entered wrongly 3 times; your package went back to the station.',
  );
  await screenshot(recipient, 'story-recipient-locked-desktop');
});
