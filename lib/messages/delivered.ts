import { destinations, oneLine, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const DELIVERED_TEMPLATE = 'delivered';

export function deliveredMessages(context: RecipientMessageContext & { withPasscode: boolean }): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  const how = context.withPasscode ? ' after the delivery passcode was given' : '';
  return destinations(context).map(({ channel, to }) => ({
    channel,
    to,
    template: DELIVERED_TEMPLATE,
    accountId: context.accountId,
    shipmentId: context.shipmentId,
    ...(channel === 'email'
      ? {
          subject: `Your package from ${shipper} was delivered`,
          body: `Hello ${oneLine(context.recipientName)},\n\nYour package from ${shipper} (tracking ${context.trackingId}) was delivered${how}.\n`,
        }
      : { body: `${shipper}: your package ${context.trackingId} was delivered${how}.` }),
  }));
}
