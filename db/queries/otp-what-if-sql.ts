import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import { createdAtBoundsOf, type LabelDayRange } from '@/lib/insights/period';
import type { Marketplace } from '@/lib/otp/marketplaces';

/** A threshold to count above: the values of its band above it, (thresholdMinor, belowMinor), are read one by one. */
export interface ThresholdProbe {
  marketplace: Marketplace;
  thresholdMinor: number;
  belowMinor: number | null;
}

/** The values (aboveMinor, upToMinor] of one marketplace whose shipments the what-if lists. */
export interface AffectedRange {
  marketplace: Marketplace;
  aboveMinor: number;
  upToMinor: number | null;
}

export interface WhatIfScope {
  accountId: string;
  period: LabelDayRange;
  marketplace: Marketplace | null;
}

export interface BandRow {
  m: string;
  c: string;
  i: boolean;
  b: number;
  n: number;
  v: number;
}

export interface ProbeRow {
  m: Marketplace;
  t: number;
  n: number;
  v: number;
}

export interface AffectedRow {
  id: string;
  trackingId: string;
  marketplace: Marketplace;
  valueMinor: number;
  currency: string;
  labelDay: string;
}

export interface WhatIfRow {
  bands: BandRow[];
  probes: ProbeRow[];
  lockouts: { wentOut: number; lockedOut: number };
  affected: AffectedRow[];
}

// bigint has no larger value: the open last band's end.
const NO_END = '9223372036854775807';

/**
 * The conditions a shipment labelled in the scope's period meets whose OTP only the account's switches and the
 * threshold decide. The created_at bounds let the (account, …) indexes narrow the rows before the exact label day.
 */
function intrinsicInPeriod({ accountId, period }: WhatIfScope): SQL {
  const bounds = createdAtBoundsOf(period);
  return sql`s.account_id = ${accountId}
    and s.created_at >= ${bounds.from.toISOString()}::timestamptz and s.created_at < ${bounds.before.toISOString()}::timestamptz
    and shipment_rollup_day(s.created_at, s.marketplace) between ${period.from}::date and ${period.to}::date
    and shipment_otp_intrinsic(s.eligibility)`;
}

function rangeCondition({ marketplace, aboveMinor, upToMinor }: AffectedRange): SQL {
  const upTo = upToMinor === null ? sql`` : sql` and s.insured_value_minor <= ${upToMinor}`;
  return sql`(s.marketplace = ${marketplace}::marketplace and s.insured_value_minor > ${aboveMinor}${upTo})`;
}

/**
 * The first affected shipments by value: one ordered scan of the (account, marketplace, value) index per
 * marketplace's range, each stopping at `limit`, then merged — never every affected shipment sorted.
 */
function affectedList(scope: WhatIfScope, ranges: readonly AffectedRange[], limit: number): SQL {
  if (ranges.length === 0 || limit === 0) return sql`'[]'::json`;
  const perRange = ranges.map(
    (range) => sql`(select s.id, s.tracking_id as "trackingId", s.marketplace, s.insured_value_minor as "valueMinor",
      s.insured_currency as currency, shipment_rollup_day(s.created_at, s.marketplace) as "labelDay"
    from shipments s
    where ${intrinsicInPeriod(scope)} and ${rangeCondition(range)}
    order by s.insured_value_minor, s.id
    limit ${limit})`,
  );
  return sql`(select coalesce(json_agg(affected_row order by affected_row."valueMinor", affected_row.id), '[]'::json) from (
    select * from (${sql.join(perRange, sql` union all `)}) merged
    order by "valueMinor", id
    limit ${limit}
  ) affected_row)`;
}

/**
 * Everything the what-if reads, in one statement: the value-band rollup of the period, the exact counts inside
 * each threshold's band, the observed lock-outs (shipment rollup) and the first affected shipments by value.
 */
export function whatIfStatement(
  scope: WhatIfScope,
  probes: readonly ThresholdProbe[],
  ranges: readonly AffectedRange[],
  affectedLimit: number,
): SQL {
  const { accountId, period, marketplace } = scope;
  const probeJson = JSON.stringify(probes.map((p) => ({ m: p.marketplace, t: p.thresholdMinor, below: p.belowMinor })));
  const inMarketplace = marketplace === null ? sql`` : sql` and marketplace = ${marketplace}`;
  const inPeriod = sql`account_id = ${accountId} and day between ${period.from}::date and ${period.to}::date${inMarketplace}`;
  return sql`
    with probe as materialized (
      select * from jsonb_to_recordset(${probeJson}::jsonb) as p(m marketplace, t bigint, below bigint)
    )
    select
      (select coalesce(json_agg(band_row), '[]'::json) from (
        select marketplace as m, currency as c, otp_intrinsic as i, band as b, sum(shipments) as n, sum(value_minor) as v
        from shipment_value_rollups
        where ${inPeriod}
        group by 1, 2, 3, 4
        having sum(shipments) <> 0 or sum(value_minor) <> 0
      ) band_row) as bands,
      (select coalesce(json_agg(json_build_object('m', p.m, 't', p.t, 'n', e.n, 'v', e.v)), '[]'::json)
        from probe p cross join lateral (
          select count(*) as n, coalesce(sum(s.insured_value_minor), 0) as v
          from shipments s
          where ${intrinsicInPeriod(scope)} and s.marketplace = p.m
            and s.insured_value_minor > p.t and s.insured_value_minor < coalesce(p.below, ${NO_END}::bigint)
        ) e
      ) as probes,
      (select json_build_object(
          'wentOut', coalesce(sum(shipments), 0),
          'lockedOut', coalesce(sum(shipments) filter (where locked_out), 0))
        from shipment_rollups
        where ${inPeriod} and otp_eligible and attempts >= 1
      ) as lockouts,
      ${affectedList(scope, ranges, affectedLimit)} as affected
  `;
}
