import type { Marketplace } from '../otp/marketplaces';
import { maskPhone } from '../tracker/mask-phone';
import type { WebhookEvent } from './shipment-events';

interface LockedPasscode {
  id: string;
  recipientPhoneE164: string;
  deliveryDate: string;
}

/**
 * A recipient's passcode for the day was entered wrongly 3 times. Names the recipient by a masked number
 * only; each package it sent back is announced by its own `shipment.otp_not_available`.
 */
export function passcodeLockedEvent(passcode: LockedPasscode, marketplace: Marketplace, at: Date): WebhookEvent {
  return {
    type: 'passcode.locked',
    shipmentId: null,
    data: {
      passcodeId: passcode.id,
      marketplace,
      deliveryDate: passcode.deliveryDate,
      recipientPhone: maskPhone(passcode.recipientPhoneE164, marketplace),
      lockedAt: at.toISOString(),
    },
  };
}
