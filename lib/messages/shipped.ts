import { oneLine, recipientMessages, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const SHIPPED_TEMPLATE = 'shipped';

/** "Shipped": sent at pickup; an OTP package says a passcode will follow when it is out for delivery. */
export function shippedMessages(context: RecipientMessageContext & { needsPasscode: boolean }): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  const passcodeNote = context.needsPasscode
    ? ' This package needs a delivery passcode: we will send it to you when the package is out for delivery.'
    : '';
  return recipientMessages(context, SHIPPED_TEMPLATE, {
    subject: `Your package from ${shipper} has shipped`,
    email: `Your package from ${shipper} (tracking ${context.trackingId}) has been picked up and is on its way.${passcodeNote}`,
    sms: `${shipper}: your package ${context.trackingId} has shipped.${passcodeNote}`,
  });
}
