import { expect, type Browser, type Page } from '@playwright/test';
import { samplePackage, sampleGetRatesRequest, sampleShipTo } from '../lib/shipping/sample-package';
import { DeliveryPage } from './pages/delivery-page';
import { DemoInboxPage } from './pages/demo-inbox-page';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { UploadPage } from './pages/upload-page';
import { type SavedSignIn, signedInAs } from './saved-sign-ins';

/** The steps of a delivery day the story specs share: Bright Gadgets (UK) ships, the UK station delivers. */

export interface Recipient {
  name: string;
  email: string;
  phone: string;
}
/** Seeded recipients with a Recipient Central sign-in (their passcodes can be read there). */
export const NOAH: Recipient = { name: 'Noah Smith', email: 'noah.smith@example.com', phone: '+44 7911 123456' };
export const EMMA: Recipient = { name: 'Emma Wilson', email: 'emma.wilson@example.com', phone: '07700 900123' };

export async function as(browser: Browser, user: SavedSignIn): Promise<Page> {
  return (await browser.newContext({ storageState: signedInAs(user) })).newPage();
}

export async function uploadFor(shipper: Page, recipient: Recipient, ref: string): Promise<void> {
  const request = sampleGetRatesRequest([samplePackage(ref)]);
  request.shipTo = { ...sampleShipTo(), name: recipient.name, email: recipient.email, phoneNumber: recipient.phone };
  await new UploadPage(shipper).upload(`${ref}.json`, JSON.stringify(request), 'application/json');
  await expect(shipper.getByRole('table').getByText('Eligible', { exact: true })).toBeVisible();
  await shipper.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(shipper.getByRole('status')).toContainText('Stored 1 package as “Label Created” (1 OTP eligible)');
}

/** The DA opens the newest package for the recipient waiting at the station, picks it up and takes it out. */
export async function pickUpAndTakeOut(da: Page, recipient: Recipient): Promise<string> {
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
export async function recipientSignsIn(browser: Browser, recipient: Recipient): Promise<Page> {
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
