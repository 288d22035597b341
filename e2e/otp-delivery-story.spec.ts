import { expect, test, type Browser, type Page } from '@playwright/test';
import { samplePackage, sampleGetRatesRequest, sampleShipTo } from '../lib/shipping/sample-package';
import { DeliveryPage } from './pages/delivery-page';
import { DemoInboxPage } from './pages/demo-inbox-page';
import { RecipientCentralPage } from './pages/recipient-central-page';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { TrackerPage } from './pages/tracker-page';
import { UploadPage } from './pages/upload-page';
import { type SavedSignIn, signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

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

async function as(browser: Browser, user: SavedSignIn): Promise<Page> {
  return (await browser.newContext({ storageState: signedInAs(user) })).newPage();
}

async function uploadFor(shipper: Page, recipient: Recipient, ref: string): Promise<void> {
  const request = sampleGetRatesRequest([samplePackage(ref)]);
  request.shipTo = { ...sampleShipTo(), name: recipient.name, email: recipient.email, phoneNumber: recipient.phone };
  await new UploadPage(shipper).upload(`${ref}.json`, JSON.stringify(request), 'application/json');
  await expect(shipper.getByRole('table').getByText('Eligible', { exact: true })).toBeVisible();
  await shipper.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(shipper.getByRole('status')).toContainText('Stored 1 package as “Label Created” (1 OTP eligible)');
}

/** The DA opens the newest package for the recipient waiting at the station, picks it up and takes it out. */
async function pickUpAndTakeOut(da: Page, recipient: Recipient): Promise<string> {
  const delivery = new DeliveryPage(da);
  await delivery.goto();
  const trackingId = await delivery.openPackage('To pick up', { recipient: recipient.name, shipper: 'Bright Gadgets Ltd' });
  await expect(da.getByRole('button', { name: 'Mark picked up' })).toBeVisible();
  await da.getByRole('button', { name: 'Mark picked up' }).click();
  await da.getByRole('button', { name: 'Take out for delivery' }).click();
  await expect(delivery.passcodeEntry).toBeVisible();
  return trackingId;
}

/** Recipient Central: a sign-in code through the demo inbox, then the package list. */
async function recipientSignsIn(browser: Browser, recipient: Recipient): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new RecipientSignInPage(page).signIn(recipient.email, async () => {
    const inbox = await context.newPage();
    const code = await new DemoInboxPage(inbox).signInCodeFor(recipient.email);
    await inbox.close();
    return code;
  });
  return page;
}

test('upload → pick up → out for delivery → the recipient reads the passcode → the DA enters it → “Delivered With OTP”', async ({
  browser,
}) => {
  const shipper = await as(browser, 'shipperUk');
  await uploadFor(shipper, NOAH, `STORY-OK-${run}`);

  const da = await as(browser, 'daUk');
  await da.setViewportSize({ width: 390, height: 844 });
  const trackingId = await pickUpAndTakeOut(da, NOAH);

  const recipient = await recipientSignsIn(browser, NOAH);
  const central = new RecipientCentralPage(recipient);
  await expect(central.package(trackingId)).toContainText('Tell the delivery associate your passcode');
  await expect(central.passcodeCard(trackingId)).toContainText('From Bright Gadgets Ltd');
  const passcode = await central.passcodeFor(trackingId);
  expect(passcode).toMatch(/^\d{6}$/);
  await screenshot(recipient, 'story-recipient-passcode-desktop');

  await new DeliveryPage(da).enterPasscode(passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();
  await screenshot(da, 'story-da-delivered-phone');

  await expect(await new TrackerPage(shipper).find(trackingId)).toContainText('Delivered With OTP');
  await shipper.goto(`/shipments/${trackingId}`);
  await expect(shipper.getByText('DeliveredWithOTP').first()).toBeVisible();
  await expect(shipper.locator('body')).not.toContainText(passcode);

  await recipient.reload();
  await expect(central.package(trackingId)).toContainText('Delivered With OTP');
});

test('three wrong passcodes → “Attempted - OTP not Available” for the shipper, OtpNotAvailable on the detail page, the notice in Recipient Central', async ({
  browser,
}) => {
  const shipper = await as(browser, 'shipperUk');
  await uploadFor(shipper, EMMA, `STORY-LOCK-${run}`);
  const da = await as(browser, 'daUk');
  const trackingId = await pickUpAndTakeOut(da, EMMA);

  const recipient = await recipientSignsIn(browser, EMMA);
  const passcode = await new RecipientCentralPage(recipient).passcodeFor(trackingId);
  const wrong = ['000000', '111111', '222222', '333333'].filter((c) => c !== passcode).slice(0, 3);
  const delivery = new DeliveryPage(da);
  await delivery.enterPasscode(wrong[0]!);
  await expect(delivery.attemptsLeft).toHaveText('2 attempts left');
  await delivery.enterPasscode(wrong[1]!);
  await expect(delivery.attemptsLeft).toHaveText('1 attempt left');
  await delivery.enterPasscode(wrong[2]!);
  await expect(da.getByText('The passcode was entered wrongly 3 times. Return the package to the station.')).toBeVisible();

  await expect(await new TrackerPage(shipper).find(trackingId)).toContainText('Attempted - OTP not Available');
  await shipper.goto(`/shipments/${trackingId}`);
  await expect(shipper.getByText('OtpNotAvailable').first()).toBeVisible();
  await screenshot(shipper, 'story-shipper-detail-locked-desktop');

  await recipient.reload();
  await expect(new RecipientCentralPage(recipient).package(trackingId)).toContainText(
    'The passcode was entered wrongly 3 times; your package went back to the station.',
  );
  await screenshot(recipient, 'story-recipient-locked-desktop');
});
