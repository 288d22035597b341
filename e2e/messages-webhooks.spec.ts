import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { Webhook } from 'standardwebhooks';
import { samplePackage, sampleGetRatesRequest, sampleShipTo } from '../lib/shipping/sample-package';
import { DeliveryPage } from './pages/delivery-page';
import { DemoInboxPage } from './pages/demo-inbox-page';
import { MessageLogPage } from './pages/message-log-page';
import { RecipientCentralPage } from './pages/recipient-central-page';
import { RecipientSignInPage } from './pages/recipient-sign-in-page';
import { UploadPage } from './pages/upload-page';
import { WebhooksPage } from './pages/webhooks-page';
import { type SavedSignIn, signedInAs } from './saved-sign-ins';
import { screenshot } from './screenshot';

// Messages go out with nobody pressing anything, the shipper's log shows them, and the shipper's own
// system hears about the delivery through a signed webhook it verifies with the Standard Webhooks library.

const run = Date.now().toString(36).toUpperCase();
const RECIPIENT = { name: `Olivia Hook ${run}`, email: `olivia.hook.${run.toLowerCase()}@example.com`, phone: '+44 7911 123457' };

interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** The shipper's system: records every POST and answers 204. */
async function startReceiver(): Promise<{ url: string; received: Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString('utf8') });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/hooks`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

async function as(browser: Browser, user: SavedSignIn): Promise<Page> {
  return (await browser.newContext({ storageState: signedInAs(user) })).newPage();
}

test('out for delivery: messages sent with no further clicks, signed webhooks verified, both in the shipper’s logs', async ({
  browser,
}) => {
  const receiver = await startReceiver();
  const shipper = await as(browser, 'shipperUk');
  const webhooks = new WebhooksPage(shipper);
  const secret = await webhooks.addEndpoint(receiver.url, ['shipment.out_for_delivery', 'shipment.delivered']);
  const endpointPage = shipper.url();

  const ref = `HOOK-${run}`;
  const request = sampleGetRatesRequest([samplePackage(ref)]);
  request.shipTo = { ...sampleShipTo(), name: RECIPIENT.name, email: RECIPIENT.email, phoneNumber: RECIPIENT.phone };
  await new UploadPage(shipper).upload(`${ref}.json`, JSON.stringify(request), 'application/json');
  await shipper.getByRole('button', { name: 'Store 1 package' }).click();
  await expect(shipper.getByRole('status')).toContainText('Stored 1 package');

  const da = await as(browser, 'daUk');
  const delivery = new DeliveryPage(da);
  await delivery.goto();
  const trackingId = await delivery.openPackage('To pick up', { recipient: RECIPIENT.name, shipper: 'Bright Gadgets Ltd' });
  await da.getByRole('button', { name: 'Mark picked up' }).click();
  await da.getByRole('button', { name: 'Take out for delivery' }).click();
  await expect(delivery.passcodeEntry).toBeVisible();

  // Nobody presses anything more: the worker sends, and the shipper's log shows it.
  const log = new MessageLogPage(shipper);
  for (const [template, channel] of [
    ['Out For Delivery', 'SMS'],
    ['Out For Delivery', 'E-mail'],
    ['Passcode', 'SMS'],
    ['Passcode', 'E-mail'],
  ] as const) {
    await expect(async () => {
      await log.gotoShipment(trackingId);
      await expect(log.rows(template, channel).filter({ hasText: 'Sent' })).toHaveCount(1, { timeout: 500 });
    }).toPass({ timeout: 10_000 });
  }
  await screenshot(shipper, 'messages-log-desktop');

  const recipientContext = await browser.newContext();
  const recipient = await recipientContext.newPage();
  await new RecipientSignInPage(recipient).signIn(RECIPIENT.email, async () => {
    const inbox = await recipientContext.newPage();
    const code = await new DemoInboxPage(inbox).signInCodeFor(RECIPIENT.email);
    await inbox.close();
    return code;
  });
  const passcode = await new RecipientCentralPage(recipient).passcodeFor(trackingId);
  await delivery.enterPasscode(passcode);
  await expect(da.getByRole('status').getByText('Delivered With OTP')).toBeVisible();

  await expect.poll(() => receiver.received.map((r) => JSON.parse(r.body).type), { timeout: 15_000 }).toContain('shipment.delivered');
  const verifier = new Webhook(secret);
  const events = receiver.received.map(
    (r) => verifier.verify(r.body, r.headers as Record<string, string>) as { type: string; data: Record<string, unknown> },
  );
  const mine = events.filter((e) => e.data.trackingId === trackingId);
  expect(mine.map((e) => e.type)).toEqual(['shipment.out_for_delivery', 'shipment.delivered']);
  expect(mine[1]!.data).toMatchObject({
    deliveredWithOtp: true,
    status: 'Delivered',
    detailCode: 'DeliveredWithOTP',
    packageClientReferenceId: ref,
  });
  const wire = receiver.received.map((r) => r.body).join('\n');
  expect(wire).not.toContain(passcode);
  expect(wire).not.toContain('7911123457');

  await shipper.goto(endpointPage);
  await expect(webhooks.delivery('shipment.out_for_delivery').first()).toContainText('Sent');
  await expect(webhooks.delivery('shipment.delivered').first()).toContainText('Sent');
  await screenshot(shipper, 'webhook-endpoint-desktop');

  await shipper.goto(`/shipments/${trackingId}`);
  await expect(shipper.getByText('Right passcode')).toBeVisible();
  await expect(shipper.locator('body')).not.toContainText(passcode);

  await shipper.goto(endpointPage);
  await webhooks.deleteEndpoint();
  await receiver.close();
});
