import { oneLine, recipientMessages, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const DELIVERED_TEMPLATE = 'delivered';

export function deliveredMessages(context: RecipientMessageContext & { withPasscode: boolean }): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  const how = context.withPasscode ? ' after the delivery passcode was given' : '';
  return recipientMessages(context, DELIVERED_TEMPLATE, {
    subject: `Your package from ${shipper} was delivered`,
    email: `Your package from ${shipper} (tracking ${context.trackingId}) was delivered${how}.`,
    sms: `${shipper}: your package ${context.trackingId} was delivered${how}.`,
  });
}
