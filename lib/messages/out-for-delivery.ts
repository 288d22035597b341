import { recipientMessages, type RecipientMessageContext, yesNo } from './template-context';
import type { OutgoingMessage } from './types';

export const OUT_FOR_DELIVERY_TEMPLATE = 'out_for_delivery';

export function outForDeliveryMessages(context: RecipientMessageContext & { needsPasscode: boolean }): OutgoingMessage[] {
  return recipientMessages(context, OUT_FOR_DELIVERY_TEMPLATE, 'outForDelivery', { needsPasscode: yesNo(context.needsPasscode) });
}
