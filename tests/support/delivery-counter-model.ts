import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { shipments } from '@/db/schema';
import type { TrackerState } from '@/lib/tracker/states';

export interface Counters {
  state: TrackerState;
  deliveryAttempts: number;
  lockouts: number;
  outForDeliveryAt: number | null;
}

/**
 * What a shipment's delivery counters must be, kept by a test from the state changes it makes: each change
 * to out for delivery is a trip out (and its time), each change to "OTP not available" a lock-out.
 */
export class CounterModel {
  readonly rows = new Map<string, Counters>();

  async addNew(db: Db, accountId: string): Promise<void> {
    const rows = await db
      .select({ id: shipments.id, state: shipments.trackerState })
      .from(shipments)
      .where(eq(shipments.accountId, accountId));
    for (const r of rows)
      if (!this.rows.has(r.id)) this.rows.set(r.id, { state: r.state, deliveryAttempts: 0, lockouts: 0, outForDeliveryAt: null });
  }

  moved(id: string, state: TrackerState, at: Date): void {
    const row = this.rows.get(id)!;
    if (row.state === state) return;
    row.state = state;
    if (state === 'out_for_delivery') {
      row.deliveryAttempts += 1;
      row.outForDeliveryAt = at.getTime();
    } else if (state === 'attempted_otp_not_available') row.lockouts += 1;
  }
}

export async function storedCounters(db: Db, accountId: string): Promise<Map<string, Counters>> {
  const rows = await db
    .select({
      id: shipments.id,
      state: shipments.trackerState,
      deliveryAttempts: shipments.deliveryAttempts,
      lockouts: shipments.lockouts,
      outForDeliveryAt: shipments.outForDeliveryAt,
    })
    .from(shipments)
    .where(eq(shipments.accountId, accountId));
  return new Map(rows.map(({ id, outForDeliveryAt, ...r }) => [id, { ...r, outForDeliveryAt: outForDeliveryAt?.getTime() ?? null }]));
}
