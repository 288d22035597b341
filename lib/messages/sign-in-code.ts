import { type OutgoingMessage, SECRET_PLACEHOLDER } from './types';

export const SIGN_IN_CODE_TEMPLATE = 'sign_in_code';

/**
 * The Recipient Central sign-in code, with `{{code}}` where the code goes; the caller seals the code
 * into `secretCiphertext`.
 */
export function signInCodeMessages(to: { email?: string; phone?: string }): OutgoingMessage[] {
  const out: OutgoingMessage[] = [];
  const text = `Your Recipient Central sign-in code is ${SECRET_PLACEHOLDER}. Do not share it with anyone.`;
  if (to.phone) out.push({ channel: 'sms', to: to.phone, template: SIGN_IN_CODE_TEMPLATE, body: text });
  if (to.email) {
    out.push({ channel: 'email', to: to.email, template: SIGN_IN_CODE_TEMPLATE, subject: 'Your Recipient Central sign-in code', body: `${text}\n` });
  }
  return out;
}
