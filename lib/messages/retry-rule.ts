import { PASSCODE_TEMPLATES } from './passcode';
import { SIGN_IN_CODE_TEMPLATE } from './sign-in-code';

/**
 * Messages a shipper or account manager may never send again: a passcode goes out again only when the
 * DA resends it (India only, counted against its 3 resends); a sign-in code belongs to the recipient.
 */
export const NEVER_RETRIED_TEMPLATES: readonly string[] = Object.freeze([...PASSCODE_TEMPLATES, SIGN_IN_CODE_TEMPLATE]);

/** A failed message the message log offers to send again. */
export function canRetryMessage(message: { status: string; template: string }): boolean {
  return message.status === 'failed' && !NEVER_RETRIED_TEMPLATES.includes(message.template);
}
