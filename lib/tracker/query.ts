import { z } from 'zod';
import { decodeUrlToken, encodeUrlToken } from '../http/url-token';
import { UUID_PATTERN } from '../ids/uuid';
import { isLabelDay } from '../insights/period';
import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';
import { REASON_CODES, type ReasonCode } from '../otp/reason-codes';
import { TRACKER_STATES, type TrackerState } from './states';
import { ALWAYS_SHOWN, DEFAULT_COLUMNS, TRACKER_COLUMNS, type TrackerColumn } from './columns';

/** Columns the database can sort on with a matching (account_id, column, id) index. */
export const SORT_KEYS = ['lastEvent', 'created', 'value', 'trackingId', 'clientRef', 'recipient'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = 'asc' | 'desc';
export type OtpFilter = 'any' | 'yes' | 'no';

export const PAGE_SIZES = [25, 50, 100] as const;
export const MAX_PASTED_IDS = 500;
const MAX_TEXT = 100;

/** A keyset position: the sort column's value as the database prints it, and the row id. */
export interface Cursor {
  sort: SortKey;
  value: string;
  id: string;
}

export interface TrackerQuery {
  statuses: TrackerState[];
  otp: OtpFilter;
  marketplace: Marketplace | null;
  /** Inclusive calendar days of the last event, in each shipment's marketplace time zone (as the list shows it). */
  from: string | null;
  to: string | null;
  /** Inclusive label days (`shipment_rollup_day`: the day the label was made, in its marketplace's time zone). */
  labelFrom: string | null;
  labelTo: string | null;
  /** The first rule the shipment failed when it was labelled (its stored first reason). */
  reason: ReasonCode | null;
  /** Only shipments whose passcode locked at least once. */
  lockedOut: boolean;
  /** Only shipments that went out for delivery exactly once. */
  firstAttempt: boolean;
  q: string;
  ids: string[];
  sort: SortKey;
  dir: SortDir;
  after: Cursor | null;
  before: Cursor | null;
  size: (typeof PAGE_SIZES)[number];
  columns: TrackerColumn[];
  account: string | null;
  /** Only the shipments this upload stored (the upload page links here once a file is stored). */
  upload: string | null;
}

export const DEFAULT_QUERY: TrackerQuery = Object.freeze({
  statuses: [],
  otp: 'any',
  marketplace: null,
  from: null,
  to: null,
  labelFrom: null,
  labelTo: null,
  reason: null,
  lockedOut: false,
  firstAttempt: false,
  q: '',
  ids: [],
  sort: 'lastEvent',
  dir: 'desc',
  after: null,
  before: null,
  size: 25,
  columns: DEFAULT_COLUMNS,
  account: null,
  upload: null,
}) as TrackerQuery;

export type SearchParamsInput = URLSearchParams | Record<string, string | string[] | undefined>;

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
const INTEGER_TEXT = /^-?\d{1,18}$/;

const SORT_VALUE_SHAPE: Record<SortKey, (value: string) => boolean> = {
  lastEvent: (v) => TIMESTAMP_TEXT.test(v),
  created: (v) => TIMESTAMP_TEXT.test(v),
  value: (v) => INTEGER_TEXT.test(v),
  trackingId: (v) => v.length <= 200,
  clientRef: (v) => v.length <= 200,
  recipient: (v) => v.length <= 400,
};

function isCalendarDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** Comma- or newline-separated values, trimmed, empty ones dropped, duplicates removed. */
export function splitList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    ),
  ];
}

export function encodeCursor(cursor: Cursor): string {
  return encodeUrlToken([cursor.sort, cursor.value, cursor.id]);
}

const cursorShape = z.tuple([z.enum(SORT_KEYS), z.string(), z.string().regex(UUID_PATTERN)]);

export function decodeCursor(token: string): Cursor | null {
  const tuple = decodeUrlToken(token, cursorShape);
  if (!tuple) return null;
  const [sort, value, id] = tuple;
  return SORT_VALUE_SHAPE[sort](value) ? { sort, value, id: id.toLowerCase() } : null;
}

const listOf = <T extends string>(values: readonly T[]) =>
  z
    .string()
    .transform((text) => splitList(text).filter((v): v is T => (values as readonly string[]).includes(v)))
    .catch([]);

const cursorParam = z
  .string()
  .max(2000)
  .transform((token) => decodeCursor(token))
  .catch(null);

const querySchema = z.object({
  status: listOf(TRACKER_STATES),
  otp: z.enum(['any', 'yes', 'no']).catch('any'),
  market: z.enum(MARKETPLACE_CODES).nullable().catch(null),
  from: z.string().refine(isCalendarDay).nullable().catch(null),
  to: z.string().refine(isCalendarDay).nullable().catch(null),
  labelFrom: z.string().refine(isLabelDay).nullable().catch(null),
  labelTo: z.string().refine(isLabelDay).nullable().catch(null),
  reason: z
    .string()
    .refine((code): code is ReasonCode => (REASON_CODES as readonly string[]).includes(code))
    .nullable()
    .catch(null),
  lockout: z.literal('yes').nullable().catch(null),
  attempt: z.literal('first').nullable().catch(null),
  q: z
    .string()
    .transform((s) => s.trim().slice(0, MAX_TEXT))
    .catch(''),
  ids: z
    .string()
    .transform((s) =>
      splitList(s)
        .filter((v) => v.length <= MAX_TEXT)
        .slice(0, MAX_PASTED_IDS),
    )
    .catch([]),
  sort: z.enum(SORT_KEYS).catch('lastEvent'),
  dir: z.enum(['asc', 'desc']).optional().catch(undefined),
  after: cursorParam,
  before: cursorParam,
  size: z.coerce
    .number()
    .refine((n) => (PAGE_SIZES as readonly number[]).includes(n))
    .catch(25),
  cols: z.string().nullable().catch(null),
  account: z.string().regex(UUID_PATTERN).nullable().catch(null),
  upload: z
    .string()
    .regex(UUID_PATTERN)
    .transform((id) => id.toLowerCase())
    .nullable()
    .catch(null),
});

const LIST_PARAMS = new Set(['status', 'cols']);

function flatten(input: SearchParamsInput): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  const entries: [string, string][] =
    input instanceof URLSearchParams
      ? [...input.entries()]
      : Object.entries(input).flatMap(([k, v]) =>
          v === undefined ? [] : Array.isArray(v) ? v.map((x) => [k, x] as [string, string]) : [[k, v] as [string, string]],
        );
  // A repeated list parameter (status=a&status=b, as checkboxes send it) reads as one comma list; the rest take their last value.
  for (const [key, value] of entries) {
    out[key] = LIST_PARAMS.has(key) && out[key] !== undefined ? `${out[key]},${value}` : value;
  }
  return out;
}

/** Reads a tracker view from URL search params. Anything malformed falls back to its default. */
export function parseTrackerQuery(input: SearchParamsInput): TrackerQuery {
  const raw = flatten(input);
  const withDefaults = Object.fromEntries(
    Object.keys(querySchema.shape).map((k) => [k, raw[k] ?? (k === 'status' || k === 'q' || k === 'ids' ? '' : null)]),
  );
  const p = querySchema.parse(withDefaults);
  const sort = p.sort;
  const dir: SortDir = p.dir ?? defaultDir(sort);
  const cursorFits = (c: Cursor | null) => (c && c.sort === sort ? c : null);
  const after = cursorFits(p.after);
  const columns =
    p.cols === null
      ? DEFAULT_COLUMNS
      : splitList(p.cols).filter((c): c is TrackerColumn => (TRACKER_COLUMNS as readonly string[]).includes(c));
  let [from, to] = [p.from, p.to];
  if (from && to && from > to) [from, to] = [to, from];
  let [labelFrom, labelTo] = [p.labelFrom, p.labelTo];
  if (labelFrom && labelTo && labelFrom > labelTo) [labelFrom, labelTo] = [labelTo, labelFrom];
  return {
    statuses: TRACKER_STATES.filter((s) => p.status.includes(s)),
    otp: p.otp,
    marketplace: p.market,
    from,
    to,
    labelFrom,
    labelTo,
    reason: p.reason as ReasonCode | null,
    lockedOut: p.lockout !== null,
    firstAttempt: p.attempt !== null,
    q: p.q,
    ids: p.ids,
    sort,
    dir,
    after,
    before: after ? null : cursorFits(p.before),
    size: p.size as TrackerQuery['size'],
    columns: columns.length > 0 ? TRACKER_COLUMNS.filter((c) => columns.includes(c) || ALWAYS_SHOWN.includes(c)) : DEFAULT_COLUMNS,
    account: p.account,
    upload: p.upload,
  };
}

/** The canonical URL search params of a view; defaults are left out so links stay short. */
export function serializeTrackerQuery(query: TrackerQuery, options: { withCursor?: boolean } = {}): URLSearchParams {
  const withCursor = options.withCursor ?? true;
  const params = new URLSearchParams();
  if (query.account) params.set('account', query.account);
  if (query.statuses.length > 0) params.set('status', query.statuses.join(','));
  if (query.otp !== 'any') params.set('otp', query.otp);
  if (query.marketplace) params.set('market', query.marketplace);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.labelFrom) params.set('labelFrom', query.labelFrom);
  if (query.labelTo) params.set('labelTo', query.labelTo);
  if (query.reason) params.set('reason', query.reason);
  if (query.lockedOut) params.set('lockout', 'yes');
  if (query.firstAttempt) params.set('attempt', 'first');
  if (query.q) params.set('q', query.q);
  if (query.ids.length > 0) params.set('ids', query.ids.join(','));
  if (query.upload) params.set('upload', query.upload);
  if (query.sort !== DEFAULT_QUERY.sort) params.set('sort', query.sort);
  if (query.dir !== defaultDir(query.sort)) params.set('dir', query.dir);
  if (query.size !== DEFAULT_QUERY.size) params.set('size', String(query.size));
  if (query.columns.join(',') !== DEFAULT_COLUMNS.join(',')) params.set('cols', query.columns.join(','));
  if (withCursor && query.after) params.set('after', encodeCursor(query.after));
  if (withCursor && query.before) params.set('before', encodeCursor(query.before));
  return params;
}

export function defaultDir(sort: SortKey): SortDir {
  return sort === 'lastEvent' || sort === 'created' || sort === 'value' ? 'desc' : 'asc';
}

/** A link to the view with some fields changed; any change other than paging goes back to page one. */
export function trackerHref(query: TrackerQuery, change: Partial<TrackerQuery>, path = '/shipments'): string {
  const paging = 'after' in change || 'before' in change;
  const next: TrackerQuery = { ...query, ...(paging ? {} : { after: null, before: null }), ...change };
  const search = serializeTrackerQuery(next).toString();
  return search ? `${path}?${search}` : path;
}

/**
 * A link to a fresh tracker view: the default view with these fields set (what another page, e.g. the
 * insights, links to). `trackerViewHref({ labelFrom: '2026-11-02', labelTo: '2026-12-01', statuses: ['delivered_with_otp'],
 * marketplace: 'UK' })` → `/shipments?status=delivered_with_otp&market=UK&labelFrom=2026-11-02&labelTo=2026-12-01`.
 */
export function trackerViewHref(view: Partial<TrackerQuery>, path = '/shipments'): string {
  return trackerHref(DEFAULT_QUERY, view, path);
}
