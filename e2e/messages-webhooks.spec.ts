import { expect, test, type Browser } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { as, NOAH, pickUpAndTakeOut, type Recipient, recipientSignsIn, uploadFor } from './delivery-day';
import { DeliveryPage } from './pages/delivery-page';
import { MessageLogPage } from './pages/message-log-page';
import { RecipientCentralPage } from './pages/recipient-central-page';
import { WebhooksPage } from './pages/webhooks-page';
import { type ReceivedWebhook, startWebhookReceiver } from '../tests/support/webhook-receiver';
import { screenshot } from './screenshot';

// Messages go out with nobody pressing anything, the shipper's log shows them, and the shipper's own
// system hears about the delivery through a signed webhook it verifies with the Standard Webhooks library.

const run = Date.now().toString(36).toUpperCase();
// A recipient with a number of their own: one passcode per account, recipient and day, so only a first
// package of the day sends one. Noah (seeded) has a Recipient Central sign-in, to read his passcode.
const mobile = String(Date.now() % 1_000_000).padStart(6, '0');
const OLIVIA: Recipient = {
  name: `Olivia Hook ${run}`,
  email: `olivia.hook.${run.toLowerCase()}@example.com`,
  phone: `+44 7911 ${mobile}`,
};

async function passcodeFromRecipientCentral(browser: Browser, recipient: Recipient, trackingId: string): Promise<string> {
  const page = await recipientSignsIn(browser, recipient);
  const passcode = await new RecipientCentralPage(page).passcodeFor(trackingId);
  await page.context().close();
  return passcode;
}

test('out for delivery: messages sent with no further clicks, signed webhooks verified, both in the shipper’s logs', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const receiver = await startWebhookReceiver();
  const shipper = await as(browser, 'shipperUk');
  const webhooks = new WebhooksPage(shipper);
  const secret = await webhooks.addEndpoint(receiver.url, ['shipment.out_for_delivery', 'shipment.delivered']);
  const endpointPage = shipper.url();
  await uploadFor(shipper, OLIVIA, `HOOK-A-${run}`);
  await uploadFor(shipper, NOAH, `HOOK-B-${run}`);

  const da = await as(browser, 'daUk');
  const delivery = new DeliveryPage(da);
  const olivias = await pickUpAndTakeOut(da, OLIVIA);

  // Nobody presses anything more: the worker sends, and the shipper's log shows it.
  const log = new MessageLogPage(shipper);
  for (const [template, channel] of [
    ['Out For Delivery', 'SMS'],
    ['Out For Delivery', 'E-mail'],
    ['Passcode', 'SMS'],
    ['Passcode', 'E-mail'],
  ] as const) {
    await expect(async () => {
      await log.gotoShipment(olivias);
      await expect(log.rows(template, channel).filter({ hasText: 'Sent' })).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }
  await screenshot(shipper, 'messages-log-desktop');

  const noahs = await pickUpAndTakeOut(da, NOAH);
  const passcode = await passcodeFromRecipientCentral(browser, NOAH, noahs);
  await delivery.enterPasscode(passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();

  const delivered = (r: ReceivedWebhook) => r.body.includes('"shipment.delivered"') && r.body.includes(noahs);
  await expect.poll(() => receiver.received.some(delivered), { timeout: 15_000 }).toBe(true);
  const verifier = new Webhook(secret);
  const events = receiver.received.map((r) => verifier.verify(r.body, r.headers) as { type: string; data: Record<string, unknown> });
  const about = (trackingId: string) => events.filter((e) => e.data.trackingId === trackingId).map((e) => e.type);
  expect(about(olivias)).toEqual(['shipment.out_for_delivery']);
  expect(about(noahs)).toEqual(['shipment.out_for_delivery', 'shipment.delivered']);
  expect(events.find((e) => e.type === 'shipment.delivered' && e.data.trackingId === noahs)!.data).toMatchObject({
    deliveredWithOtp: true,
    status: 'Delivered',
    detailCode: 'DeliveredWithOTP',
    packageClientReferenceId: `HOOK-B-${run}`,
  });
  const wire = receiver.received.map((r) => r.body).join('\n');
  expect(wire).not.toContain(passcode);
  expect(wire).not.toContain(`7911${mobile}`);
  expect(wire).not.toContain('7911123456');

  await shipper.goto(endpointPage);
  await expect(webhooks.delivery('shipment.delivered').first()).toContainText('Sent');
  await expect(webhooks.delivery('shipment.out_for_delivery')).toHaveCount(2);
  for (const row of await webhooks.delivery('shipment.out_for_delivery').all()) await expect(row).toContainText('Sent');
  await screenshot(shipper, 'webhook-endpoint-desktop');

  await shipper.goto(`/shipments/${noahs}`);
  await expect(shipper.getByText('Right passcode')).toBeVisible();
  await expect(shipper.locator('body')).not.toContainText(passcode);
  await screenshot(shipper, 'proof-of-delivery-desktop');

  await shipper.goto(endpointPage);
  await webhooks.deleteEndpoint();
  await receiver.close();
});
