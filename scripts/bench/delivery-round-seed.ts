/**
 * Today's round at the big account's station, made the way a real day makes it: the shipper uploads the
 * packages (the upload's own check and store), the delivery associate picks every one up, takes two thirds
 * out for delivery (passcodes issued for the OTP ones) and hands over the low-value ones that need no
 * passcode; then the outbox sends every message. A few packages are the bench recipient's.
 */
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { deliverWithoutPasscode, pickUp, takeOutForDelivery } from '../../db/queries/delivery';
import { checkUploadFile, storeCheckedUpload } from '../../db/queries/uploads';
import { shipments } from '../../db/schema';
import { MARKETPLACES } from '../../lib/otp/marketplaces';
import { csvFile, utf8 } from '../../lib/upload/sample-files';
import { BENCH_STATION, type BenchPeople } from './bench-people';
import { deliverOutbox } from './bench-mailbox';
import { FIRST_NAMES, LAST_NAMES } from './tracker-seed';

export interface DeliveryRound {
  /** The recipient's packages out for delivery today (under today's passcode). */
  recipientOutToday: string[];
  /** The package moved last: the newest on the delivery list. */
  lastMoved: string;
}

/** The recipient's packages in the round: the first three go out today, one more waits at the station. */
const RECIPIENT_OUT = [0, 1, 2];

const money = (minor: number) => (minor / 100).toFixed(2);

function roundCsv(people: BenchPeople, size: number, outCount: number): string {
  const threshold = MARKETPLACES[BENCH_STATION].defaultThresholdMinor;
  const recipient = people.recipient;
  const rows = Array.from({ length: size }, (_, i) => {
    const theirs = RECIPIENT_OUT.includes(i) || i === outCount;
    // A quarter under the OTP threshold: those need no passcode, and the DA hands them over directly.
    const value = !theirs && i % 4 === 3 ? threshold / 2 : threshold * 1.5 + (i % 50) * 100;
    return {
      package_client_reference_id: `ROUND-${String(i).padStart(4, '0')}`,
      ship_to_name: theirs ? recipient.name : `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
      ship_to_phone: theirs ? recipient.phoneE164! : `+447911${String(i).padStart(6, '0')}`,
      ship_to_email: theirs ? recipient.email : `round.${i}@example.test`,
      insured_value: money(value),
      item_value: money(value),
    };
  });
  return csvFile(rows);
}

/** Runs the round for `size` packages; about as many steps as packages × 2, each its own transaction. */
export async function seedDeliveryRound(db: Db, people: BenchPeople, size: number, log: (s: string) => void): Promise<DeliveryRound> {
  const started = Date.now();
  const outCount = Math.floor((size * 2) / 3);
  const content = utf8(roundCsv(people, size, outCount));
  const checked = await checkUploadFile(db, people.shipper, { fileName: 'todays-round.csv', content, csvMapping: null });
  if (!checked.ok) throw new Error(`the round's upload was refused: ${checked.message}`);
  const stored = await storeCheckedUpload(db, people.shipper, checked.report.uploadId);
  if (!stored.ok || stored.stored !== size) throw new Error(`the round's upload stored ${JSON.stringify(stored)}`);

  const rows = await db
    .select({
      id: shipments.id,
      trackingId: shipments.trackingId,
      eligible: shipments.otpEligible,
    })
    .from(shipments)
    .where(eq(shipments.uploadId, stored.uploadId))
    .orderBy(shipments.packageClientReferenceId);
  const da = people.deliveryAssociate;
  for (const row of rows) await pickUp(db, da, row.id);
  const out = rows.slice(0, outCount);
  for (const row of out) await takeOutForDelivery(db, da, row.id);
  const handedOver = out.filter((row) => !row.eligible);
  for (const row of handedOver) await deliverWithoutPasscode(db, da, row.id);
  const messages = await deliverOutbox(db);

  log(
    `  delivery round at ${BENCH_STATION}: ${size} picked up, ${outCount} out for delivery, ${handedOver.length} delivered, ${messages.length} messages sent in ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  return {
    recipientOutToday: RECIPIENT_OUT.map((i) => rows[i]!.trackingId),
    lastMoved: (handedOver.at(-1) ?? out.at(-1) ?? rows.at(-1)!).trackingId,
  };
}
