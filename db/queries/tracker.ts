import 'server-only';
import { and, asc, eq, gte, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import { type AnyPgColumn, PgDialect } from 'drizzle-orm/pg-core';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import type { EligibilityReason, StoredEligibility } from '@/lib/otp';
import { localDayRanges, type InstantRange } from '@/lib/tracker/last-event-days';
import { maskPhone } from '@/lib/tracker/mask-phone';
import { namePrefixQuery } from '@/lib/tracker/name-search';
import { idsNotFound } from '@/lib/tracker/pasted-ids';
import type { Cursor, SortKey, TrackerQuery } from '@/lib/tracker/query';
import { TRACKER_STATES, type CarrierStatus, type EventCode, type TrackerState } from '@/lib/tracker/states';
import type { TrackerRowInput } from '@/lib/tracker/row-view';
import type { DbOrTx } from '../client';
import { namePrefixTsQuery } from '../recipient-name-prefixes';
import { shipments, shipperAccounts, trackingEvents, type ShipmentItem } from '../schema';
import { assertRole, resolveAccountAccess } from './access';
import { alongDescIndex } from './desc-index-order';
import { passcodeChecksOf, type PasscodeCheckView } from './passcode-checks';
import { cohortShipmentFilters } from './tracker-cohort-filters';
import { oncePerRequest } from './request-memo';
import { countableFromRollups, type StateTotals, sumStatesFromRollups } from './tracker-rollup-counts';

/**
 * Counts stop here: counting a million rows on every page view is not cheap, "10,000+" is. Views the
 * shipment rollups hold (tracker-rollup-counts.ts) are summed from them instead, exactly.
 */
export const COUNT_CAP = 10_000;

export type TrackerRow = Omit<TrackerRowInput, 'otpReasons'> & { otpReasons: EligibilityReason[] };

export interface CappedCount {
  count: number;
  capped: boolean;
}

export type StatusCounts = Record<TrackerState, CappedCount>;

export interface TrackerPage {
  accountId: string;
  rows: TrackerRow[];
  next: Cursor | null;
  prev: Cursor | null;
  total: CappedCount;
}

interface SortSpec {
  column: AnyPgColumn;
  /** Whether the index that serves this sort stores the column descending (its id stays ascending). */
  indexDescending: boolean;
}

// Each sort walks one index of db/schema.ts: (account_id, column, id) in the index's own directions.
const SORTS: Record<SortKey, SortSpec> = {
  lastEvent: { column: shipments.lastEventAt, indexDescending: true },
  created: { column: shipments.createdAt, indexDescending: true },
  value: { column: shipments.insuredValueMinor, indexDescending: false },
  trackingId: { column: shipments.trackingId, indexDescending: false },
  clientRef: { column: shipments.packageClientReferenceId, indexDescending: false },
  recipient: { column: shipments.recipientName, indexDescending: false },
};

interface Order {
  column: AnyPgColumn;
  descending: boolean;
  idDescending: boolean;
}

function orderOf(query: TrackerQuery, reversed: boolean): Order {
  const spec = SORTS[query.sort];
  const descending = (query.dir === 'desc') !== reversed;
  // The id runs the way the index returns it, so ties never need a sort of their own.
  return { column: spec.column, descending, idDescending: descending !== spec.indexDescending };
}

/** Rows strictly after the cursor in this order: `col ⋚= v AND (col ⋚ v OR id ⋚ i)` keeps `col` an index bound. */
function afterCursor(order: Order, cursor: Cursor): SQL {
  const col = order.column;
  const idCmp = order.idDescending ? sql`${shipments.id} < ${cursor.id}` : sql`${shipments.id} > ${cursor.id}`;
  return order.descending
    ? sql`(${col} <= ${cursor.value} and (${col} < ${cursor.value} or ${idCmp}))`
    : sql`(${col} >= ${cursor.value} and (${col} > ${cursor.value} or ${idCmp}))`;
}

function orderBy(order: Order, indexDescending: boolean): SQL[] {
  const dir = (d: boolean) => (d ? sql`desc` : sql`asc`);
  const first = indexDescending ? alongDescIndex(order.column, order.descending) : sql`${order.column} ${dir(order.descending)}`;
  return [first, sql`${shipments.id} ${dir(order.idDescending)}`];
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Rows within the range: its bounds as conditions, none when it is open. */
function within({ start, end }: InstantRange): SQL[] {
  return [...(start ? [gte(shipments.lastEventAt, start)] : []), ...(end ? [lt(shipments.lastEventAt, end)] : [])];
}

/**
 * Last events on the given days as the list shows them, in each shipment's own time zone: one exact
 * range per marketplace, inside the widest of them, which keeps the (account, last event) index in play.
 */
function lastEventDays(from: string | null, to: string | null): SQL[] {
  if (!from && !to) return [];
  const ranges = [...localDayRanges(from, to)];
  const starts = ranges.map(([, r]) => r.start?.getTime() ?? -Infinity);
  const ends = ranges.map(([, r]) => r.end?.getTime() ?? Infinity);
  const widest: InstantRange = {
    start: Number.isFinite(Math.min(...starts)) ? new Date(Math.min(...starts)) : null,
    end: Number.isFinite(Math.max(...ends)) ? new Date(Math.max(...ends)) : null,
  };
  const exact = ranges.map(([marketplace, range]) =>
    and(marketplace === null ? isNull(shipments.marketplace) : eq(shipments.marketplace, marketplace), ...within(range))!,
  );
  return [...within(widest), or(...exact)!];
}

/** Tracking ids or client references starting with the text, or a recipient name with a word starting with each of its words. */
function textSearch(text: string): SQL {
  const prefix = escapeLike(text);
  const upper = prefix.toUpperCase();
  // Client references keep their case; also trying the upper-case spelling finds "BRIGHT-…" from "bright".
  const refs = [...new Set([prefix, upper])].map((p) => sql`${shipments.packageClientReferenceId} like ${`${p}%`}`);
  const words = namePrefixQuery(text);
  return or(
    sql`${shipments.trackingId} like ${`${upper}%`}`,
    ...refs,
    ...(words ? [sql`${shipments.recipientNamePrefixes} @@ ${namePrefixTsQuery(words)}`] : []),
  )!;
}

/** Shipments a pasted id names: its tracking id in any case, or its client reference exactly (lib/tracker/pasted-ids.ts). */
function pastedIds(ids: readonly string[]): SQL {
  return or(
    inArray(
      shipments.trackingId,
      ids.map((id) => id.toUpperCase()),
    ),
    inArray(shipments.packageClientReferenceId, [...ids]),
  )!;
}

/** Every filter of the view except the status chips, for one account. */
function baseFilters(accountId: string, query: TrackerQuery): SQL[] {
  const where: SQL[] = [eq(shipments.accountId, accountId)];
  if (query.upload) where.push(eq(shipments.uploadId, query.upload));
  if (query.otp !== 'any') where.push(eq(shipments.otpEligible, query.otp === 'yes'));
  if (query.marketplace) where.push(eq(shipments.marketplace, query.marketplace));
  where.push(...lastEventDays(query.from, query.to));
  where.push(...cohortShipmentFilters(query));
  if (query.q) where.push(textSearch(query.q));
  if (query.ids.length > 0) where.push(pastedIds(query.ids));
  return where;
}

function statusFilter(query: TrackerQuery): SQL[] {
  if (query.statuses.length === 0) return [];
  return [query.statuses.length === 1 ? eq(shipments.trackerState, query.statuses[0]!) : inArray(shipments.trackerState, query.statuses)];
}

const rowColumns = {
  id: shipments.id,
  trackingId: shipments.trackingId,
  clientRef: shipments.packageClientReferenceId,
  recipientName: shipments.recipientName,
  recipientPhone: sql<string | null>`coalesce(${shipments.recipientPhoneE164}, ${shipments.recipientPhone})`,
  marketplace: shipments.marketplace,
  insuredValueMinor: shipments.insuredValueMinor,
  insuredCurrency: shipments.insuredCurrency,
  otpEligible: shipments.otpEligible,
  otpReasons: sql<EligibilityReason[] | null>`${shipments.eligibility} -> 'reasons'`,
  trackerState: shipments.trackerState,
  lastEventAt: shipments.lastEventAt,
  createdAt: shipments.createdAt,
};

type SelectedRow = Omit<TrackerRow, 'recipientPhoneMasked' | 'otpReasons' | 'marketplace' | 'trackerState'> & {
  marketplace: string | null;
  trackerState: TrackerState;
  recipientPhone: string | null;
  otpReasons: EligibilityReason[] | null;
  sortKey: string;
};

function toRow(r: SelectedRow): TrackerRow {
  const { recipientPhone, sortKey: _sortKey, otpReasons, ...rest } = r;
  return {
    ...rest,
    otpReasons: Array.isArray(otpReasons) ? otpReasons : [],
    recipientPhoneMasked: maskPhone(recipientPhone, rest.marketplace),
  };
}

/**
 * The account the tracker shows: a shipper's own; for a manager the named account if it is theirs,
 * else (none named) the first account they manage by name.
 */
export async function resolveTrackerAccount(db: DbOrTx, actor: Actor, accountId: string | null): Promise<string> {
  if (actor.role === 'account_manager' && !accountId) {
    const [first] = await db
      .select({ id: shipperAccounts.id })
      .from(shipperAccounts)
      .where(eq(shipperAccounts.managerUserId, actor.userId))
      .orderBy(asc(shipperAccounts.name))
      .limit(1);
    if (!first) throw new NotFoundError('No shipper accounts are assigned to you.');
    return first.id;
  }
  return resolveAccountAccess(db, actor, accountId);
}

async function cappedCount(db: DbOrTx, where: SQL | undefined): Promise<CappedCount> {
  const inner = db
    .select({ one: sql`1` })
    .from(shipments)
    .where(where)
    .limit(COUNT_CAP + 1);
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(inner.as('capped'));
  const n = row?.n ?? 0;
  return { count: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP };
}

/** Shipments in the view's states (every state when it names none), of exact per-state totals. */
function totalOfStates(totals: StateTotals, query: TrackerQuery): number {
  const states: readonly TrackerState[] = query.statuses.length > 0 ? query.statuses : TRACKER_STATES;
  return states.reduce<number>((sum, state) => sum + totals[state], 0);
}

/** The view's total: summed from the rollups when they hold its filters, else counted up to the cap. */
async function viewTotal(db: DbOrTx, accountId: string, query: TrackerQuery, filters: SQL[]): Promise<CappedCount> {
  if (!countableFromRollups(query)) return cappedCount(db, and(...filters));
  return { count: totalOfStates(await sumStatesFromRollups(db, accountId, query), query), capped: false };
}

interface SearchStates {
  /** Exact when not capped. */
  perState: StateTotals;
  /** More than COUNT_CAP shipments match. */
  capped: boolean;
}

const dialect = new PgDialect();

/** The per-request key of a search's per-state matches: its filters' exact SQL and parameters. */
function searchStatesKey(base: SQL[]): string {
  const where = dialect.sqlToQuery(and(...base)!);
  return `search-states:${where.sql}:${JSON.stringify(where.params)}`;
}

function statesOf(counts: { state: TrackerState; n: number }[]): SearchStates {
  const perState = Object.fromEntries(TRACKER_STATES.map((s) => [s, 0])) as StateTotals;
  for (const r of counts) perState[r.state] = r.n;
  return { perState, capped: counts.reduce((sum, r) => sum + r.n, 0) > COUNT_CAP };
}

const SEARCH_WORK_MEM = '32MB';

/**
 * A text search's matches per state up to the cap, in one pass, once per request (its total and its status
 * chips both ask). PostgreSQL's estimate of a prefix tsquery is coarse (2% of the rows in bench:tracker's data
 * for a prefix matching 5% and for one matching nothing); trusting it, the planner walks the sort index until
 * a page is full, which for a search matching few rows or none is a walk over the whole account (a second at
 * a million shipments). These counts, read through the search's own indexes, say how many there really are.
 */
function searchStates(db: DbOrTx, base: SQL[], query: TrackerQuery): Promise<SearchStates> {
  return oncePerRequest(db, searchStatesKey(base), async () => {
    const pass = await inSearchSettings(db, { indexWalks: false }, (tx) =>
      searchPass(tx, base, [], orderOf(query, false), SORTS[query.sort], 0),
    );
    return pass.states;
  });
}

/**
 * A text search's total: from its matches per state under the cap; past it, "10,000+" for every state, or
 * counted (up to the cap) for the states the view names.
 */
async function searchTotal(db: DbOrTx, query: TrackerQuery, states: SearchStates, filters: SQL[]): Promise<CappedCount> {
  if (!states.capped) return { count: totalOfStates(states.perState, query), capped: false };
  if (query.statuses.length === 0) return { count: COUNT_CAP, capped: true };
  return inSearchSettings(db, { indexWalks: true }, (tx) => cappedCount(tx, and(...filters)));
}

/**
 * Runs a text search's statement with room for its bitmaps: a prefix word's matches (every name with a word
 * starting "na") outgrow the default 4 MB of work_mem at a million shipments, the bitmap turns lossy and whole
 * pages are rechecked (bench:tracker's "priya na": 32,164 rows read for its 4,000 matches, half its time).
 * With `indexWalks: false`, also without index walks (the few rows it matches come through their bitmap scans
 * and are sorted) and without JIT, which the planner's estimate would switch on for a few thousand rows (+20 ms).
 */
function inSearchSettings<T>(db: DbOrTx, options: { indexWalks: boolean }, run: (tx: DbOrTx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      options.indexWalks
        ? sql`select set_config('work_mem', ${SEARCH_WORK_MEM}, true)`
        : sql`select set_config('work_mem', ${SEARCH_WORK_MEM}, true), set_config('enable_indexscan', 'off', true), set_config('jit', 'off', true)`,
    );
    return run(tx);
  });
}

interface SearchPass {
  states: SearchStates;
  /** The page's ids in page order; only meaningful when the matches are not capped. */
  pageIds: string[];
}

/**
 * A text search's matches per state and, among them, its page's ids, in one statement: the search's index is
 * read once per view instead of once for the counts and again for the page (its partial match of a short
 * prefix is most of its cost at a million shipments). The matches carry their state and the sort column; the
 * page's filters, cursor and order are written on `shipments` columns and read them from the matches, which
 * go by that name in the page's subquery.
 */
async function searchPass(tx: DbOrTx, base: SQL[], pageWhere: SQL[], order: Order, sort: SortSpec, limit: number): Promise<SearchPass> {
  const result = await tx.execute(sql`
    with matched as materialized (
      select ${shipments.id}, ${shipments.trackerState}, ${order.column} from ${shipments} where ${and(...base)} limit ${COUNT_CAP + 1}
    )
    select
      (select coalesce(json_agg(json_build_array(c.state, c.n)), '[]'::json)
         from (select tracker_state as state, count(*)::int as n from matched group by tracker_state) c) as counts,
      (select coalesce(json_agg(p.id), '[]'::json)
         from (select ${shipments.id} from matched as ${shipments} where ${and(sql`true`, ...pageWhere)}
               order by ${sql.join(orderBy(order, sort.indexDescending), sql`, `)} limit ${limit}) p) as ids`);
  const [row] = (result as unknown as { rows: { counts: [TrackerState, number][]; ids: string[] }[] }).rows;
  return { states: statesOf(row!.counts.map(([state, n]) => ({ state, n }))), pageIds: row!.ids };
}

/** One page of the tracker by keyset on (sort column, id): page 10,000 costs what page 1 does. */
export async function listTrackerShipments(db: DbOrTx, actor: Actor, query: TrackerQuery): Promise<TrackerPage> {
  const accountId = await resolveTrackerAccount(db, actor, query.account);
  const base = baseFilters(accountId, query);
  const filters = [...base, ...statusFilter(query)];
  const backwards = query.before !== null;
  const cursor = query.after ?? query.before;
  const order = orderOf(query, backwards);
  const where = and(...filters, ...(cursor ? [afterCursor(order, cursor)] : []));
  const pageQuery = (on: DbOrTx) =>
    on
      .select({ ...rowColumns, sortKey: sql<string>`${order.column}::text` })
      .from(shipments)
      .where(where)
      .orderBy(...orderBy(order, SORTS[query.sort].indexDescending))
      .limit(query.size + 1);
  const [selected, total] =
    query.q === ''
      ? await Promise.all([pageQuery(db), viewTotal(db, accountId, query, filters)])
      : await searchPage(db, {
          accountId,
          query,
          base,
          filters,
          order,
          pageQuery,
          cursorWhere: cursor ? [afterCursor(order, cursor)] : [],
        });
  const more = selected.length > query.size;
  const page = (more ? selected.slice(0, query.size) : selected) as SelectedRow[];
  if (backwards) page.reverse();
  const keyOf = (r: SelectedRow | undefined): Cursor | null => (r ? { sort: query.sort, value: r.sortKey, id: r.id } : null);
  const hasNext = backwards ? true : more;
  const hasPrev = backwards ? more : cursor !== null;
  return {
    accountId,
    rows: page.map(toRow),
    next: hasNext ? keyOf(page[page.length - 1]) : null,
    prev: hasPrev ? keyOf(page[0]) : null,
    total,
  };
}

/**
 * A text search's page and total. Under the cap, one pass gives both (and the chips' counts, kept for the
 * request); past it the pass's page is of an arbitrary 10,001 matches, so the page walks the sort index.
 */
async function searchPage(
  db: DbOrTx,
  view: {
    accountId: string;
    query: TrackerQuery;
    base: SQL[];
    filters: SQL[];
    order: Order;
    pageQuery: (on: DbOrTx) => Promise<unknown[]>;
    cursorWhere: SQL[];
  },
): Promise<[SelectedRow[], CappedCount]> {
  const { accountId, query, base, filters, order } = view;
  const pageWhere = [...statusFilter(query), ...view.cursorWhere];
  const sort = SORTS[query.sort];
  const passed = await inSearchSettings(db, { indexWalks: false }, (tx) => searchPass(tx, base, pageWhere, order, sort, query.size + 1));
  const states = await oncePerRequest(db, searchStatesKey(base), async () => passed.states);
  const total = await searchTotal(db, query, states, filters);
  if (states.capped) return [(await inSearchSettings(db, { indexWalks: true }, view.pageQuery)) as SelectedRow[], total];
  if (passed.pageIds.length === 0) return [[], total];
  const rows = await db
    .select({ ...rowColumns, sortKey: sql<string>`${order.column}::text` })
    .from(shipments)
    .where(and(eq(shipments.accountId, accountId), inArray(shipments.id, passed.pageIds)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return [passed.pageIds.flatMap((id) => byId.get(id) ?? []) as SelectedRow[], total];
}

/**
 * Shipments per tracker state under the view's other filters, for the status chips (capped like the total).
 * Null for a text search matching more than COUNT_CAP shipments: its matches come from the name index across
 * every state, so counting them per state would walk them all on every view (seconds at a million shipments).
 */
export async function countTrackerStatuses(db: DbOrTx, actor: Actor, query: TrackerQuery): Promise<StatusCounts | null> {
  const accountId = await resolveTrackerAccount(db, actor, query.account);
  if (countableFromRollups(query)) {
    const totals = await sumStatesFromRollups(db, accountId, query);
    return Object.fromEntries(TRACKER_STATES.map((s) => [s, { count: totals[s], capped: false }])) as StatusCounts;
  }
  const filters = baseFilters(accountId, query);
  if (query.q !== '') {
    const searched = await searchStates(db, filters, query);
    if (searched.capped) return null;
    return Object.fromEntries(TRACKER_STATES.map((s) => [s, { count: searched.perState[s], capped: false }])) as StatusCounts;
  }
  const counts = Object.fromEntries(TRACKER_STATES.map((s) => [s, { count: 0, capped: false }])) as StatusCounts;
  const states = sql.join(
    TRACKER_STATES.map((s) => sql`${s}`),
    sql`, `,
  );
  const result = await db.execute<{ state: TrackerState; n: number }>(sql`
    select s.state, (
      select count(*)::int from (
        select 1 from ${shipments} where ${and(...filters, sql`${shipments.trackerState} = s.state`)} limit ${COUNT_CAP + 1}
      ) capped
    ) as n
    from unnest(array[${states}]::tracker_state[]) as s(state)`);
  const { rows } = result as unknown as { rows: { state: TrackerState; n: number }[] };
  for (const r of rows) counts[r.state] = { count: Math.min(Number(r.n), COUNT_CAP), capped: Number(r.n) > COUNT_CAP };
  return counts;
}

/**
 * The view's pasted ids that name no shipment of its account, in pasted order. The view's other filters do
 * not count: an id is reported because it is wrong, not because it is filtered out. Another account's id
 * is not found either.
 */
export async function listPastedIdsNotFound(db: DbOrTx, actor: Actor, query: TrackerQuery): Promise<string[]> {
  if (query.ids.length === 0) return [];
  const accountId = await resolveTrackerAccount(db, actor, query.account);
  const found = await db
    .select({ trackingId: shipments.trackingId, clientRef: shipments.packageClientReferenceId })
    .from(shipments)
    .where(and(eq(shipments.accountId, accountId), pastedIds(query.ids)));
  return idsNotFound(query.ids, found);
}

/** Every row of the view (cursor ignored), a keyset batch at a time, for a streamed export. */
export async function* streamTrackerExport(db: DbOrTx, actor: Actor, query: TrackerQuery, batchSize = 1000): AsyncGenerator<TrackerRow[]> {
  const accountId = await resolveTrackerAccount(db, actor, query.account);
  const filters = [...baseFilters(accountId, query), ...statusFilter(query)];
  const order = orderOf(query, false);
  let cursor: Cursor | null = null;
  for (;;) {
    const batch = (await db
      .select({ ...rowColumns, sortKey: sql<string>`${order.column}::text` })
      .from(shipments)
      .where(and(...filters, ...(cursor ? [afterCursor(order, cursor)] : [])))
      .orderBy(...orderBy(order, SORTS[query.sort].indexDescending))
      .limit(batchSize)) as SelectedRow[];
    if (batch.length === 0) return;
    yield batch.map(toRow);
    if (batch.length < batchSize) return;
    const last = batch[batch.length - 1]!;
    cursor = { sort: query.sort, value: last.sortKey, id: last.id };
  }
}

export interface ShipmentDetail {
  trackingId: string;
  clientRef: string;
  accountName: string;
  marketplace: string | null;
  shipToCountry: string;
  recipientName: string;
  recipientPhoneMasked: string;
  destination: { city?: string; postalCode?: string; countryCode?: string } | null;
  insuredValueMinor: number;
  insuredCurrency: string;
  channelType: string;
  prepaid: boolean;
  weight: { value: number; unit: string } | null;
  dimensions: { length: number; width: number; height: number; unit: string } | null;
  otpEligible: boolean;
  eligibility: StoredEligibility;
  status: CarrierStatus;
  detailCode: string | null;
  trackerState: TrackerState;
  lastEventAt: Date;
  createdAt: Date;
  events: {
    id: number;
    eventCode: EventCode;
    status: CarrierStatus;
    detailCode: string | null;
    eventTime: Date;
    location: { city?: string; stateOrRegion?: string; postalCode?: string; countryCode?: string } | null;
  }[];
  items: ShipmentItem[];
  /** Proof of delivery: every passcode entry and resend on the package, oldest first; never the code. */
  passcodeChecks: PasscodeCheckView[];
}

/**
 * One shipment with its timeline, items, the eligibility stored at label time and its passcode checks. A tracking id
 * that is unknown or belongs to an account the actor may not see is the same NotFoundError.
 */
export async function getShipmentDetail(db: DbOrTx, actor: Actor, trackingId: string): Promise<ShipmentDetail> {
  assertRole(actor, ['shipper', 'account_manager']);
  const mine =
    actor.role === 'shipper'
      ? eq(shipments.accountId, await resolveAccountAccess(db, actor))
      : eq(shipperAccounts.managerUserId, actor.userId);
  const [s] = await db
    .select({
      id: shipments.id,
      trackingId: shipments.trackingId,
      clientRef: shipments.packageClientReferenceId,
      accountName: shipperAccounts.name,
      marketplace: shipments.marketplace,
      shipToCountry: shipments.shipToCountry,
      recipientName: shipments.recipientName,
      recipientPhone: sql<string | null>`coalesce(${shipments.recipientPhoneE164}, ${shipments.recipientPhone})`,
      shipTo: shipments.shipTo,
      insuredValueMinor: shipments.insuredValueMinor,
      insuredCurrency: shipments.insuredCurrency,
      channelType: shipments.channelType,
      prepaid: shipments.prepaid,
      weight: shipments.weight,
      dimensions: shipments.dimensions,
      items: shipments.items,
      otpEligible: shipments.otpEligible,
      eligibility: shipments.eligibility,
      status: shipments.status,
      detailCode: shipments.detailCode,
      trackerState: shipments.trackerState,
      lastEventAt: shipments.lastEventAt,
      createdAt: shipments.createdAt,
    })
    .from(shipments)
    .innerJoin(shipperAccounts, eq(shipperAccounts.id, shipments.accountId))
    .where(and(eq(shipments.trackingId, trackingId), mine))
    .limit(1);
  if (!s) throw new NotFoundError('No such shipment.');
  const events = await db
    .select({
      id: trackingEvents.id,
      eventCode: trackingEvents.eventCode,
      status: trackingEvents.status,
      detailCode: trackingEvents.detailCode,
      eventTime: trackingEvents.eventTime,
      location: trackingEvents.location,
    })
    .from(trackingEvents)
    .where(eq(trackingEvents.shipmentId, s.id))
    .orderBy(asc(trackingEvents.eventTime), asc(trackingEvents.id));
  const { id: _id, recipientPhone, shipTo, ...rest } = s;
  const address = (shipTo ?? null) as { city?: string; postalCode?: string; countryCode?: string } | null;
  return {
    ...rest,
    recipientPhoneMasked: maskPhone(recipientPhone, rest.marketplace),
    destination: address ? { city: address.city, postalCode: address.postalCode, countryCode: address.countryCode } : null,
    events,
    passcodeChecks: await passcodeChecksOf(db, s.id),
  };
}
