import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { getDb } from '@/db/client';
import { passcodes, shipments } from '@/db/schema';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { decryptSecret, passcodeAssociatedData, passcodeKeys } from '@/lib/passcode';
import type { TrackerState } from '@/lib/tracker/states';
import { createAccount, createUser } from './fixtures';
import { storedEligibilityFor } from './stored-eligibility';

// Tests run without the generated .env.local: give this process its own keys.
process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString('base64');
process.env.OTP_PEPPER ??= randomBytes(32).toString('base64');
process.env.OTP_ENC_KEY ??= randomBytes(32).toString('base64');

let sequence = 0;
let phoneSequence = 0;

/** A mobile number no other test in the file uses (passcodes are per account, number and day). */
export function freshPhone(marketplace: Marketplace = 'UK'): string {
  phoneSequence += 1;
  const tail = String(phoneSequence).padStart(5, '0');
  return marketplace === 'IN' ? `+9198765${tail}` : marketplace === 'ES' ? `+346123${tail}` : `+447700${tail}`;
}

const STATUS_OF: Partial<Record<TrackerState, typeof shipments.$inferInsert.status>> = {
  label_created: 'PreTransit',
  in_transit: 'InTransit',
  out_for_delivery: 'OutForDelivery',
};

export async function createPackage(
  accountId: string,
  values: {
    marketplace?: Marketplace;
    phoneE164?: string | null;
    otpEligible?: boolean;
    trackerState?: TrackerState;
    email?: string | null;
  } = {},
) {
  const db = await getDb();
  sequence += 1;
  const marketplace = values.marketplace ?? 'UK';
  const trackerState = values.trackerState ?? 'label_created';
  const phoneE164 = values.phoneE164 === undefined ? freshPhone(marketplace) : values.phoneE164;
  const [row] = await db
    .insert(shipments)
    .values({
      accountId,
      trackingId: `TST-${randomBytes(5).toString('hex')}`,
      packageClientReferenceId: `ref-${sequence}`,
      channelType: 'EXTERNAL',
      prepaid: true,
      marketplace,
      shipToCountry: marketplace === 'UK' ? 'GB' : marketplace,
      recipientName: `Recipient ${sequence}`,
      recipientEmail: values.email === undefined ? `recipient.${sequence}@example.com` : values.email,
      recipientPhoneE164: phoneE164,
      insuredValueMinor: 25_000,
      insuredCurrency: marketplace === 'IN' ? 'INR' : 'GBP',
      otpEligible: values.otpEligible ?? true,
      eligibility: storedEligibilityFor(marketplace, 25_000, phoneE164),
      status: STATUS_OF[trackerState] ?? 'InTransit',
      trackerState,
    })
    .returning();
  return row!;
}

/** A station's DA, an OTP-enabled account in that marketplace, and its shipper. */
export async function createStation(
  marketplace: Marketplace,
  account: { otpEnabled?: boolean; smsNotifications?: boolean; emailNotifications?: boolean } = {},
) {
  const shipperAccount = await createAccount({ homeMarketplace: marketplace, marketplaces: [marketplace], otpEnabled: true, ...account });
  const da = await createUser('delivery_associate', { station: marketplace });
  const shipper = await createUser('shipper', { accountId: shipperAccount.id });
  return { account: shipperAccount, da, shipper };
}

/** A package's passcode scope: its shipper account and recipient. */
type Gated = { accountId: string; recipientPhoneE164: string | null };

/** The passcode row that gates a package on a day (its account's, for its recipient). */
export async function passcodeRowOf(pkg: Gated, deliveryDate: string) {
  const db = await getDb();
  const [row] = await db
    .select()
    .from(passcodes)
    .where(
      and(
        eq(passcodes.accountId, pkg.accountId),
        eq(passcodes.recipientPhoneE164, pkg.recipientPhoneE164!),
        eq(passcodes.deliveryDate, deliveryDate),
      ),
    );
  if (!row) throw new Error(`no passcode for account ${pkg.accountId}, ${pkg.recipientPhoneE164} on ${deliveryDate}`);
  return row;
}

/** The plaintext of the passcode that gates a package on a day, opened the way Recipient Central does (tests only). */
export async function passcodeOf(pkg: Gated, deliveryDate: string): Promise<string> {
  const row = await passcodeRowOf(pkg, deliveryDate);
  return decryptSecret(row.codeCiphertext, passcodeKeys().encryptionKey, passcodeAssociatedData(row.recipientPhoneE164, deliveryDate));
}

export function wrongCodeFor(code: string): string {
  return String((Number(code) + 1) % 1_000_000).padStart(6, '0');
}
