import { recipientMessages, type RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

export const LOCKED_OUT_TEMPLATE = 'passcode_locked';

/** After the third wrong passcode: the package was not handed over and goes back to the station. */
export function lockedOutMessages(context: RecipientMessageContext): OutgoingMessage[] {
  return recipientMessages(context, LOCKED_OUT_TEMPLATE, 'lockedOut', {});
}
