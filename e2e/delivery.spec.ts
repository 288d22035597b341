import { expect, test } from '@playwright/test';
import { DeliveryPage } from './pages/delivery-page';
import { DemoInboxPage } from './pages/demo-inbox-page';
import { TrackerPage } from './pages/tracker-page';
import { signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

const PHONE = { width: 390, height: 844 };

test.describe('UK station', () => {
  test.use({ storageState: signedInAs('daUk') });

  test('UK: the DA picks up, takes out, enters three wrong codes; the shipper sees “Attempted - OTP not Available”', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(PHONE);
    const delivery = new DeliveryPage(page);
    await delivery.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Today’s deliveries' })).toBeVisible();
    await screenshot(page, 'delivery-list-phone');

    await page.getByRole('button', { name: /^Pick up all/ }).click();
    await expect(page.getByText(/^Picked up \d+ packages?\.$/)).toBeVisible();
    await expect(delivery.group('To pick up')).toHaveCount(0);
    await page.getByRole('button', { name: /^Take all out/ }).click();
    await expect(page.getByText(/^Took \d+ packages? out for delivery\.$/)).toBeVisible();

    const trackingId = await delivery.openPackage('Out for delivery', {
      recipient: 'Grace Taylor',
      shipper: 'Bright Gadgets Ltd',
      needsPasscode: true,
    });
    await expect(delivery.passcodeEntry).toHaveAttribute('inputmode', 'numeric');
    await expect(delivery.passcodeEntry).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(delivery.attemptsLeft).toHaveText('3 attempts left');
    await expect(page.getByRole('button', { name: 'Resend passcode' })).toHaveCount(0);
    await screenshot(page, 'delivery-passcode-phone');

    await delivery.enterPasscode('12345');
    await expect(page.getByText('Enter the 6-digit passcode.')).toBeVisible();
    await expect(delivery.attemptsLeft).toHaveText('3 attempts left');

    await delivery.enterPasscode('000000');
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong passcode.' })).toContainText('2 attempts left');
    await expect(delivery.attemptsLeft).toHaveText('2 attempts left');
    await delivery.enterPasscode('999999');
    await expect(page.getByRole('alert').filter({ hasText: 'Wrong passcode.' })).toContainText('1 attempt left');
    await screenshot(page, 'delivery-wrong-phone');
    await delivery.enterPasscode('111111');

    await expect(page.getByText('The passcode was entered wrongly 3 times. Return the package to the station.')).toBeVisible();
    await expect(delivery.passcodeEntry).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Return to station' })).toBeVisible();
    await screenshot(page, 'delivery-locked-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'delivery-locked-desktop');

    const shipper = await browser.newContext({ storageState: signedInAs('shipperUk') });
    const shipperPage = await shipper.newPage();
    const tracker = new TrackerPage(shipperPage);
    await tracker.goto();
    await expect(tracker.row(trackingId)).toContainText('Attempted - OTP not Available');
    await screenshot(shipperPage, 'delivery-shipper-tracker-desktop');
    await shipper.close();

    await page.getByRole('button', { name: 'Return to station' }).click();
    await expect(page.getByText('Returned to Station').first()).toBeVisible();
    await expect(page.getByText('Passcode locked today: keep the package at the station.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Take out for delivery' })).toHaveCount(0);
  });

  test('UK: a passcode package has no resend button; a package without OTP is marked delivered directly', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const delivery = new DeliveryPage(page);
    await delivery.goto();
    await delivery.openPackage('Out for delivery', { recipient: 'Noah Smith', shipper: 'Bright Gadgets Ltd', needsPasscode: true });
    await expect(delivery.passcodeEntry).toBeVisible();
    await expect(page.getByRole('button', { name: 'Resend passcode' })).toHaveCount(0);

    await page.getByRole('link', { name: '← Today’s deliveries' }).click();
    await delivery.openPackage('Out for delivery', { recipient: 'Henry Brown', shipper: 'Bright Gadgets Ltd', needsPasscode: false });
    await page.getByRole('button', { name: 'Mark delivered' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Delivered' })).toBeVisible();
    await expect(page.getByText(/^Delivered at \d{1,2}:\d{2}\.$/)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Mark delivered' })).toHaveCount(0);
    await page.setViewportSize({ width: 1280, height: 900 });
    await delivery.goto();
    await screenshot(page, 'delivery-list-desktop');
  });
});

test.describe('IN station', () => {
  test.use({ storageState: signedInAs('daIn') });

  test('IN: the passcode can be resent 3 times, then the button is off and says why; the message log masks it', async ({
    page,
    browser,
  }) => {
    await page.setViewportSize(PHONE);
    const delivery = new DeliveryPage(page);
    await delivery.goto();
    await delivery.openPackage('Out for delivery', { recipient: 'Ananya Iyer', shipper: 'Kala Mart', needsPasscode: true });
    const resend = page.getByRole('button', { name: 'Resend passcode' });
    const noResendsLeft = 'No resends left: the passcode has been sent again as often as allowed.';
    for (const left of ['2 resends left', '1 resend left']) {
      await resend.click();
      await expect(page.getByText('Passcode sent again.')).toBeVisible();
      await expect(page.getByText(left)).toBeVisible();
      await expect(resend).toBeEnabled();
    }
    await resend.click();
    await expect(page.getByText(noResendsLeft)).toBeVisible();
    await expect(resend).toBeDisabled();
    await expect(resend).toHaveAccessibleDescription(noResendsLeft);
    await expect(delivery.attemptsLeft).toHaveText('3 attempts left');
    await page.reload();
    await expect(resend).toBeDisabled();
    await expect(page.getByText(noResendsLeft)).toBeVisible();
    await screenshot(page, 'delivery-resend-phone');

    const visitor = await browser.newContext();
    const inbox = await visitor.newPage();
    const inboxPage = new DemoInboxPage(inbox);
    await inboxPage.goto();
    await expect(inbox.getByRole('heading', { level: 1, name: 'Message log' })).toBeVisible();
    const resent = inboxPage.messages('Passcode (resent)');
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
});
