import { expect, test } from '@playwright/test';
import { as, EMMA, NOAH, pickUpAndTakeOut, recipientSignsIn, uploadFor } from './delivery-day';
import { DeliveryPage } from './pages/delivery-page';
import { RecipientCentralPage } from './pages/recipient-central-page';
import { TrackerPage } from './pages/tracker-page';
import { screenshot } from './screenshot';

// The whole delivery day as people live it: a shipper uploads, the delivery associate picks up and
// goes out, the recipient reads the passcode in Recipient Central, the associate enters it.

const run = Date.now().toString(36).toUpperCase();

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

  const delivery = new DeliveryPage(da);
  await delivery.enterPasscode(passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();
  await screenshot(da, 'story-da-delivered-phone');
  // Once delivered, the DA's page says when, and no longer asks for a passcode (also after a reload).
  for (const reloaded of [false, true]) {
    if (reloaded) await da.reload();
    await expect(da.getByText(/^Delivered with the passcode at \d{1,2}:\d{2}\.$/)).toBeVisible();
    await expect(da.getByText('OTP Secure Delivery: the recipient’s passcode is needed.')).toHaveCount(0);
    await expect(delivery.passcodeEntry).toHaveCount(0);
  }

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
