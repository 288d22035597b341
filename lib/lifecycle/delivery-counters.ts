import type { EventCode } from '@/lib/tracker/states';

export interface DeliveryCounters {
  deliveryAttempts: number;
  lockouts: number;
  outForDeliveryAt: Date | null;
}

/**
 * What a shipment's events say about its deliveries, for rows written with their history at once (seed,
 * benchmarks). A shipment moved step by step gets the same from the database's trigger (migration 0011).
 */
export function deliveryCountersOf(events: readonly { eventCode: EventCode; detailCode?: string | null; at: Date }[]): DeliveryCounters {
  let deliveryAttempts = 0;
  let lockouts = 0;
  let outForDeliveryAt: Date | null = null;
  for (const event of events) {
    if (event.eventCode === 'OutForDelivery') {
      deliveryAttempts += 1;
      outForDeliveryAt = event.at;
    } else if (event.eventCode === 'DeliveryAttempted' && event.detailCode === 'OtpNotAvailable') {
      lockouts += 1;
    }
  }
  return { deliveryAttempts, lockouts, outForDeliveryAt };
}
