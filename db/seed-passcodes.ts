import type { Marketplace } from '@/lib/otp/marketplaces';
import { isResendEnabled } from '@/lib/otp/marketplaces';
import { encryptSecret, generatePasscode, hashSecretCode, passcodeAssociatedData, type PasscodeKeys } from '@/lib/passcode';
import type { Db } from './client';
import { passcodes } from './schema';
import { addDays, dayAt, type EventDraft, localTime } from './seed-history';

/** A new code stored as the passcode store stores it: a keyed hash to check, a copy sealed to its recipient and day. */
export function sealedPasscode(keys: PasscodeKeys, phoneE164: string, deliveryDate: string): { codeHmac: string; codeCiphertext: string } {
  const code = generatePasscode();
  return {
    codeHmac: hashSecretCode(code, keys.pepper),
    codeCiphertext: encryptSecret(code, keys.encryptionKey, passcodeAssociatedData(phoneE164, deliveryDate)),
  };
}

interface PasscodeDay {
  accountId: string;
  marketplace: Marketplace;
  phoneE164: string;
  deliveryDate: string;
  /** When the first of its packages went out (the passcode was issued then). */
  issuedAt: Date;
  /** The third wrong entry, when there was one. */
  lockedAt: Date | null;
}

/**
 * The passcodes of past delivery days: one per account × recipient × day on which an OTP package went
 * out, locked where its packages came back "OTP not available". Some recipients needed a wrong try or
 * two; in India some asked for the code again (resends, up to 3).
 */
export class PastPasscodes {
  private readonly days = new Map<string, PasscodeDay>();

  /** Records the passcode days of one OTP package's history. */
  add(accountId: string, marketplace: Marketplace, phoneE164: string, events: readonly EventDraft[]): void {
    for (const event of events) {
      const deliveryDate = dayAt(marketplace, event.at);
      const key = `${accountId}|${phoneE164}|${deliveryDate}`;
      if (event.eventCode === 'OutForDelivery') {
        const day = this.days.get(key);
        if (!day) this.days.set(key, { accountId, marketplace, phoneE164, deliveryDate, issuedAt: event.at, lockedAt: null });
        else if (event.at < day.issuedAt) day.issuedAt = event.at;
      } else if (event.eventCode === 'DeliveryAttempted' && event.detailCode === 'OtpNotAvailable') {
        const day = this.days.get(key);
        if (day) day.lockedAt = event.at;
      }
    }
  }

  async insert(db: Db, keys: PasscodeKeys, random: () => number): Promise<number> {
    const rows = [...this.days.values()].map((day) => {
      const wrong = random();
      const resend = random();
      return {
        accountId: day.accountId,
        recipientPhoneE164: day.phoneE164,
        deliveryDate: day.deliveryDate,
        marketplace: day.marketplace,
        ...sealedPasscode(keys, day.phoneE164, day.deliveryDate),
        failedAttempts: day.lockedAt ? 3 : wrong < 0.84 ? 0 : wrong < 0.95 ? 1 : 2,
        resendCount: isResendEnabled(day.marketplace) && resend < 0.3 ? 1 + Math.floor((resend / 0.3) * 3) : 0,
        lockedAt: day.lockedAt,
        expiresAt: localTime(day.marketplace, addDays(day.deliveryDate, 1), 0),
        createdAt: day.issuedAt,
      };
    });
    for (let start = 0; start < rows.length; start += 500) await db.insert(passcodes).values(rows.slice(start, start + 500));
    return rows.length;
  }
}
