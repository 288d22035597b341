import { DO_NOT_SHARE_WARNING, oneLine, recipientMessages, type RecipientMessageContext } from './template-context';
import { type OutgoingMessage, SECRET_PLACEHOLDER } from './types';

export const PASSCODE_TEMPLATE = 'passcode';
export const PASSCODE_RESEND_TEMPLATE = 'passcode_resend';
/** Templates whose secret is a delivery passcode: shown masked everywhere except Recipient Central. */
export const PASSCODE_TEMPLATES: readonly string[] = [PASSCODE_TEMPLATE, PASSCODE_RESEND_TEMPLATE];

export interface PasscodeMessageContext extends RecipientMessageContext {
  passcodeId: string;
  /** The passcode sealed for the outbox (`encryptSecret(code, key, OUTBOX_SECRET_AD)`). */
  sealedCode: string;
}

function render(template: string, context: PasscodeMessageContext, opening: string): OutgoingMessage[] {
  const shipper = oneLine(context.shipperName);
  return recipientMessages(
    context,
    template,
    {
      // The passcode never goes in a subject: subjects show on lock screens and in inbox lists.
      subject: `Your delivery passcode for today`,
      email: `${opening} ${shipper} (tracking ${context.trackingId}).\n\nYour delivery passcode: ${SECRET_PLACEHOLDER}\n\nIt is valid until the end of today and covers all your passcode packages from ${shipper} out for delivery today.\n\n${DO_NOT_SHARE_WARNING}`,
      sms: `${opening} ${shipper} (${context.trackingId}). Passcode: ${SECRET_PLACEHOLDER}. ${DO_NOT_SHARE_WARNING}`,
    },
    { passcodeId: context.passcodeId, secretCiphertext: context.sealedCode },
  );
}

/** The passcode, sent once per shipper account, recipient and delivery day when the first passcode package goes out. */
export function passcodeMessages(context: PasscodeMessageContext): OutgoingMessage[] {
  return render(PASSCODE_TEMPLATE, context, 'Give this passcode to the delivery associate to receive your package from');
}

/** The same passcode again, on the same channels, to the address captured at label creation. */
export function passcodeResendMessages(context: PasscodeMessageContext): OutgoingMessage[] {
  return render(PASSCODE_RESEND_TEMPLATE, context, 'As requested, here is your passcode again for your package from');
}
