import 'server-only';
import { getTableColumns, sql } from 'drizzle-orm';
import type { EligibilityResult } from '@/lib/otp';
import type { ParsedPackage } from '@/lib/upload/types';
import type { Tx } from '../client';
import { shipments } from '../schema';
import { itemRowsFor, shipmentRowFor } from './shipment-rows';

export interface PackageToStore {
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
const SHIPMENT_COLUMNS = Object.entries(getTableColumns(shipments)).map(([key, column]) => [key, column.name] as const);

/** A shipment row keyed by column name, as json_populate_recordset reads it. */
function columnRecord(row: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, name] of SHIPMENT_COLUMNS) if (row[key] !== undefined) out[name] = row[key];
  return out;
}

/**
 * Inserts packages as "Label Created" shipments with their items and first tracking event, inside the
 * caller's transaction: one statement per batch, its rows passed as one JSON parameter (far cheaper
 * than tens of thousands of bind parameters). The unique (account, client reference) index decides
 * duplicates, so two uploads racing with the same ids end with exactly one copy.
 */
export async function storeShipments(
  tx: Tx,
  accountId: string,
  uploadId: string | null,
  entries: readonly PackageToStore[],
  onProgress?: (done: number, total: number) => void,
): Promise<StoreResult> {
  const now = new Date();
  let stored = 0;
  let eligibleStored = 0;
  for (let start = 0; start < entries.length; start += BATCH) {
    const batch = entries.slice(start, start + BATCH);
    const rows = batch.map((e) => columnRecord(shipmentRowFor(accountId, uploadId, e.pkg, e.eligibility, now) as Record<string, unknown>));
    const items = batch.flatMap((e) => itemRowsFor(e.pkg).map((item) => ({ ref: e.pkg.packageClientReferenceId, ...item })));
    const result = (await tx.execute(sql`
      with input as (
        select * from json_populate_recordset(null::shipments, ${JSON.stringify(rows)}::json)
      ), inserted as (
        insert into shipments (
          account_id, tracking_id, package_client_reference_id, upload_id, channel_type, prepaid, marketplace,
          ship_to_country, recipient_name, recipient_email, recipient_phone, recipient_phone_e164, ship_to, ship_from,
          insured_value_minor, insured_currency, weight, dimensions, is_hazmat, otp_eligible, eligibility,
          status, tracker_state, last_event_at, created_at, updated_at
        )
        select
          account_id, tracking_id, package_client_reference_id, upload_id, channel_type, prepaid, marketplace,
          ship_to_country, recipient_name, recipient_email, recipient_phone, recipient_phone_e164, ship_to, ship_from,
          insured_value_minor, insured_currency, weight, dimensions, is_hazmat, otp_eligible, eligibility,
          status, tracker_state, last_event_at, created_at, updated_at
        from input
        on conflict (account_id, package_client_reference_id) do nothing
        returning id, package_client_reference_id, otp_eligible
      ), stored_items as (
        insert into shipment_items (shipment_id, position, description, item_identifier, quantity, value_minor, currency, weight)
        select s.id, i."position", i."description", i."itemIdentifier", i."quantity", i."valueMinor", i."currency", i."weight"
        from json_to_recordset(${JSON.stringify(items)}::json) as i(
          "ref" text, "position" integer, "description" text, "itemIdentifier" text, "quantity" integer,
          "valueMinor" bigint, "currency" text, "weight" jsonb
        )
        join inserted s on s.package_client_reference_id = i."ref"
      ), events as (
        insert into tracking_events (shipment_id, event_code, status, event_time)
        select id, 'ReadyForReceive', 'PreTransit', ${now.toISOString()}::timestamptz from inserted
      )
      select otp_eligible as eligible from inserted
    `)) as unknown as { rows: { eligible: boolean }[] };
    stored += result.rows.length;
    eligibleStored += result.rows.filter((row) => row.eligible).length;
    onProgress?.(Math.min(start + BATCH, entries.length), entries.length);
  }
  return { stored, duplicates: entries.length - stored, eligibleStored };
}
