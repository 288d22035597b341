import type { Marketplace } from '../otp/marketplaces';
import { deliveredMessages } from './delivered';
import { lockedOutMessages } from './locked-out';
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
  marketplace: Marketplace;
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
    marketplace: pkg.marketplace,
    to: { email: pkg.recipientEmail, phone: pkg.recipientPhoneE164 },
    channels: { email: pkg.emailNotifications, sms: pkg.smsNotifications },
    accountId: pkg.accountId,
    shipmentId: pkg.id,
  };
}

export function shippedFor(pkg: MessagePackage, needsPasscode: boolean): OutgoingMessage[] {
  return shippedMessages({ ...contextOf(pkg), needsPasscode });
}

/** The day's passcode, as the messages that carry it need it. */
interface PasscodeToSend {
  id: string;
  deliveryDate: string;
  /** Null when the passcode already existed today: it was sent with the recipient's first package. */
  sealedForOutbox: string | null;
}

export function outForDeliveryFor(pkg: MessagePackage, passcode: PasscodeToSend | null): OutgoingMessage[] {
  const messages = outForDeliveryMessages({ ...contextOf(pkg), needsPasscode: passcode !== null });
  if (passcode?.sealedForOutbox) {
    messages.push(
      ...passcodeMessages({
        ...contextOf(pkg),
        passcodeId: passcode.id,
        sealedCode: passcode.sealedForOutbox,
        deliveryDate: passcode.deliveryDate,
      }),
    );
  }
  return messages;
}

export function passcodeResendFor(pkg: MessagePackage, passcode: PasscodeToSend & { sealedForOutbox: string }): OutgoingMessage[] {
  return passcodeResendMessages({
    ...contextOf(pkg),
    passcodeId: passcode.id,
    sealedCode: passcode.sealedForOutbox,
    deliveryDate: passcode.deliveryDate,
  });
}

export function deliveredFor(pkg: MessagePackage, withPasscode: boolean, deliveredAt: Date): OutgoingMessage[] {
  return deliveredMessages({ ...contextOf(pkg), withPasscode, deliveredAt });
}

/** The passcode was entered wrongly 3 times: the recipient learns why the package did not come. */
export function lockedOutFor(pkg: MessagePackage): OutgoingMessage[] {
  return lockedOutMessages(contextOf(pkg));
}
