import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { passcodes, shipments } from '@/db/schema';
import { loadAccountRuleSettings } from '@/db/queries/account-rule-settings';
import { deliverWithoutPasscode, pickUp, returnToStation, takeOutForDelivery } from '@/db/queries/delivery';
import { enterPasscode, resendPasscode } from '@/db/queries/delivery-passcode';
import { loadStationPackage } from '@/db/queries/delivery-scope';
import { tryStep } from '@/db/queries/lifecycle-steps';
import { storeShipments } from '@/db/queries/shipment-store';
import type { Actor } from '@/lib/auth/actor';
import { deliveryDayAt } from '@/lib/passcode';
import { DAY_MS } from '@/lib/time/durations';
import { eligibilityOf } from '@/lib/upload/checked-package';
import { parseShipmentFile } from '@/lib/upload/parse-file';
import { csvFile, utf8 } from '@/lib/upload/sample-files';
import { freshPhone, passcodeOf, wrongCodeFor } from './delivery-fixtures';

/**
 * What happens to a package after its label, each through the delivery associate's own queries:
 * `secondTrip` is locked out by 3 wrong entries, returned, taken out again the next day and delivered with
 * its new passcode; `stepLockout` is locked out by the lifecycle step alone.
 */
export type Journey = 'label' | 'transit' | 'out' | 'otp' | 'plain' | 'locked' | 'secondTrip' | 'resent' | 'stepLockout';

export interface PackageSpec {
  ref: string;
  country: 'GB' | 'IN' | 'US';
  /** Insured value in major units, in the country's currency (GBP outside India). */
  value: string;
  /** Default: a mobile number no other package uses, so each passcode gates one package; '' for none. */
  phone?: string;
  collectOnDelivery?: boolean;
  /** When the label was made (UTC): the label day is this instant's day in the marketplace's zone. */
  labelledAt: string;
  journey: Journey;
  /** Out for delivery → delivered, for a delivered journey (set on the shipment once it is delivered). */
  minutes?: number;
  /** Passcode resends by the DA, for `resent` (India). */
  resends?: number;
  /** Where its passcode's delivery day is moved to, and a resend count written directly (UK resends have no query). */
  passcode?: { day: string; resendCount?: number };
}

const MOBILE = { GB: null, IN: null, US: '+1 202 555 0100' } as const;

function packagesOf(specs: readonly PackageSpec[]) {
  const rows = specs.map((s) => {
    const currency = s.country === 'IN' ? 'INR' : 'GBP';
    const phone = s.phone ?? MOBILE[s.country] ?? freshPhone(s.country === 'IN' ? 'IN' : 'UK');
    return {
      package_client_reference_id: s.ref,
      insured_value: s.value,
      insured_value_currency: currency,
      item_value: s.value,
      item_value_currency: currency,
      ship_to_country_code: s.country,
      ship_to_phone: phone,
      collect_on_delivery: s.collectOnDelivery ? 'yes' : 'no',
    };
  });
  const outcome = parseShipmentFile(utf8(csvFile(rows)));
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.packages;
}

/** Stores the packages as an upload does (the account's own rules), then returns their ids by client reference. */
export async function storePackages(db: Db, accountId: string, specs: readonly PackageSpec[]): Promise<Map<string, string>> {
  const settings = await loadAccountRuleSettings(db, accountId);
  await db.transaction((tx) => storeShipments(tx, accountId, null, packagesOf(specs), (p) => eligibilityOf(p, settings)));
  const rows = await db
    .select({ id: shipments.id, ref: shipments.packageClientReferenceId })
    .from(shipments)
    .where(
      and(
        eq(shipments.accountId, accountId),
        inArray(
          shipments.packageClientReferenceId,
          specs.map((s) => s.ref),
        ),
      ),
    );
  return new Map(rows.map((r) => [r.ref, r.id]));
}

async function enterWrongThrice(db: Db, da: Actor, id: string, day: string): Promise<void> {
  const pkg = await loadStationPackage(db, da, id);
  const wrong = wrongCodeFor(await passcodeOf(pkg, day));
  for (let i = 0; i < 3; i += 1) await enterPasscode(db, da, id, wrong);
}

async function deliverWithPasscode(db: Db, da: Actor, id: string, day: string): Promise<void> {
  const pkg = await loadStationPackage(db, da, id);
  const result = await enterPasscode(db, da, id, await passcodeOf(pkg, day));
  if (result.outcome !== 'delivered') throw new Error(`passcode not taken: ${result.outcome}`);
}

/** Moves one package along its journey with the DA's queries (the counters trigger sees every step). */
export async function walkJourney(db: Db, da: Actor, id: string, spec: PackageSpec): Promise<void> {
  if (spec.journey === 'label') return;
  await pickUp(db, da, id);
  if (spec.journey === 'transit') return;
  const now = new Date();
  const today = deliveryDayAt(da.station!, now);
  await takeOutForDelivery(db, da, id, now);
  switch (spec.journey) {
    case 'otp':
      return deliverWithPasscode(db, da, id, today);
    case 'plain':
      return deliverWithoutPasscode(db, da, id);
    case 'locked':
      return enterWrongThrice(db, da, id, today);
    case 'secondTrip': {
      await enterWrongThrice(db, da, id, today);
      await returnToStation(db, da, id);
      const tomorrow = new Date(now.getTime() + DAY_MS);
      await takeOutForDelivery(db, da, id, tomorrow);
      return deliverWithPasscode(db, da, id, deliveryDayAt(da.station!, tomorrow));
    }
    case 'resent':
      for (let i = 0; i < (spec.resends ?? 1); i += 1) await resendPasscode(db, da, id);
      return deliverWithPasscode(db, da, id, today);
    case 'stepLockout': {
      const pkg = await loadStationPackage(db, da, id);
      if (!(await db.transaction((tx) => tryStep(tx, pkg, 'otp_not_available', da.userId)))) throw new Error('lock-out refused');
      return;
    }
  }
}

/**
 * Puts the package on its label day and, once delivered, `minutes` between its last trip out and delivery;
 * moves its passcode to `passcode.day`. Plain UPDATEs: the rollup triggers move the counts and bins.
 */
export async function settleTimes(db: Db, id: string, spec: PackageSpec): Promise<void> {
  const labelled = new Date(spec.labelledAt);
  const [before] = await db
    .select({ deliveryDate: shipments.deliveryDate, accountId: shipments.accountId, phone: shipments.recipientPhoneE164 })
    .from(shipments)
    .where(eq(shipments.id, id));
  const out = new Date(labelled.getTime() + DAY_MS);
  await db
    .update(shipments)
    .set({
      createdAt: labelled,
      ...(spec.minutes === undefined ? {} : { outForDeliveryAt: out, lastEventAt: new Date(out.getTime() + spec.minutes * 60_000) }),
    })
    .where(eq(shipments.id, id));
  if (spec.passcode && before?.deliveryDate && before.phone) {
    await db
      .update(passcodes)
      .set({
        deliveryDate: spec.passcode.day,
        ...(spec.passcode.resendCount === undefined ? {} : { resendCount: spec.passcode.resendCount }),
      })
      .where(
        and(
          eq(passcodes.accountId, before.accountId),
          eq(passcodes.recipientPhoneE164, before.phone),
          eq(passcodes.deliveryDate, before.deliveryDate),
        ),
      );
  }
}

/** Stores an account's packages, walks each through its journey with the station's DA, then settles its times. */
export async function shipPackages(db: Db, accountId: string, das: { UK: Actor; IN: Actor }, specs: readonly PackageSpec[]): Promise<void> {
  const ids = await storePackages(db, accountId, specs);
  for (const spec of specs) {
    const id = ids.get(spec.ref)!;
    if (spec.country !== 'US') await walkJourney(db, spec.country === 'IN' ? das.IN : das.UK, id, spec);
    await settleTimes(db, id, spec);
  }
}
