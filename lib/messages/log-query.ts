import { z } from 'zod';
import { UUID_PATTERN } from '../ids/uuid';
import { DELIVERED_TEMPLATE } from './delivered';
import { LOCKED_OUT_TEMPLATE } from './locked-out';
import { OUT_FOR_DELIVERY_TEMPLATE } from './out-for-delivery';
import { PASSCODE_RESEND_TEMPLATE, PASSCODE_TEMPLATE } from './passcode';
import { SHIPPED_TEMPLATE } from './shipped';

export const MESSAGE_STATUSES = ['pending', 'sent', 'failed'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** The templates of a shipper account's messages, in the order a package sends them (sign-in codes belong to no account). */
export const SHIPPER_MESSAGE_TEMPLATES = [
  SHIPPED_TEMPLATE,
  OUT_FOR_DELIVERY_TEMPLATE,
  PASSCODE_TEMPLATE,
  PASSCODE_RESEND_TEMPLATE,
  DELIVERED_TEMPLATE,
  LOCKED_OUT_TEMPLATE,
] as const;

export const MESSAGE_LOG_PAGE_SIZE = 50;
const MAX_PAGE = 10_000;

/** The message log's view as held in the URL. */
export interface MessageLogQuery {
  /** An account manager's account filter (one of theirs); null shows every account they manage. */
  account: string | null;
  status: MessageStatus | null;
  template: string | null;
  /** Exact tracking id. */
  trackingId: string | null;
  page: number;
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

const querySchema = z.object({
  account: z.string().regex(UUID_PATTERN).nullable().catch(null),
  status: z.enum(MESSAGE_STATUSES).nullable().catch(null),
  template: z.enum(SHIPPER_MESSAGE_TEMPLATES).nullable().catch(null),
  trackingId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9-]{1,40}$/)
    .nullable()
    .catch(null),
  page: z.coerce.number().int().min(1).max(MAX_PAGE).catch(1),
});

/** Reads the view from URL search params; anything malformed falls back to its default. */
export function parseMessageLogQuery(params: Record<string, string | string[] | undefined>): MessageLogQuery {
  const raw = (key: string) => first(params[key]) || null;
  return querySchema.parse({
    account: raw('account'),
    status: raw('status'),
    template: raw('template'),
    trackingId: raw('trackingId'),
    page: raw('page') ?? 1,
  });
}

/** A link to the view with some fields changed; any change but the page goes back to page one. */
export function messageLogHref(query: MessageLogQuery, change: Partial<MessageLogQuery> = {}): string {
  const next = { ...query, ...('page' in change ? {} : { page: 1 }), ...change };
  const params = new URLSearchParams();
  if (next.account) params.set('account', next.account);
  if (next.status) params.set('status', next.status);
  if (next.template) params.set('template', next.template);
  if (next.trackingId) params.set('trackingId', next.trackingId);
  if (next.page > 1) params.set('page', String(next.page));
  const search = params.toString();
  return search ? `/messages/log?${search}` : '/messages/log';
}
