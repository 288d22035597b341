import { recipientMessages, type RecipientMessageContext, yesNo } from './template-context';
import type { OutgoingMessage } from './types';

export const DELIVERED_TEMPLATE = 'delivered';

export function deliveredMessages(context: RecipientMessageContext & { withPasscode: boolean; deliveredAt: Date }): OutgoingMessage[] {
  return recipientMessages(context, DELIVERED_TEMPLATE, 'delivered', {
    withPasscode: yesNo(context.withPasscode),
    deliveredAt: context.deliveredAt,
  });
}
