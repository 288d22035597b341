import { calendarDay } from '../i18n/calendar-day';
import { recipientMessages, type RecipientMessageContext } from './template-context';
import { type OutgoingMessage, SECRET_PLACEHOLDER } from './types';

export const PASSCODE_TEMPLATE = 'passcode';
export const PASSCODE_RESEND_TEMPLATE = 'passcode_resend';
/** Templates whose secret is a delivery passcode: shown masked everywhere except Recipient Central. */
export const PASSCODE_TEMPLATES: readonly string[] = [PASSCODE_TEMPLATE, PASSCODE_RESEND_TEMPLATE];

export interface PasscodeMessageContext extends RecipientMessageContext {
  passcodeId: string;
  /** The passcode sealed for the outbox (`encryptSecret(code, key, OUTBOX_SECRET_AD)`). */
  sealedCode: string;
  /** The marketplace day (YYYY-MM-DD) the passcode is valid for. */
  deliveryDate: string;
}

function render(template: string, wording: 'passcode' | 'passcodeResend', context: PasscodeMessageContext): OutgoingMessage[] {
  // The passcode never goes in a subject: subjects show on lock screens and in inbox lists.
  return recipientMessages(
    context,
    template,
    wording,
    { code: SECRET_PLACEHOLDER, deliveryDay: calendarDay(context.deliveryDate) },
    { warning: true, extra: { passcodeId: context.passcodeId, secretCiphertext: context.sealedCode } },
  );
}

/** The passcode, sent once per shipper account, recipient and delivery day when the first passcode package goes out. */
export function passcodeMessages(context: PasscodeMessageContext): OutgoingMessage[] {
  return render(PASSCODE_TEMPLATE, 'passcode', context);
}

/** The same passcode again, on the same channels, to the address captured at label creation. */
export function passcodeResendMessages(context: PasscodeMessageContext): OutgoingMessage[] {
  return render(PASSCODE_RESEND_TEMPLATE, 'passcodeResend', context);
}
