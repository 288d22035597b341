import { oneLine, recipientMessages, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const OUT_FOR_DELIVERY_TEMPLATE = 'out_for_delivery';

export function outForDeliveryMessages(context: RecipientMessageContext & { needsPasscode: boolean }): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  const passcodeNote = context.needsPasscode ? ' Have your delivery passcode ready: the delivery associate will ask for it.' : '';
  return recipientMessages(context, OUT_FOR_DELIVERY_TEMPLATE, {
    subject: `Your package from ${shipper} is out for delivery today`,
    email: `Your package from ${shipper} (tracking ${context.trackingId}) is out for delivery today.${passcodeNote}`,
    sms: `${shipper}: your package ${context.trackingId} is out for delivery today.${passcodeNote}`,
  });
}
