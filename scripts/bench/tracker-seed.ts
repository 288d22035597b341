/**
 * Bulk data for the tracker benchmark, written by the database itself (INSERT … SELECT over
 * generate_series), never row by row from JS. Secondary indexes are dropped for the load and
 * rebuilt after it, which is how a bulk load is done in PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { evaluateOtpEligibility, storedEligibilityOf } from '../../lib/otp';
import { MARKETPLACE_CODES, MARKETPLACES, type Marketplace } from '../../lib/otp/marketplaces';

export interface RawSql {
  exec(text: string): Promise<void>;
  rows<T>(text: string): Promise<T[]>;
}

export interface BenchTenants {
  mainAccountId: string;
  otherAccountIds: string[];
  shipperUserId: string;
}

export const FIRST_NAMES = [
  'Olivia',
  'Liam',
  'Amelia',
  'Noah',
  'Isla',
  'Arjun',
  'Priya',
  'Camille',
  'Luca',
  'Sofia',
  'Mateo',
  'Chloe',
  'Aarav',
  'Emma',
  'Hugo',
  'Giulia',
  'Lucia',
  'Rohan',
  'Freya',
  'Oscar',
];
export const LAST_NAMES = [
  'Hart',
  'Smith',
  'Jones',
  'Patel',
  'Nair',
  'Durand',
  'Rossi',
  'Garcia',
  'Brown',
  'Taylor',
  'Martin',
  'Bianchi',
  'Lopez',
  'Sharma',
  'Wilson',
  'Evans',
  'Moreau',
  'Romano',
  'Fernandez',
  'Iyer',
  'Walker',
  'Green',
  'Khan',
  'Leroy',
  'Costa',
];
const CURRENCIES = MARKETPLACE_CODES.map((m) => MARKETPLACES[m].currency);
const COUNTRIES = MARKETPLACE_CODES.map((m) => MARKETPLACES[m].countryCode);
const PHONE_PREFIX: Record<Marketplace, string> = { UK: '+447700', FR: '+33612', IT: '+39347', ES: '+34612', IN: '+91987' };
const PREFIXES = MARKETPLACE_CODES.map((m) => PHONE_PREFIX[m]);

export const textArray = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;

/** Buckets of 100 → tracker state, so every state occurs and "Delivered With OTP" is about a fifth. */
const STATE_CASE = `case
  when b < 4 then 'label_created' when b < 14 then 'in_transit' when b < 19 then 'out_for_delivery'
  when b < 50 then 'delivered' when b < 72 then 'delivered_with_otp' when b < 77 then 'attempted_otp_not_available'
  when b < 81 then 'returned_to_station' when b < 85 then 'delivery_attempted' when b < 88 then 'lost'
  when b < 92 then 'rejected' when b < 96 then 'undeliverable' when b < 98 then 'pickup_cancelled'
  else 'awaiting_customer_pickup' end`;

const STATUS_CASE = `case st
  when 'label_created' then 'PreTransit' when 'in_transit' then 'InTransit' when 'out_for_delivery' then 'OutForDelivery'
  when 'delivered' then 'Delivered' when 'delivered_with_otp' then 'Delivered' when 'lost' then 'Lost'
  when 'rejected' then 'Rejected' when 'undeliverable' then 'Undeliverable' when 'pickup_cancelled' then 'PickupCancelled'
  when 'awaiting_customer_pickup' then 'AwaitingCustomerPickup' else 'DeliveryAttempted' end`;

/** What the rules store for a UK package worth `value` GBP, as an SQL literal. */
function storedEligibilityLiteral(value: number): string {
  const result = evaluateOtpEligibility({
    account: { otpEnabled: true, emailNotifications: true, smsNotifications: true },
    shipment: {
      channelType: 'EXTERNAL',
      prepaid: true,
      shipTo: { countryCode: 'GB', phoneNumber: '+447700900123' },
      insuredValue: { value, unit: 'GBP' },
    },
  });
  return `'${JSON.stringify(storedEligibilityOf(result)).replaceAll("'", "''")}'`;
}
const ELIGIBLE_JSON = storedEligibilityLiteral(150);
const INELIGIBLE_JSON = storedEligibilityLiteral(50);

function shipmentsChunk(lo: number, hi: number, mainCount: number, tenants: BenchTenants): string {
  const others = `array[${tenants.otherAccountIds.map((id) => `'${id}'`).join(',')}]::uuid[]`;
  return `
insert into shipments (account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace, ship_to_country,
  recipient_name, recipient_phone, recipient_phone_e164, ship_to, insured_value_minor, insured_currency, otp_eligible, eligibility,
  status, detail_code, tracker_state, last_event_at, delivery_date, created_at, updated_at)
select
  case when g <= ${mainCount} then '${tenants.mainAccountId}'::uuid else (${others})[1 + g % ${tenants.otherAccountIds.length}] end,
  'SC' || lpad(((g::bigint * 7919) % 1000000000000)::text, 12, '0'),
  'REF-' || lpad(g::text, 9, '0'),
  'EXTERNAL', true,
  (${textArray(MARKETPLACE_CODES)})[m]::marketplace,
  (${textArray(COUNTRIES)})[m],
  name,
  phone, phone,
  jsonb_build_object('name', name, 'city', 'Springfield', 'postalCode', 'AB1 2CD', 'countryCode', (${textArray(COUNTRIES)})[m]),
  (g::bigint * 7793) % 300000,
  (${textArray(CURRENCIES)})[m],
  eligible,
  case when eligible then ${ELIGIBLE_JSON}::jsonb else ${INELIGIBLE_JSON}::jsonb end,
  (${STATUS_CASE})::carrier_status,
  case st when 'delivered_with_otp' then 'DeliveredWithOTP' when 'attempted_otp_not_available' then 'OtpNotAvailable' when 'returned_to_station' then 'OtpNotAvailable' end,
  st::tracker_state,
  at,
  case when b >= 19 then (at at time zone 'UTC')::date end,
  at - interval '2 days',
  at
from generate_series(${lo}, ${hi}) g,
  lateral (select 1 + g % ${MARKETPLACE_CODES.length} as m, (g * 37 + g / 100) % 100 as b) k,
  lateral (select ${STATE_CASE} as st,
                  (${textArray(FIRST_NAMES)})[1 + g % ${FIRST_NAMES.length}] || ' ' || (${textArray(LAST_NAMES)})[1 + (g / ${FIRST_NAMES.length}) % ${LAST_NAMES.length}] as name,
                  (${textArray(PREFIXES)})[m] || lpad((g % 100000)::text, 5, '0') || '1' as phone,
                  (b >= 50 and b < 81) or (b < 19 and g % 2 = 0) as eligible,
                  timestamptz '2026-11-25 00:00:00+00' - make_interval(secs => ((g - 1) % ${mainCount}) * 2.592 + g % 13) as at) d`;
}

function eventsChunk(hexLo: string, hexHi: string | null): string {
  return `
insert into tracking_events (shipment_id, event_code, status, detail_code, event_time, location)
select s.id, e.code::event_code, e.status::carrier_status, e.detail, e.at, jsonb_build_object('city', 'Springfield', 'countryCode', s.ship_to_country)
from shipments s,
  lateral (values
    ('ReadyForReceive', 'PreTransit', null::text, s.created_at),
    ('PickupDone', 'InTransit', null, s.created_at + interval '3 hours'),
    ('ArrivedAtCarrierFacility', 'InTransit', 'ArrivedAtLocalFacility', s.created_at + interval '20 hours'),
    (case s.status when 'PreTransit' then 'ReadyForReceive' when 'InTransit' then 'Departed' when 'Delivered' then 'Delivered'
       when 'OutForDelivery' then 'OutForDelivery' when 'Lost' then 'Lost' when 'Rejected' then 'Rejected'
       when 'Undeliverable' then 'Undeliverable' when 'PickupCancelled' then 'PickupCancelled'
       when 'AwaitingCustomerPickup' then 'AvailableForPickup' else 'DeliveryAttempted' end,
     s.status::text, s.detail_code, s.last_event_at)
  ) as e(code, status, detail, at)
where s.id >= '${hexLo}'${hexHi ? ` and s.id < '${hexHi}'` : ''}`;
}

const UUID_SLICES = [
  '00000000-0000-0000-0000-000000000000',
  '40000000-0000-0000-0000-000000000000',
  '80000000-0000-0000-0000-000000000000',
  'c0000000-0000-0000-0000-000000000000',
  null,
];

/** The bench's 1 + `otherAccounts` accounts (OTP on, every marketplace) and a shipper of the first to sign in as. */
export async function insertBenchTenants(db: RawSql, otherAccounts: number, passwordHash: string): Promise<BenchTenants> {
  const tenants: BenchTenants = {
    mainAccountId: randomUUID(),
    otherAccountIds: Array.from({ length: otherAccounts }, () => randomUUID()),
    shipperUserId: randomUUID(),
  };
  const accounts = [tenants.mainAccountId, ...tenants.otherAccountIds]
    .map((id, i) => `('${id}', 'Bench account ${i}', 'UK', ${textArray(MARKETPLACE_CODES)}::marketplace[], true)`)
    .join(',');
  await db.exec(`insert into shipper_accounts (id, name, home_marketplace, marketplaces, otp_enabled) values ${accounts}`);
  await db.exec(
    `insert into users (id, email, name, password_hash, role, account_id) values ('${tenants.shipperUserId}', 'bench.shipper@example.test', 'Bench Shipper', '${passwordHash}', 'shipper', '${tenants.mainAccountId}')`,
  );
  return tenants;
}

/**
 * Runs a bulk load with the tables' secondary indexes dropped, then builds them again (primary keys stay, so
 * foreign keys are checked). Returns how many indexes were rebuilt and the seconds that took.
 */
export async function withoutSecondaryIndexes(
  db: RawSql,
  tables: readonly string[],
  load: () => Promise<void>,
): Promise<{ indexes: number; rebuildSeconds: number }> {
  const indexes = await db.rows<{ indexname: string; indexdef: string }>(
    `select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in (${tables.map((t) => `'${t}'`).join(', ')}) and indexname not like '%_pkey'`,
  );
  for (const ix of indexes) await db.exec(`drop index "${ix.indexname}"`);
  await load();
  const started = Date.now();
  for (const ix of indexes) await db.exec(ix.indexdef);
  return { indexes: indexes.length, rebuildSeconds: (Date.now() - started) / 1000 };
}

/** Accounts, a shipper to sign in as, `mainCount` shipments for one account and as many over the others, ~4 events each. */
export async function bulkSeed(
  db: RawSql,
  mainCount: number,
  otherAccounts: number,
  passwordHash: string,
  log: (s: string) => void,
): Promise<BenchTenants> {
  const tenants = await insertBenchTenants(db, otherAccounts, passwordHash);
  const total = mainCount * 2;
  const chunk = 200_000;
  const rebuilt = await withoutSecondaryIndexes(db, ['shipments', 'tracking_events'], async () => {
    let started = Date.now();
    for (let lo = 1; lo <= total; lo += chunk) {
      await db.exec(shipmentsChunk(lo, Math.min(lo + chunk - 1, total), mainCount, tenants));
    }
    log(`  shipments: ${total.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    started = Date.now();
    for (let i = 0; i + 1 < UUID_SLICES.length; i += 1) await db.exec(eventsChunk(UUID_SLICES[i]!, UUID_SLICES[i + 1] ?? null));
    const [events] = await db.rows<{ n: number }>('select count(*)::int as n from tracking_events');
    log(`  tracking events: ${events!.n.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  });
  const started = Date.now();
  await db.exec('vacuum analyze shipments');
  await db.exec('analyze tracking_events');
  const seconds = rebuilt.rebuildSeconds + (Date.now() - started) / 1000;
  log(`  ${rebuilt.indexes} indexes rebuilt + vacuum analyze in ${seconds.toFixed(0)} s`);
  return tenants;
}
