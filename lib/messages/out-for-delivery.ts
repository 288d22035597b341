import { destinations, oneLine, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const OUT_FOR_DELIVERY_TEMPLATE = 'out_for_delivery';

export function outForDeliveryMessages(context: RecipientMessageContext & { needsPasscode: boolean }): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  const passcodeNote = context.needsPasscode ? ' Have your delivery passcode ready: the delivery associate will ask for it.' : '';
  return destinations(context).map(({ channel, to }) => ({
    channel,
    to,
    template: OUT_FOR_DELIVERY_TEMPLATE,
    accountId: context.accountId,
    shipmentId: context.shipmentId,
    ...(channel === 'email'
      ? {
          subject: `Your package from ${shipper} is out for delivery today`,
          body: `Hello ${oneLine(context.recipientName)},\n\nYour package from ${shipper} (tracking ${context.trackingId}) is out for delivery today.${passcodeNote}\n`,
        }
      : { body: `${shipper}: your package ${context.trackingId} is out for delivery today.${passcodeNote}` }),
  }));
}
