/** Every event type an endpoint may subscribe to, in the order the portal lists them. */
export const WEBHOOK_EVENT_TYPES = [
  'shipment.created',
  'shipment.out_for_delivery',
  'shipment.delivered',
  'shipment.otp_not_available',
  'passcode.locked',
] as const;
export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** Sent on request from the endpoint's page, whatever the endpoint subscribes to. */
export const TEST_EVENT_TYPE = 'webhook.test';

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  'shipment.created': 'Shipment created',
  'shipment.out_for_delivery': 'Out for delivery',
  'shipment.delivered': 'Delivered',
  'shipment.otp_not_available': 'Passcode not available',
  'passcode.locked': 'Passcode locked',
};

export const WEBHOOK_EVENT_DESCRIPTIONS: Record<WebhookEventType, string> = {
  'shipment.created': 'A new shipment was added to the account.',
  'shipment.out_for_delivery': 'A driver took the package out for delivery.',
  'shipment.delivered': 'The package was delivered, with or without a passcode.',
  'shipment.otp_not_available': 'The recipient could not give the delivery passcode, so the package was not delivered.',
  'passcode.locked': "A recipient's passcode for the day was entered wrongly 3 times and no longer works.",
};

/** The JSON body every delivery of an event carries, exactly as signed. */
export function webhookBody(type: string, data: Record<string, unknown>, timestamp: Date): string {
  return JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
}
