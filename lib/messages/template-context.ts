import type { MessageChannel, OutgoingMessage } from './types';

/**
 * The only fields a recipient template may use (an allow-list: never a whole shipment row, so a new
 * column can never leak into a message).
 */
export interface RecipientMessageContext {
  recipientName: string;
  trackingId: string;
  shipperName: string;
  to: { email?: string | null; phone?: string | null };
  channels: { email: boolean; sms: boolean };
  accountId: string;
  shipmentId: string;
}

/** Free text from an upload goes into messages on one line and not too long. */
export function oneLine(value: string, max = 60): string {
  const flat = value
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(/\s{2,}/g, ' ')
    .trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The channels a message goes out on: each only when it is on for the account and an address exists. */
function destinations(context: Pick<RecipientMessageContext, 'to' | 'channels'>): { channel: MessageChannel; to: string }[] {
  const out: { channel: MessageChannel; to: string }[] = [];
  if (context.channels.sms && context.to.phone) out.push({ channel: 'sms', to: context.to.phone });
  if (context.channels.email && context.to.email) out.push({ channel: 'email', to: context.to.email });
  return out;
}

/** What a recipient message says: the e-mail's subject and text (after the greeting), and the SMS. */
export interface RecipientWording {
  subject: string;
  email: string;
  sms: string;
}

/** One message per destination of the recipient: an e-mail that greets them by name, or the SMS. */
export function recipientMessages(
  context: RecipientMessageContext,
  template: string,
  wording: RecipientWording,
  extra: Pick<OutgoingMessage, 'passcodeId' | 'secretCiphertext'> = {},
): OutgoingMessage[] {
  return destinations(context).map(({ channel, to }) => ({
    channel,
    to,
    template,
    accountId: context.accountId,
    shipmentId: context.shipmentId,
    ...extra,
    ...(channel === 'email'
      ? { subject: wording.subject, body: `Hello ${oneLine(context.recipientName)},\n\n${wording.email}\n` }
      : { body: wording.sms }),
  }));
}

export const DO_NOT_SHARE_WARNING =
  'Never share this passcode with anyone except the delivery associate at your door. We will never call or message you to ask for it.';
