import type { LocaleSetting } from '../i18n/locale-choice';
import { translatorFor } from '../i18n/translator';
import { SIGN_IN_CODE_VALID_MINUTES } from '../recipient/sign-in-code-validity';
import { type OutgoingMessage, SECRET_PLACEHOLDER } from './types';

export const SIGN_IN_CODE_TEMPLATE = 'recipient_sign_in_code';

/**
 * The line that binds an SMS code to the portal's origin (WICG "Origin-bound one-time codes"): phones
 * offer the code only on a page of that host, and WebOTP reads it from there.
 */
export function originBoundLine(host: string): string {
  return `@${host} #${SECRET_PLACEHOLDER}`;
}

/**
 * The Recipient Central sign-in code by SMS and e-mail, in the recipient's language. The body carries
 * the placeholder; the caller attaches the sealed code. The subject never holds the code (it shows on
 * lock screens).
 */
export function signInCodeMessages(
  to: { email?: string | null; phone?: string | null },
  setting: LocaleSetting,
  host: string,
): OutgoingMessage[] {
  const t = translatorFor(setting, 'messages');
  const values = { code: SECRET_PLACEHOLDER, minutes: SIGN_IN_CODE_VALID_MINUTES };
  const messages: OutgoingMessage[] = [];
  if (to.phone) {
    messages.push({
      channel: 'sms',
      to: to.phone,
      template: SIGN_IN_CODE_TEMPLATE,
      body: `${t('signInCode.sms', values)}\n\n${originBoundLine(host)}`,
    });
  }
  if (to.email) {
    messages.push({
      channel: 'email',
      to: to.email,
      template: SIGN_IN_CODE_TEMPLATE,
      subject: t('signInCode.subject'),
      body: `${t('greetingNoName')}\n\n${t('signInCode.email', values)}\n`,
    });
  }
  return messages;
}
