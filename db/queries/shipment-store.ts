import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import { storedEligibilityOf, type EligibilityResult } from '@/lib/otp';
import { timeOrderedId } from '@/lib/ids/time-ordered-id';
import { generateTrackingId } from '@/lib/tracker/tracking-id';
import type { Marketplace } from '@/lib/otp/marketplaces';
import type { ParsedPackage } from '@/lib/upload/types';
import { shipmentEvent } from '@/lib/webhooks/shipment-events';
import type { DbOrTx, Tx } from '../client';
import { shipments } from '../schema';
import { storedItemsOf } from '../stored-items';
import { enqueueWebhookEvents, hasWebhookSubscribers } from './webhook-events';

interface PackageToStore {
  pkg: ParsedPackage;
  eligibility: EligibilityResult;
}

export interface StoreResult {
  stored: number;
  /** Client references the account already had (an earlier upload, or one that raced this one). */
  duplicates: number;
  eligibleStored: number;
}

const BATCH = 2000;

/** Gives each distinct JSON value an index, so a batch sends a value shared by many rows once. */
class SharedValues {
  private readonly index = new Map<string, number>();
  readonly values: string[] = [];

  ref(value: unknown): number {
    const json = JSON.stringify(value);
    let i = this.index.get(json);
    if (i === undefined) {
      i = this.values.length;
      this.index.set(json, i);
      this.values.push(json);
    }
    return i;
  }

  json(): string {
    return `[${this.values.join(',')}]`;
  }
}

/** A shipment as its insert returned it (what `onStored` is told). */
export interface StoredRow {
  id: string;
  trackingId: string;
  ref: string;
  marketplace: Marketplace;
  eligible: boolean;
}

interface BatchParams {
  eligibilities: string;
  shipFroms: string;
  rows: string;
}

const PREPARE_BETWEEN_YIELDS = 250;
const yieldToEventLoop = () => new Promise((resolve) => setImmediate(resolve));

/**
 * A batch's parameters, built in slices with the event loop let run in between: the batch before this
 * one is still being written to the PostgreSQL socket, and would wait for a long synchronous stretch.
 */
async function batchParams(batch: readonly PackageToStore[]): Promise<BatchParams> {
  const eligibilities = new SharedValues();
  const shipFroms = new SharedValues();
  const rows: object[] = [];
  for (let start = 0; start < batch.length; start += PREPARE_BETWEEN_YIELDS) {
    if (start > 0) await yieldToEventLoop();
    rows.push(...batch.slice(start, start + PREPARE_BETWEEN_YIELDS).map((entry) => storedRow(entry, eligibilities, shipFroms)));
  }
  return { eligibilities: eligibilities.json(), shipFroms: shipFroms.json(), rows: JSON.stringify(rows) };
}

/** One shipment as the insert statement's JSON row (short keys: 100,000 of them cross the wire). */
function storedRow({ pkg, eligibility }: PackageToStore, eligibilities: SharedValues, shipFroms: SharedValues) {
  return {
    // Time-ordered: the primary key and the (account, …, id) indexes then grow at their right edge
    // instead of touching a random page per row (about 15% of the insert).
    id: timeOrderedId(),
    t: generateTrackingId(),
    r: pkg.packageClientReferenceId,
    c: pkg.channelType,
    p: pkg.prepaid,
    m: eligibility.marketplace,
    cc: pkg.shipTo?.countryCode ?? '',
    n: pkg.shipTo?.name ?? '',
    em: pkg.shipTo?.email ?? null,
    ph: pkg.shipTo?.phoneNumber ?? null,
    e164: eligibility.recipientPhoneE164,
    to: pkg.shipTo,
    from: shipFroms.ref(pkg.shipFrom),
    v: pkg.insuredValue.minor,
    cur: pkg.insuredValue.unit,
    w: pkg.weight,
    d: pkg.dimensions,
    it: storedItemsOf(pkg),
    h: pkg.isHazmat,
    sv: pkg.serviceId,
    ok: eligibility.eligible,
    el: eligibilities.ref(storedEligibilityOf(eligibility)),
  };
}

async function insertBatch(tx: Tx, accountId: string, uploadId: string | null, now: string, params: BatchParams): Promise<StoredRow[]> {
  const result = (await tx.execute(sql`
      with eligibilities as (
        select (ordinality - 1)::int as i, value as e from jsonb_array_elements(${params.eligibilities}::jsonb) with ordinality
      ), ship_froms as (
        select (ordinality - 1)::int as i, value as a from jsonb_array_elements(${params.shipFroms}::jsonb) with ordinality
      ), input as (
        select * from jsonb_to_recordset(${params.rows}::jsonb) as x(
          "id" uuid, "t" text, "r" text, "c" channel_type, "p" boolean, "m" marketplace, "cc" text, "n" text, "em" text, "ph" text,
          "e164" text, "to" jsonb, "from" integer, "v" bigint, "cur" text, "w" jsonb, "d" jsonb, "it" jsonb, "h" boolean, "sv" text,
          "ok" boolean, "el" integer
        )
      ), inserted as (
        insert into shipments (
          id, account_id, upload_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace,
          ship_to_country, recipient_name, recipient_email, recipient_phone, recipient_phone_e164, ship_to, ship_from,
          insured_value_minor, insured_currency, weight, dimensions, items, is_hazmat, service_id, otp_eligible, eligibility,
          status, tracker_state, last_event_at, created_at, updated_at
        )
        select
          x."id", ${accountId}::uuid, ${uploadId}::uuid, x."t", x."r", x."c", x."p", x."m",
          x."cc", x."n", x."em", x."ph", x."e164", x."to", f.a,
          x."v", x."cur", x."w", x."d", x."it", x."h", x."sv", x."ok", e.e,
          'PreTransit', 'label_created', ${now}::timestamptz, ${now}::timestamptz, ${now}::timestamptz
        from input x
        join eligibilities e on e.i = x."el"
        join ship_froms f on f.i = x."from"
        -- No target: a clash of client reference (a duplicate) or of tracking id (a rare random clash) skips the row.
        on conflict do nothing
        returning id, tracking_id, package_client_reference_id, marketplace, otp_eligible
      ), events as (
        insert into tracking_events (shipment_id, event_code, status, event_time)
        select id, 'ReadyForReceive', 'PreTransit', ${now}::timestamptz from inserted
      )
      select id, tracking_id as "trackingId", package_client_reference_id as ref, marketplace, otp_eligible as eligible from inserted
  `)) as unknown as { rows: StoredRow[] };
  return result.rows;
}

/** Which of these client references the account already has (one JSON parameter, however many). */
export async function findStoredClientReferences(db: DbOrTx, accountId: string, refs: readonly string[]): Promise<Set<string>> {
  const rows = await db
    .select({ ref: shipments.packageClientReferenceId })
    .from(shipments)
    .where(
      and(
        eq(shipments.accountId, accountId),
        sql`${shipments.packageClientReferenceId} in (select json_array_elements_text(${JSON.stringify(refs)}::json))`,
      ),
    );
  return new Set(rows.map((row) => row.ref));
}

/**
 * Rows a batch skipped that the account does not already have lost a tracking-id clash: they get new
 * tracking ids and go in again (a clash is about one in ten thousand per 100,000 packages on a large table).
 */
async function retryTrackingIdClashes(
  tx: Tx,
  accountId: string,
  uploadId: string | null,
  now: string,
  batch: readonly PackageToStore[],
  inserted: readonly StoredRow[],
): Promise<StoredRow[]> {
  const done = new Set(inserted.map((row) => row.ref));
  const skipped = batch.filter((e) => !done.has(e.pkg.packageClientReferenceId));
  if (skipped.length === 0) return [];
  const duplicates = await findStoredClientReferences(
    tx,
    accountId,
    skipped.map((e) => e.pkg.packageClientReferenceId),
  );
  const clashed = skipped.filter((e) => !duplicates.has(e.pkg.packageClientReferenceId));
  if (clashed.length === 0) return [];
  const again = await insertBatch(tx, accountId, uploadId, now, await batchParams(clashed));
  return [...again, ...(await retryTrackingIdClashes(tx, accountId, uploadId, now, clashed, again))];
}

/** `shipment.created` for each new shipment, for the account's subscribed endpoints. */
async function announceCreated(tx: Tx, accountId: string, rows: readonly StoredRow[], at: Date): Promise<void> {
  const events = rows.map((row) =>
    shipmentEvent(
      'shipment.created',
      {
        id: row.id,
        trackingId: row.trackingId,
        packageClientReferenceId: row.ref,
        marketplace: row.marketplace,
        status: 'PreTransit',
        detailCode: null,
        trackerState: 'label_created',
      },
      at,
      { otpEligible: row.eligible },
    ),
  );
  await enqueueWebhookEvents(tx, accountId, events, at);
}

/**
 * Inserts packages as "Label Created" shipments (items included) with their first tracking event and their
 * `shipment.created` webhook deliveries, inside the caller's transaction: one statement per batch, its rows as one JSON parameter, with values many rows
 * share (eligibility results, ship-from addresses) sent once. The unique (account, client reference)
 * index decides duplicates, so two uploads racing with the same ids end with exactly one copy.
 */
export async function storeShipments(
  tx: Tx,
  accountId: string,
  uploadId: string | null,
  packages: readonly ParsedPackage[],
  judge: (pkg: ParsedPackage) => EligibilityResult,
  onProgress?: (done: number, total: number) => void,
  onStored?: (rows: readonly StoredRow[]) => void,
): Promise<StoreResult> {
  const createdAt = new Date();
  const now = createdAt.toISOString();
  const announce = await hasWebhookSubscribers(tx, accountId, 'shipment.created');
  // Judged a batch at a time: 100,000 results held at once would add about 100 MB to the peak.
  const batchAt = (start: number): PackageToStore[] =>
    packages.slice(start, start + BATCH).map((pkg) => ({ pkg, eligibility: judge(pkg) }));
  let stored = 0;
  let eligibleStored = 0;
  let batch = batchAt(0);
  let next: BatchParams | null = batch.length > 0 ? await batchParams(batch) : null;
  for (let start = 0; next !== null; start += BATCH) {
    const running = insertBatch(tx, accountId, uploadId, now, next);
    running.catch(() => undefined); // awaited below; this only keeps a failure during the wait from counting as unhandled
    // While the database works on this batch, build the next one (PostgreSQL runs in another process).
    const following = batchAt(start + BATCH);
    next = following.length > 0 ? await batchParams(following) : null;
    const rows = await running;
    rows.push(...(await retryTrackingIdClashes(tx, accountId, uploadId, now, batch, rows)));
    if (announce) await announceCreated(tx, accountId, rows, createdAt);
    onStored?.(rows);
    batch = following;
    stored += rows.length;
    eligibleStored += rows.filter((row) => row.eligible).length;
    onProgress?.(Math.min(start + BATCH, packages.length), packages.length);
  }
  return { stored, duplicates: packages.length - stored, eligibleStored };
}
