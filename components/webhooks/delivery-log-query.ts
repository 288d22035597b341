import type { WebhookDeliveryStatus } from '@/db/queries/webhook-endpoints';

export const DELIVERY_STATUSES = ['pending', 'sent', 'failed'] as const satisfies readonly WebhookDeliveryStatus[];

export interface DeliveryLogQuery {
  status?: WebhookDeliveryStatus;
  page: number;
}

type SearchParams = Record<string, string | string[] | undefined>;

/** The log's filter from the page address; anything unknown means "all" and "first page". */
export function parseDeliveryLogQuery(params: SearchParams): DeliveryLogQuery {
  const status = DELIVERY_STATUSES.find((s) => s === params.status);
  const page = typeof params.page === 'string' && /^[1-9]\d{0,5}$/.test(params.page) ? Number(params.page) : 1;
  return { status, page };
}

export function deliveryLogHref(endpointId: string, query: DeliveryLogQuery): string {
  const params = new URLSearchParams();
  if (query.status) params.set('status', query.status);
  if (query.page > 1) params.set('page', String(query.page));
  const search = params.toString();
  return `/settings/webhooks/${endpointId}${search ? `?${search}` : ''}#delivery-log`;
}
