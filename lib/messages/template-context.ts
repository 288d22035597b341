import { marketplaceLocale } from '../i18n/locale-choice';
import { translatorFor } from '../i18n/translator';
import type { Marketplace } from '../otp/marketplaces';
import { fitSms } from './sms-fit';
import type { MessageChannel, OutgoingMessage } from './types';

/**
 * The only fields a recipient template may use (an allow-list: never a whole shipment row, so a new
 * column can never leak into a message).
 */
export interface RecipientMessageContext {
  recipientName: string;
  trackingId: string;
  shipperName: string;
  /** The package's marketplace: its language and time zone are the messages'. */
  marketplace: Marketplace;
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

/** A recipient template's entry in the catalogues' `messages` namespace: its subject, e-mail and SMS. */
export type TemplateWording = 'shipped' | 'outForDelivery' | 'passcode' | 'passcodeResend' | 'delivered' | 'lockedOut';

/** What a template fills in besides the shipper and tracking id (select branches are 'yes' / 'no'). */
export type TemplateValues = Record<string, string | number | Date>;

interface TemplateOptions {
  /** Passcode messages end with the do-not-share warning (the SMS carries it in its `{warning}`). */
  warning?: boolean;
  extra?: Pick<OutgoingMessage, 'passcodeId' | 'secretCiphertext'>;
}

/**
 * One message per destination of the recipient, in the language of the package's marketplace: an
 * e-mail that greets them by name, or an SMS that fits the segment budget (sms-fit.ts).
 */
export function recipientMessages(
  context: RecipientMessageContext,
  template: string,
  wording: TemplateWording,
  values: TemplateValues,
  { warning = false, extra = {} }: TemplateOptions = {},
): OutgoingMessage[] {
  const t = translatorFor(marketplaceLocale(context.marketplace), 'messages');
  const all = { shipper: oneLine(context.shipperName), trackingId: context.trackingId, ...values };
  return destinations(context).map(({ channel, to }) => {
    const common = { channel, to, template, accountId: context.accountId, shipmentId: context.shipmentId, ...extra };
    if (channel === 'sms') {
      const smsWarning = t('warning.sms');
      return { ...common, body: fitSms((shipper) => t(`${wording}.sms`, { ...all, shipper, warning: smsWarning }), all.shipper) };
    }
    const paragraphs = [t('greeting', { name: oneLine(context.recipientName) }), t(`${wording}.email`, all)];
    if (warning) paragraphs.push(t('warning.email'));
    return { ...common, subject: t(`${wording}.subject`, all), body: `${paragraphs.join('\n\n')}\n` };
  });
}

/** An ICU select branch: 'yes' or 'no'. */
export function yesNo(value: boolean): 'yes' | 'no' {
  return value ? 'yes' : 'no';
}
