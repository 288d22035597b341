import 'server-only';
import { deliveredMessages } from '@/lib/messages/delivered';
import { outForDeliveryMessages } from '@/lib/messages/out-for-delivery';
import { passcodeMessages, passcodeResendMessages } from '@/lib/messages/passcode';
import { shippedMessages } from '@/lib/messages/shipped';
import type { RecipientMessageContext } from '@/lib/messages/template-context';
import type { OutgoingMessage } from '@/lib/messages/types';
import { needsPasscode, type StationPackage } from './delivery-scope';

/** Only these fields of a package reach a template. */
function contextOf(pkg: StationPackage): RecipientMessageContext {
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

export function shippedFor(pkg: StationPackage): OutgoingMessage[] {
  return shippedMessages({ ...contextOf(pkg), needsPasscode: needsPasscode(pkg) });
}

export function outForDeliveryFor(pkg: StationPackage, passcode: { id: string; sealedForOutbox: string | null } | null): OutgoingMessage[] {
  const messages = outForDeliveryMessages({ ...contextOf(pkg), needsPasscode: passcode !== null });
  if (passcode?.sealedForOutbox) {
    messages.push(...passcodeMessages({ ...contextOf(pkg), passcodeId: passcode.id, sealedCode: passcode.sealedForOutbox }));
  }
  return messages;
}

export function passcodeResendFor(pkg: StationPackage, passcodeId: string, sealedCode: string): OutgoingMessage[] {
  return passcodeResendMessages({ ...contextOf(pkg), passcodeId, sealedCode });
}

export function deliveredFor(pkg: StationPackage, withPasscode: boolean): OutgoingMessage[] {
  return deliveredMessages({ ...contextOf(pkg), withPasscode });
}
