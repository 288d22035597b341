import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../demo-users';
import { DeliveryPage } from '../pages/delivery-page';
import { DemoInboxPage } from '../pages/demo-inbox-page';
import { RecipientCentralPage } from '../pages/recipient-central-page';
import { RecipientSignInPage } from '../pages/recipient-sign-in-page';
import { SignInPage } from '../pages/sign-in-page';
import { TrackerPage } from '../pages/tracker-page';
import { INSTANCE_A, INSTANCE_B } from './instances';

// Each step on the other instance than the step before: whatever one instance writes (sessions, the
// passcode, the wrong attempt, tracking events, messages) the other reads from PostgreSQL. A cookie names
// a host, not a port, so a browser signed in on A sends the same session cookie to B.

/** A seeded recipient with a Recipient Central sign-in and a Kala Mart package picked up today (db/seed-delivery-day.ts). */
const ROHAN = { name: 'Rohan Gupta', email: 'rohan.gupta@example.in' };

test('the delivery day across two instances ends “Delivered With OTP”', async ({ browser }) => {
  const da = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await new SignInPage(da, INSTANCE_A).signIn(DEMO_USERS.daIn);

  const deliveryOnB = new DeliveryPage(da, INSTANCE_B);
  await deliveryOnB.goto();
  await expect(da.getByTestId('signed-in-user')).toContainText('Delivery associate · Station IN');
  const trackingId = await deliveryOnB.openPackage('Picked up, at the station', {
    recipient: ROHAN.name,
    shipper: 'Kala Mart',
    needsPasscode: true,
  });
  await da.getByRole('button', { name: 'Take out for delivery' }).click();
  await expect(deliveryOnB.passcodeEntry).toBeVisible();
  const packagePath = new URL(da.url()).pathname;

  const recipientContext = await browser.newContext();
  const recipient = await recipientContext.newPage();
  await new RecipientSignInPage(recipient, INSTANCE_A).signIn(ROHAN.email, async () => {
    const inbox = await recipientContext.newPage();
    const code = await new DemoInboxPage(inbox, INSTANCE_B).signInCodeFor(ROHAN.email);
    await inbox.close();
    return code;
  });
  const centralOnB = new RecipientCentralPage(recipient, INSTANCE_B);
  await centralOnB.goto();
  await expect(centralOnB.package(trackingId)).toContainText('Tell the delivery associate your passcode');
  await expect(centralOnB.passcodeCard(trackingId)).toContainText('From Kala Mart');
  const passcode = await centralOnB.passcodeFor(trackingId);
  expect(passcode).toMatch(/^\d{6}$/);

  const deliveryOnA = new DeliveryPage(da, INSTANCE_A);
  await da.goto(`${INSTANCE_A}${packagePath}`);
  await deliveryOnA.enterPasscode(passcode === '000000' ? '111111' : '000000');
  await expect(da.getByRole('alert').filter({ hasText: 'Wrong passcode.' })).toContainText('2 attempts left');
  await da.goto(`${INSTANCE_B}${packagePath}`);
  await expect(deliveryOnB.attemptsLeft).toHaveText('2 attempts left');
  await deliveryOnB.enterPasscode(passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();

  const shipper = await (await browser.newContext()).newPage();
  await new SignInPage(shipper, INSTANCE_B).signIn(DEMO_USERS.shipperIn);
  await expect(await new TrackerPage(shipper, INSTANCE_A).find(trackingId)).toContainText('Delivered With OTP');
  const centralOnA = new RecipientCentralPage(recipient, INSTANCE_A);
  await centralOnA.goto();
  await expect(centralOnA.package(trackingId)).toContainText('Delivered With OTP');
});
