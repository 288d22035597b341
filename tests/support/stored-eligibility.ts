import { evaluateOtpEligibility, MARKETPLACES, storedEligibilityOf, type Marketplace, type StoredEligibility } from '@/lib/otp';

/** What the shared rules store for a prepaid, off-Amazon package of an account with OTP and both notifications on. */
export function storedEligibilityFor(marketplace: Marketplace, insuredMinor: number, phone: string | null): StoredEligibility {
  const info = MARKETPLACES[marketplace];
  return storedEligibilityOf(
    evaluateOtpEligibility({
      account: { otpEnabled: true, emailNotifications: true, smsNotifications: true },
      shipment: {
        channelType: 'EXTERNAL',
        prepaid: true,
        shipTo: { countryCode: info.countryCode, phoneNumber: phone },
        insuredValue: { value: insuredMinor / 100, unit: info.currency },
      },
    }),
  );
}
