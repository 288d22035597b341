export type MessageChannel = 'sms' | 'email';

/** The placeholder a secret (passcode, sign-in code) takes in a stored message body. */
export const SECRET_PLACEHOLDER = '{{code}}';

/** A rendered message before it is queued: the body holds SECRET_PLACEHOLDER, never the secret. */
export interface OutgoingMessage {
  channel: MessageChannel;
  to: string;
  template: string;
  subject?: string;
  body: string;
  accountId?: string | null;
  shipmentId?: string | null;
  passcodeId?: string | null;
  /** The secret sealed with `encryptSecret(…, OUTBOX_SECRET_AD)`. */
  secretCiphertext?: string | null;
}

/** Associated data binding sealed outbox secrets to the outbox. */
export const OUTBOX_SECRET_AD = 'outbox';
