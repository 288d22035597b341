import { type OutgoingMessage, SECRET_PLACEHOLDER } from './types';

export const SIGN_IN_CODE_TEMPLATE = 'recipient_sign_in_code';
export const SIGN_IN_CODE_VALID_MINUTES = 10;

/**
 * The Recipient Central sign-in code by SMS and e-mail. The body carries the placeholder; the caller
 * attaches the sealed code. The subject never holds the code (it shows on lock screens).
 */
export function signInCodeMessages(to: { email?: string | null; phone?: string | null }): OutgoingMessage[] {
  const messages: OutgoingMessage[] = [];
  if (to.phone) {
    messages.push({
      channel: 'sms',
      to: to.phone,
      template: SIGN_IN_CODE_TEMPLATE,
      body: `${SECRET_PLACEHOLDER} is your Recipient Central sign-in code. It is valid for ${SIGN_IN_CODE_VALID_MINUTES} minutes. Never share this code with anyone.`,
    });
  }
  if (to.email) {
    messages.push({
      channel: 'email',
      to: to.email,
      template: SIGN_IN_CODE_TEMPLATE,
      subject: 'Your Recipient Central sign-in code',
      body: [
        'Hello,',
        '',
        `Your code to sign in to Recipient Central is ${SECRET_PLACEHOLDER}.`,
        `It is valid for ${SIGN_IN_CODE_VALID_MINUTES} minutes and can be used once.`,
        '',
        'Never share this code with anyone — we will never ask you for it. If you did not ask to sign in, you can ignore this message.',
      ].join('\n'),
    });
  }
  return messages;
}
