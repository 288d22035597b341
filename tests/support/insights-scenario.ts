import type { Db } from '@/db/client';
import { actorOf, createAccount, createUser } from './fixtures';
import { type PackageSpec, shipPackages } from './insights-fixtures';

/** The day the scenario's periods end on: 7 days from 2026-11-25, 30 from 2026-11-02, 90 from 2026-09-03. */
export const SCENARIO_TODAY = '2026-12-01';

const uk = (ref: string, labelledAt: string, rest: Partial<PackageSpec> = {}): PackageSpec => ({
  ref,
  country: 'GB',
  value: '150.00',
  labelledAt,
  journey: 'label',
  ...rest,
});
const india = (ref: string, labelledAt: string, rest: Partial<PackageSpec> = {}): PackageSpec => ({
  ...uk(ref, labelledAt, rest),
  country: 'IN',
  value: rest.value ?? '600.00',
});

/**
 * Acme (UK and India, OTP on). In the 30 days to 2026-12-01 (label days 2026-11-02 … 2026-12-01) it labelled
 * 45 shipments: 24 needed OTP; 5 were delivered with OTP, 4 of them on their first trip out; 8 OTP packages
 * went out; 3 were locked out; 3 resends for 2 Indian passcodes; OTP deliveries took 18, 25, 47, 52 and 95
 * minutes (median 47), the others 7, 33 and 61 (median 33).
 */
const ACME: PackageSpec[] = [
  // A UK resend can only be written directly (no query sends one): it must never count.
  uk('UK-OTP-1', '2026-11-30T10:00:00Z', { journey: 'otp', minutes: 25, passcode: { day: '2026-11-30', resendCount: 1 } }),
  uk('UK-OTP-2', '2026-11-26T09:00:00Z', { journey: 'otp', minutes: 47 }),
  uk('UK-SECOND-TRIP', '2026-11-20T12:00:00Z', { journey: 'secondTrip', minutes: 95 }),
  uk('UK-LOCKED', '2026-11-27T08:00:00Z', { journey: 'locked' }),
  uk('UK-OUT', '2026-11-25T00:30:00Z', { journey: 'out' }),
  uk('UK-TRANSIT', '2026-11-24T23:30:00Z', { journey: 'transit' }),
  uk('UK-BELOW', '2026-11-30T15:00:00Z', { value: '50.00', journey: 'plain', minutes: 33 }),
  uk('UK-NO-PHONE', '2026-11-28T10:00:00Z', { phone: '', journey: 'plain', minutes: 61 }),
  uk('UK-COD', '2026-11-28T11:00:00Z', { collectOnDelivery: true }),
  // 20:00 UTC on 1 November: still 1 November in the UK (the day before the 30 days), 2 November in India.
  uk('UK-DAY-BEFORE-30', '2026-11-01T20:00:00Z', { journey: 'otp', minutes: 12 }),
  uk('UK-DAY-AFTER', '2026-12-02T10:00:00Z', { journey: 'otp', minutes: 5 }),
  uk('UK-DAY-BEFORE-90', '2026-09-02T12:00:00Z', { value: '50.00' }),
  // 00:30 BST on 3 September, the first of the 90 days, while UTC is still on the 2nd.
  uk('UK-FIRST-OF-90', '2026-09-02T23:30:00Z', { value: '50.00', journey: 'plain', minutes: 130 }),
  uk('US', '2026-11-29T10:00:00Z', { country: 'US' }),
  india('IN-FIRST-OF-30', '2026-11-01T20:00:00Z', { journey: 'resent', resends: 1, minutes: 18, passcode: { day: '2026-11-02' } }),
  india('IN-RESENT', '2026-11-29T06:00:00Z', { journey: 'resent', resends: 2, minutes: 52, passcode: { day: '2026-11-29' } }),
  india('IN-STEP-LOCKOUT', '2026-11-30T04:00:00Z', { journey: 'stepLockout', passcode: { day: '2026-12-02', resendCount: 1 } }),
  india('IN-BELOW', '2026-11-29T20:00:00Z', { value: '100.00', journey: 'plain', minutes: 7 }),
  // 00:30 on 2 December in India: after the period although UTC is still on 1 December.
  india('IN-DAY-AFTER', '2026-12-01T19:00:00Z'),
  india('IN-UK-MOBILE', '2026-11-26T10:00:00Z', { phone: '+447700900999' }),
  // Enough on one day for the tracker to page: half need OTP, half are below the threshold.
  ...Array.from({ length: 30 }, (_, i) =>
    uk(`BULK-${i}`, `2026-11-28T09:${String(i).padStart(2, '0')}:00Z`, { value: i % 2 ? '50.00' : '150.00' }),
  ),
];

/** Birch: another manager's account on the same days, whose figures must never show up in Acme's or its manager's. */
const BIRCH: PackageSpec[] = [
  uk('B-OTP', '2026-11-30T09:00:00Z', { journey: 'otp', minutes: 20 }),
  uk('B-LOCKED', '2026-11-28T09:00:00Z', { journey: 'locked' }),
  uk('B-BELOW', '2026-11-29T09:00:00Z', { value: '50.00' }),
  india('B-IN', '2026-11-29T09:00:00Z', { journey: 'resent', resends: 3, minutes: 40, passcode: { day: '2026-11-29' } }),
];

/** Cobalt: Acme's manager's second account, OTP off. */
const COBALT: PackageSpec[] = [
  uk('C-PLAIN', '2026-11-30T11:00:00Z', { journey: 'plain', minutes: 10 }),
  uk('C-LABEL', '2026-11-28T11:00:00Z'),
  uk('C-TODAY', '2026-12-01T08:00:00Z'),
];

async function deliveryAssociates() {
  return {
    UK: actorOf(await createUser('delivery_associate', { station: 'UK' })),
    IN: actorOf(await createUser('delivery_associate', { station: 'IN' })),
  };
}

/** Acme and Cobalt managed by `manager`, Birch by `otherManager`, a shipper each for Acme and Birch, every package shipped. */
export async function buildInsightsScenario(db: Db) {
  const manager = await createUser('account_manager');
  const otherManager = await createUser('account_manager');
  const idleManager = await createUser('account_manager');
  const both = { marketplaces: ['UK', 'IN'] as ('UK' | 'IN')[], otpEnabled: true };
  const acme = await createAccount({ name: 'Acme', ...both, managerUserId: manager.id });
  const birch = await createAccount({ name: 'Birch', ...both, managerUserId: otherManager.id });
  const cobalt = await createAccount({ name: 'Cobalt', managerUserId: manager.id });
  const shipperA = await createUser('shipper', { accountId: acme.id });
  const shipperB = await createUser('shipper', { accountId: birch.id });
  await shipPackages(db, acme.id, await deliveryAssociates(), ACME);
  await shipPackages(db, birch.id, await deliveryAssociates(), BIRCH);
  await shipPackages(db, cobalt.id, await deliveryAssociates(), COBALT);
  return {
    acme,
    birch,
    cobalt,
    manager: actorOf(manager),
    otherManager: actorOf(otherManager),
    idleManager: actorOf(idleManager),
    shipperA: actorOf(shipperA),
    shipperB: actorOf(shipperB),
    deliveryAssociate: actorOf(await createUser('delivery_associate', { station: 'UK' })),
    recipient: actorOf(await createUser('recipient', { phoneE164: '+447700900123' })),
  };
}
