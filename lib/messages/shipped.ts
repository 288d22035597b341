import { recipientMessages, type RecipientMessageContext, yesNo } from './template-context';
import type { OutgoingMessage } from './types';

export const SHIPPED_TEMPLATE = 'shipped';

/** "Shipped": sent at pickup; an OTP package says a passcode will follow when it is out for delivery. */
export function shippedMessages(context: RecipientMessageContext & { needsPasscode: boolean }): OutgoingMessage[] {
  return recipientMessages(context, SHIPPED_TEMPLATE, 'shipped', { needsPasscode: yesNo(context.needsPasscode) });
}
