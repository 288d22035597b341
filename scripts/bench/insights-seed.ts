/**
 * Bulk data for the insights benchmark, written by the database itself (INSERT … SELECT over
 * generate_series): `mainCount` shipments for one account and as many over the others, labelled over the
 * last 120 days in every marketplace, each with its stored eligibility (insights-eligibility.ts), its
 * delivery history as tracking events and the delivery counters those events give (insights-histories.ts),
 * and the passcodes of India's OTP deliveries, a few of them resent. The shipment rollups are kept by the
 * insert trigger, as for any write.
 */
import { MARKETPLACE_CODES, MARKETPLACES } from '../../lib/otp/marketplaces';
import {
  COMBINATIONS,
  combinationIndexSql,
  FOREIGN_CURRENCY,
  landlineOf,
  MARKETPLACE_PERCENT,
  MOBILE_PREFIX,
  OUTCOMES,
} from './insights-eligibility';
import { HISTORIES, HISTORY_DONE_MINUTES, historyPrefixes, OTP_DOOR_MINUTES, RIDE_MINUTES } from './insights-histories';
import {
  type BenchTenants,
  FIRST_NAMES,
  insertBenchTenants,
  LAST_NAMES,
  type RawSql,
  textArray,
  withoutSecondaryIndexes,
} from './tracker-seed';

export const LABEL_DAYS = 120;
/** The accounts whose SMS notifications were off for two weeks, 75 to 60 days ago: every fifth, the big one too. */
const SMS_OFF = { everyNthAccount: 5, fromDaysAgo: 75, toDaysAgo: 60 } as const;
/** Of India's passcodes, one in RESEND_ONE_IN was sent again (1 to 3 times). */
const RESEND_ONE_IN = 20;
const CHUNK = 200_000;

const sqlText = (value: string | null) => (value === null ? 'null' : `'${value.replaceAll("'", "''")}'`);
const boolArray = (values: readonly boolean[]) => `array[${values.join(',')}]`;
const intArray = (values: readonly number[]) => `array[${values.join(',')}]`;
const byMarketplace = <T>(valueOf: (m: (typeof MARKETPLACE_CODES)[number]) => T) => MARKETPLACE_CODES.map(valueOf);

/** A deterministic pseudo-random integer in [0, n) for shipment number `g`, one stream per `stream`. */
const pick = (stream: number, n: number) => `(((hashint8extended(g, ${stream}) % ${n}) + ${n}) % ${n})`;

/** 1-based number of the share that `bucket` (in [0, total)) falls in, shares in order. */
function shareCase(bucket: string, shares: readonly number[]): string {
  let upTo = 0;
  const arms = shares.map((share, i) => {
    upTo += share;
    return share > 0 ? `when ${bucket} < ${upTo} then ${i + 1}` : '';
  });
  return `case ${arms.join(' ')} end`;
}

/** The history steps as rows (history (1-based), event, status, detail, minutes, plus ride). */
function stepsValues(): string {
  const rows = HISTORIES.flatMap((h, i) =>
    h.steps.map((s) => `(${i + 1}, '${s.eventCode}', '${s.status}', ${sqlText(s.detailCode)}, ${s.minutes}, ${s.plusRide ? 1 : 0})`),
  );
  return `steps(h, event_code, status, detail_code, minutes, plus_ride) as (values ${rows.join(',\n')})`;
}

function prefixesValues(): string {
  const rows = historyPrefixes().map(
    (p) =>
      `(${p.history}, ${p.steps}, '${p.state}', '${p.status}', ${sqlText(p.detailCode)}, ${p.deliveryAttempts}, ${p.lockouts}, ` +
      `${p.last.minutes}, ${p.last.plusRide ? 1 : 0}, ${p.out?.minutes ?? 'null'}, ${p.out?.plusRide ? 1 : 0})`,
  );
  return `prefixes(h, k, state, status, detail_code, attempts, lockouts, last_minutes, last_plus, out_minutes, out_plus) as (values ${rows.join(',\n')})`;
}

/**
 * Shipments number `lo` to `hi`, as rows of what decides them: account (0 the big one), marketplace m,
 * outcome combination c, age in minutes, ride minutes, whether OTP applies and the history h. Shipment 1
 * is the newest; each half of the numbers spans the 120 label days.
 */
function plannedShipments(lo: number, hi: number, mainCount: number, otherAccounts: number, anchor: Date): string {
  const spanMinutes = LABEL_DAYS * 24 * 60;
  const smsOff = `acct % ${SMS_OFF.everyNthAccount} = 0 and age_min between ${SMS_OFF.toDaysAgo * 1440} and ${SMS_OFF.fromDaysAgo * 1440}`;
  const eligible = boolArray(COMBINATIONS.map((c) => c.eligible));
  const marketplace = shareCase(
    'market_bucket',
    byMarketplace((m) => MARKETPLACE_PERCENT[m]),
  );
  const outcome = shareCase(
    'outcome_bucket',
    OUTCOMES.map((o) => o.percent),
  );
  const otpHistory = shareCase(
    'fate',
    HISTORIES.map((h) => h.otpPermille),
  );
  const otherHistory = shareCase(
    'fate',
    HISTORIES.map((h) => h.otherPermille),
  );
  // Each step is its own subquery (offset 0 keeps the planner from inlining it), so every value is computed once.
  return `
  generate_series(${lo}, ${hi}) g
  cross join lateral (select
      case when g <= ${mainCount} then 0 else 1 + g % ${otherAccounts} end as acct,
      ${pick(1, 100)} as market_bucket,
      ${pick(2, 100)} as outcome_bucket,
      ((g - 1) % ${mainCount}) * ${spanMinutes / mainCount}::float8 + g % 13 as age_min,
      ${RIDE_MINUTES.min} + ${pick(3, RIDE_MINUTES.span)} as base_ride,
      ${pick(4, 1000)} as fate offset 0) a
  cross join lateral (select ${marketplace} as m, ${outcome} as o offset 0) a2
  cross join lateral (select ${combinationIndexSql('m', 'o', smsOff)} as c offset 0) b
  cross join lateral (select (${eligible})[c] as eligible,
      timestamptz '${anchor.toISOString()}' - age_min * interval '1 minute' as created offset 0) e
  cross join lateral (select case when eligible then ${otpHistory} else ${otherHistory} end as h,
      base_ride + case when eligible then ${OTP_DOOR_MINUTES} else 0 end as ride offset 0) f`;
}

function shipmentsChunk(lo: number, hi: number, mainCount: number, tenants: BenchTenants, anchor: Date): string {
  const others = `array[${tenants.otherAccountIds.map((id) => `'${id}'`).join(',')}]::uuid[]`;
  const countries = textArray(byMarketplace((m) => MARKETPLACES[m].countryCode));
  const thresholds = intArray(byMarketplace((m) => MARKETPLACES[m].defaultThresholdMinor));
  const zones = textArray(byMarketplace((m) => MARKETPLACES[m].timeZone));
  const done = historyPrefixes().filter((p) => p.steps === HISTORIES[p.history - 1]!.steps.length);
  const fullLength = intArray(done.map((p) => p.steps));
  const column = <T>(valueOf: (c: (typeof COMBINATIONS)[number]) => T) => COMBINATIONS.map(valueOf);
  const name = `(${textArray(FIRST_NAMES)})[1 + ${pick(5, FIRST_NAMES.length)}] || ' ' || (${textArray(LAST_NAMES)})[1 + ${pick(6, LAST_NAMES.length)}]`;
  const mobile = `(${textArray(byMarketplace((m) => MOBILE_PREFIX[m]))})[m] || lpad(${pick(7, 1_000_000)}::text, 6, '0')`;
  const T = `(${thresholds})[m]`;
  const out = `case when x.out_minutes is not null then created + (x.out_minutes + x.out_plus * ride) * interval '1 minute' end`;
  const last = `created + (x.last_minutes + x.last_plus * ride) * interval '1 minute'`;
  return `
insert into shipments (id, account_id, tracking_id, package_client_reference_id, channel_type, prepaid, marketplace, ship_to_country,
  recipient_name, recipient_phone, recipient_phone_e164, ship_to, insured_value_minor, insured_currency, otp_eligible, eligibility,
  status, detail_code, tracker_state, last_event_at, delivery_date, delivery_attempts, lockouts, out_for_delivery_at, created_at, updated_at)
with ${stepsValues()},
${prefixesValues()}
select
  md5('bench-insights-' || g)::uuid,
  case when acct = 0 then '${tenants.mainAccountId}'::uuid else (${others})[acct] end,
  'SC' || lpad(((g::bigint * 7919) % 1000000000000)::text, 12, '0'),
  'REF-' || lpad(g::text, 9, '0'),
  (${textArray(column((c) => c.outcome.channelType))})[c]::channel_type,
  (${boolArray(column((c) => c.outcome.prepaid))})[c],
  (${textArray(MARKETPLACE_CODES)})[m]::marketplace,
  (${countries})[m],
  r.name, r.phone, case when (${textArray(column((c) => c.outcome.phone))})[c] = 'mobile' then r.phone end,
  jsonb_build_object('name', r.name, 'city', 'Springfield', 'postalCode', 'AB1 2CD', 'countryCode', (${countries})[m]),
  case when (${boolArray(column((c) => c.outcome.belowThreshold))})[c] then 1 + ${pick(8, 1_000_000_000)} % ${T}
       else ${T} + 1 + ${pick(8, 1_000_000_000)} % (4 * ${T}) end,
  case when (${boolArray(column((c) => c.outcome.foreignCurrency))})[c] then '${FOREIGN_CURRENCY}'
       else (${textArray(byMarketplace((m) => MARKETPLACES[m].currency))})[m] end,
  eligible,
  (array[${COMBINATIONS.map((c) => `${sqlText(c.json)}::jsonb`).join(',')}])[c],
  x.status::carrier_status, x.detail_code, x.state::tracker_state,
  ${last},
  ((${out}) at time zone (${zones})[m])::date,
  x.attempts, x.lockouts,
  ${out},
  created, ${last}
from ${plannedShipments(lo, hi, mainCount, tenants.otherAccountIds.length, anchor)}
  cross join lateral (select case when age_min >= ${HISTORY_DONE_MINUTES} then (${fullLength})[h] else (
    select count(*)::int from steps s where s.h = f.h and s.minutes + s.plus_ride * ride <= age_min) end as k offset 0) p
  join prefixes x on x.h = f.h and x.k = p.k
  cross join lateral (select ${name} as name, case (${textArray(column((c) => c.outcome.phone))})[c]
      when 'mobile' then ${mobile} when 'landline' then (${textArray(byMarketplace(landlineOf))})[m] end as phone offset 0) r`;
}

function eventsChunk(lo: number, hi: number, mainCount: number, otherAccounts: number, anchor: Date): string {
  const countries = textArray(byMarketplace((m) => MARKETPLACES[m].countryCode));
  return `
insert into tracking_events (shipment_id, event_code, status, detail_code, event_time, location)
with ${stepsValues()}
select md5('bench-insights-' || g)::uuid, s.event_code::event_code, s.status::carrier_status, s.detail_code,
  created + (s.minutes + s.plus_ride * ride) * interval '1 minute',
  jsonb_build_object('city', 'Springfield', 'countryCode', (${countries})[m])
from ${plannedShipments(lo, hi, mainCount, otherAccounts, anchor)}
  join steps s on s.h = f.h and s.minutes + s.plus_ride * ride <= age_min`;
}

/**
 * India's passcodes, one per account × recipient × delivery day that had an OTP package out; one in
 * RESEND_ONE_IN was resent. The code columns hold placeholders: the insights read only the resend count.
 */
const passcodesSql = `
insert into passcodes (account_id, recipient_phone_e164, delivery_date, marketplace, code_hmac, code_ciphertext, resend_count, expires_at, created_at)
select account_id, recipient_phone_e164, delivery_date, 'IN', 'bench placeholder, never read', 'bench placeholder, never read',
  case when hashtext(recipient_phone_e164 || delivery_date) % ${RESEND_ONE_IN} = 0 then 1 + abs(hashtext(recipient_phone_e164) % 3) else 0 end,
  delivery_date + 1, min(out_for_delivery_at)
from shipments
where marketplace = 'IN' and otp_eligible and out_for_delivery_at is not null
group by account_id, recipient_phone_e164, delivery_date`;

function seconds(since: number): number {
  return (Date.now() - since) / 1000;
}

/**
 * The bench accounts and a shipper of the big one, then the shipments, their events and India's passcodes,
 * labelled up to `anchor` (the run's start). Indexes are dropped for the load and rebuilt after it.
 */
export async function seedInsights(
  db: RawSql,
  mainCount: number,
  otherAccounts: number,
  passwordHash: string,
  anchor: Date,
  log: (s: string) => void,
): Promise<BenchTenants> {
  const tenants = await insertBenchTenants(db, otherAccounts, passwordHash);
  const total = mainCount * 2;
  const rebuilt = await withoutSecondaryIndexes(db, ['shipments', 'tracking_events', 'passcodes'], async () => {
    let started = Date.now();
    for (let lo = 1; lo <= total; lo += CHUNK)
      await db.exec(shipmentsChunk(lo, Math.min(lo + CHUNK - 1, total), mainCount, tenants, anchor));
    log(`  shipments: ${total.toLocaleString('en')} rows in ${seconds(started).toFixed(0)} s (rollups kept by the insert trigger)`);
    started = Date.now();
    for (let lo = 1; lo <= total; lo += CHUNK) {
      await db.exec(eventsChunk(lo, Math.min(lo + CHUNK - 1, total), mainCount, otherAccounts, anchor));
    }
    const [events] = await db.rows<{ n: number }>('select count(*)::int as n from tracking_events');
    log(`  tracking events: ${events!.n.toLocaleString('en')} rows in ${seconds(started).toFixed(0)} s`);
    started = Date.now();
    await db.exec(passcodesSql);
    const [codes] = await db.rows<{ n: number; resent: number }>(
      'select count(*)::int as n, (count(*) filter (where resend_count > 0))::int as resent from passcodes',
    );
    log(
      `  passcodes (IN): ${codes!.n.toLocaleString('en')}, ${codes!.resent.toLocaleString('en')} resent, in ${seconds(started).toFixed(0)} s`,
    );
  });
  const started = Date.now();
  for (const table of ['shipments', 'passcodes']) await db.exec(`vacuum analyze ${table}`);
  await db.exec('analyze tracking_events');
  log(`  ${rebuilt.indexes} indexes rebuilt + vacuum analyze in ${(rebuilt.rebuildSeconds + seconds(started)).toFixed(0)} s`);
  return tenants;
}
