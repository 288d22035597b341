import { type Browser, expect, type Page, test } from '@playwright/test';
import { translatorFor } from '../lib/i18n/translator';
import { sampleGetRatesRequest, samplePackage } from '../lib/shipping/sample-package';
import { DEMO_USERS } from './demo-users';
import { DemoInboxPage } from './pages/demo-inbox-page';
import { SignInPage } from './pages/sign-in-page';
import { UploadPage } from './pages/upload-page';
import { screenshot } from './screenshot';

// An Italian delivery day: Maison Lumière ships to Marco Bianchi in Rome; the Milan station's delivery
// associate works in Italian; Marco's messages, Recipient Central and its sign-in speak Italian.
// Expected words come from the it-IT catalogue (catalogues.test.ts proves it is Italian, not English).

const ITALIAN = { locale: 'it-IT', timeZone: 'Europe/Rome' };
const say = {
  messages: translatorFor(ITALIAN, 'messages'),
  delivery: translatorFor(ITALIAN, 'delivery'),
  recipient: translatorFor(ITALIAN, 'recipient'),
  signIn: translatorFor(ITALIAN, 'recipientSignIn'),
  states: translatorFor(ITALIAN, 'states'),
};
const MARCO = { name: 'Marco Bianchi', email: 'marco.bianchi@example.it', phone: '+39 333 123 4567', phoneE164: '+393331234567' };
const SHIPPER = 'Maison Lumière';
const PHONE = { width: 390, height: 844 };
const run = Date.now().toString(36).toUpperCase();

function italianPackageRequest(ref: string) {
  const pkg = samplePackage(ref);
  const inEuro = <T extends { unit: string }>(money: T) => ({ ...money, unit: 'EUR' });
  const request = sampleGetRatesRequest([
    { ...pkg, insuredValue: { value: 240, unit: 'EUR' }, items: pkg.items.map((item) => ({ ...item, itemValue: inEuro(item.itemValue) })) },
  ]);
  request.shipTo = {
    name: MARCO.name,
    addressLine1: 'Via dei Fori Imperiali 1',
    city: 'Roma',
    stateOrRegion: 'RM',
    postalCode: '00184',
    countryCode: 'IT',
    email: MARCO.email,
    phoneNumber: MARCO.phone,
  };
  return request;
}

/** A list group's heading in Italian, whatever its count: "Da ritirare (3)". */
function groupHeading(title: 'toPickUp' | 'outForDelivery'): RegExp {
  const text = say.delivery(`groups.${title}`, { count: 999 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace('999', '\\d+')}$`);
}

async function signedIn(browser: Browser, email: string, viewport?: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage();
  await new SignInPage(page).signIn(email);
  return page;
}

test('an IT package goes out: the Italian recipient’s messages, Recipient Central and the IT delivery associate’s app are Italian', async ({
  browser,
}) => {
  const shipper = await signedIn(browser, DEMO_USERS.shipperEu);
  await new UploadPage(shipper).upload(`it-${run}.json`, JSON.stringify(italianPackageRequest(`IT-STORY-${run}`)), 'application/json');
  await shipper.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(shipper.getByRole('status')).toContainText('(1 OTP eligible)');

  const da = await signedIn(browser, DEMO_USERS.daIt, PHONE);
  await da.goto('/delivery');
  await expect(da.getByRole('heading', { level: 1, name: say.delivery('title') })).toBeVisible();
  const toPickUp = da.locator('section', { has: da.getByRole('heading', { name: groupHeading('toPickUp') }) });
  await toPickUp.getByRole('link').filter({ hasText: MARCO.name }).filter({ hasText: SHIPPER }).first().click();
  await expect(da.getByText(say.delivery('otpBanner'))).toBeVisible();
  const trackingId = (await da.getByText(/^SC\d{12}$/).innerText()).trim();
  await da.getByRole('button', { name: say.delivery('steps.pickUp') }).click();
  await da.getByRole('button', { name: say.delivery('steps.takeOut') }).click();
  const passcodeEntry = da.getByLabel(say.delivery('passcodeEntry.label'));
  await expect(passcodeEntry).toBeVisible();
  await expect(da.getByTestId('attempts-left')).toHaveText(say.delivery('passcodeEntry.attemptsLeft', { count: 3 }));
  await screenshot(da, 'i18n-it-da-package-phone');

  // Marco signs in to Recipient Central from an Italian phone: the page, the code and its messages are Italian.
  const recipient = await (await browser.newContext({ locale: 'it-IT', viewport: PHONE })).newPage();
  await recipient.goto('/recipient/sign-in');
  await expect(recipient.getByRole('heading', { level: 1, name: say.signIn('title') })).toBeVisible();
  await screenshot(recipient, 'i18n-it-recipient-sign-in-phone');
  await recipient.getByLabel(say.signIn('identifierLabel')).fill(MARCO.email);
  await recipient.getByRole('button', { name: say.signIn('send') }).click();
  await expect(recipient.getByRole('status').filter({ hasText: say.signIn('sentTitle') })).toBeVisible();
  const codeInput = recipient.getByLabel(say.signIn('codeLabel'));
  await expect(codeInput).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(codeInput).toHaveAttribute('inputmode', 'numeric');
  const inbox = await (await browser.newContext({ viewport: PHONE })).newPage();
  const code = await new DemoInboxPage(inbox).signInCodeFor(MARCO.email);
  await codeInput.fill(code);
  await recipient.getByRole('button', { name: say.signIn('submit'), exact: true }).click();
  await expect(recipient.getByRole('heading', { level: 1, name: say.recipient('title') })).toBeVisible();
  const card = recipient.getByTestId('passcode-card').filter({ hasText: trackingId });
  await expect(card).toContainText(say.recipient('card.heading'));
  await expect(card).toContainText(say.recipient('card.warning'));
  await expect(recipient.getByTestId('recipient-package').filter({ hasText: trackingId })).toContainText(say.states('out_for_delivery'));
  const passcode = (await card.getByTestId('passcode').innerText()).trim();
  await screenshot(recipient, 'i18n-it-recipient-central-phone');

  // Every message to Marco in the inbox is Italian: the sign-in code (with its origin-bound line), the
  // passcode (with the do-not-share warning), Out For Delivery.
  await inbox.goto(`/messages?to=${encodeURIComponent(MARCO.email)}&to=${encodeURIComponent(MARCO.phoneE164)}`);
  const toMarco = inbox.getByRole('listitem').filter({ hasText: new RegExp(`to (${MARCO.email}|\\${MARCO.phoneE164})`) });
  await expect(
    toMarco
      .filter({ hasText: 'Sign-in code' })
      .filter({ hasText: `to ${MARCO.phoneE164}` })
      .first(),
  ).toContainText(`@${new URL(inbox.url()).hostname} #${code}`);
  await expect(
    toMarco
      .filter({ hasText: 'Passcode' })
      .filter({ hasText: say.messages('warning.sms') })
      .first(),
  ).toBeVisible();
  await expect(toMarco.filter({ hasText: say.messages('outForDelivery.subject', { shipper: SHIPPER }) }).first()).toBeVisible();
  await expect(
    toMarco.filter({ hasText: say.messages('outForDelivery.sms', { shipper: SHIPPER, trackingId, needsPasscode: 'yes' }) }),
  ).toHaveCount(1);
  await screenshot(inbox, 'i18n-it-inbox-phone');

  // The DA enters the passcode: "Consegnato con OTP", and Marco is told in Italian.
  await passcodeEntry.fill(passcode);
  await da.getByRole('button', { name: say.delivery('passcodeEntry.confirm') }).click();
  await expect(da.getByRole('status').getByText(say.states('delivered_with_otp'))).toBeVisible();
  await screenshot(da, 'i18n-it-da-delivered-phone');
  await inbox.reload();
  await expect(
    toMarco.filter({ hasText: say.messages('delivered.sms', { shipper: SHIPPER, trackingId, withPasscode: 'yes' }) }),
  ).toHaveCount(1);

  // The language switch: Marco reads Recipient Central in English, then back in Italian.
  await recipient.getByTestId('language-switch').selectOption('en-GB');
  await expect(recipient.getByRole('heading', { level: 1, name: 'My packages' })).toBeVisible();
  await recipient.getByTestId('language-switch').selectOption('it-IT');
  await expect(recipient.getByRole('heading', { level: 1, name: say.recipient('title') })).toBeVisible();
});
