import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export type WebhookHeaderName = 'webhook-id' | 'webhook-timestamp' | 'webhook-signature';

export interface SigningInput {
  /** The delivery's `webhook-id`: the same on every retry, so the receiver can drop duplicates. */
  messageId: string;
  timestamp: Date;
  body: string;
  /** `whsec_…` secrets; during a rotation the new one and the old one, so either verifies. */
  secrets: string[];
}

/** A signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The Standard Webhooks headers for a body: one `v1,…` signature per secret, separated by spaces. */
export function signedHeaders({ messageId, timestamp, body, secrets }: SigningInput): Record<WebhookHeaderName, string> {
  return {
    'webhook-id': messageId,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' '),
  };
}
