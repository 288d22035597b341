/** A shipment a pasted id can name: by its tracking id (any case) or its client reference (exact). */
export interface PastedIdTarget {
  trackingId: string;
  clientRef: string;
}

export interface NotFoundSummary {
  count: number;
  /** The first few, in pasted order. */
  shown: string[];
  /** How many more there are beyond `shown`. */
  more: number;
}

const SHOWN_NOT_FOUND = 5;

/** The pasted ids that name none of the found shipments, in pasted order. */
export function idsNotFound(pasted: readonly string[], found: readonly PastedIdTarget[]): string[] {
  const trackingIds = new Set(found.map((s) => s.trackingId));
  const clientRefs = new Set(found.map((s) => s.clientRef));
  return pasted.filter((id) => !trackingIds.has(id.toUpperCase()) && !clientRefs.has(id));
}

export function summariseNotFound(ids: readonly string[]): NotFoundSummary {
  const shown = ids.slice(0, SHOWN_NOT_FOUND);
  return { count: ids.length, shown, more: ids.length - shown.length };
}
