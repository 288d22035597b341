/** A shipment's page; `suffix` keeps a manager on the same account (`?account=…`, or ''). */
export function shipmentDetailHref(trackingId: string, suffix: string): string {
  return `/shipments/${encodeURIComponent(trackingId)}${suffix}`;
}
