import { deliveredMessages } from './delivered';
import { outForDeliveryMessages } from './out-for-delivery';
import { passcodeMessages, passcodeResendMessages } from './passcode';
import { shippedMessages } from './shipped';
import type { RecipientMessageContext } from './template-context';
import type { OutgoingMessage } from './types';

/** The fields of a package its messages are built from. */
export interface MessagePackage {
  id: string;
  accountId: string;
  trackingId: string;
  recipientName: string;
  recipientEmail: string | null;
  recipientPhoneE164: string | null;
  shipperName: string;
  emailNotifications: boolean;
  smsNotifications: boolean;
}

/** Only these fields of a package reach a template. */
function contextOf(pkg: MessagePackage): RecipientMessageContext {
  return {
    recipientName: pkg.recipientName,
    trackingId: pkg.trackingId,
    shipperName: pkg.shipperName,
    to: { email: pkg.recipientEmail, phone: pkg.recipientPhoneE164 },
    channels: { email: pkg.emailNotifications, sms: pkg.smsNotifications },
    accountId: pkg.accountId,
    shipmentId: pkg.id,
  };
}

export function shippedFor(pkg: MessagePackage, needsPasscode: boolean): OutgoingMessage[] {
  return shippedMessages({ ...contextOf(pkg), needsPasscode });
}

export function outForDeliveryFor(pkg: MessagePackage, passcode: { id: string; sealedForOutbox: string | null } | null): OutgoingMessage[] {
  const messages = outForDeliveryMessages({ ...contextOf(pkg), needsPasscode: passcode !== null });
  if (passcode?.sealedForOutbox) {
    messages.push(...passcodeMessages({ ...contextOf(pkg), passcodeId: passcode.id, sealedCode: passcode.sealedForOutbox }));
  }
  return messages;
}

export function passcodeResendFor(pkg: MessagePackage, passcodeId: string, sealedCode: string): OutgoingMessage[] {
  return passcodeResendMessages({ ...contextOf(pkg), passcodeId, sealedCode });
}

export function deliveredFor(pkg: MessagePackage, withPasscode: boolean): OutgoingMessage[] {
  return deliveredMessages({ ...contextOf(pkg), withPasscode });
}
