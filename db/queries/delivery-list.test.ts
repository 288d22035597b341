import { beforeAll, describe, expect, it } from 'vitest';
import { getDb, type Db } from '@/db/client';
import { DAY_MS } from '@/lib/time/durations';
import type { TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createUser } from '@/tests/support/fixtures';
import { insertShipments, type ShipmentDraft } from '@/tests/support/tracker-fixtures';
import { listTodaysPackages } from './delivery';

let db: Db;
beforeAll(async () => {
  db = await getDb();
});

// Noon in London: "today" at the IN station began at 18:30 UTC the day before.
const NOW = new Date('2026-11-20T12:00:00Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000);

describe('the delivery list', () => {
  it('shows every open package of the station whatever its age and what was finished today, newest first', async () => {
    const account = await createAccount({ marketplaces: ['IN', 'UK'] });
    const da = actorOf(await createUser('delivery_associate', { station: 'IN' }));
    const drafts: [string, TrackerState, Date, 'IN' | 'UK'][] = [
      ['OPEN-OLD', 'label_created', new Date(NOW.getTime() - 40 * DAY_MS), 'IN'],
      ['OPEN-NEW', 'in_transit', at(1), 'IN'],
      ['OUT', 'out_for_delivery', at(2), 'IN'],
      ['DONE-TODAY', 'delivered_with_otp', at(3), 'IN'],
      ['DONE-JUST-BEFORE-MIDNIGHT', 'delivered', new Date('2026-11-19T18:29:00Z'), 'IN'],
      ['LOCKED-TODAY', 'attempted_otp_not_available', at(4), 'IN'],
      ['LOST', 'lost', at(1), 'IN'],
      ['OTHER-STATION', 'in_transit', at(1), 'UK'],
    ];
    await insertShipments(
      account.id,
      drafts.map(([ref, trackerState, lastEventAt, marketplace], i): ShipmentDraft => ({
        trackingId: `DL${String(i).padStart(12, '0')}`,
        clientRef: ref,
        marketplace,
        trackerState,
        lastEventAt,
      })),
    );
    const listed = await listTodaysPackages(db, da, NOW);
    const refs = new Map(drafts.map(([ref], i) => [`DL${String(i).padStart(12, '0')}`, ref]));
    expect(listed.map((p) => refs.get(p.trackingId))).toEqual(['OPEN-NEW', 'OUT', 'DONE-TODAY', 'LOCKED-TODAY', 'OPEN-OLD']);
  });

  it('lists at most 300, the newest', async () => {
    // Another station than the test above, whose packages this list would show too.
    const account = await createAccount({ marketplaces: ['FR'] });
    const da = actorOf(await createUser('delivery_associate', { station: 'FR' }));
    await insertShipments(
      account.id,
      Array.from({ length: 320 }, (_, i) => ({
        trackingId: `DM${String(i).padStart(12, '0')}`,
        clientRef: `MANY-${i}`,
        marketplace: 'FR' as const,
        trackerState: (i % 2 ? 'in_transit' : 'label_created') as TrackerState,
        lastEventAt: new Date(NOW.getTime() - i * 60_000),
      })),
    );
    const listed = await listTodaysPackages(db, da, NOW);
    expect(listed).toHaveLength(300);
    expect(listed[0]!.trackingId).toBe('DM000000000000');
    expect(listed.at(-1)!.trackingId).toBe('DM000000000299');
  });
});
