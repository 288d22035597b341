import { beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { AccessDeniedError, NotFoundError } from '@/lib/auth/errors';
import { MARKETPLACE_CODES, MARKETPLACES } from '@/lib/otp/marketplaces';
import { DAY_MS, HOUR_MS } from '@/lib/time/durations';
import { DEFAULT_QUERY, SORT_KEYS, type TrackerQuery } from '@/lib/tracker/query';
import { TRACKER_STATES, type TrackerState } from '@/lib/tracker/states';
import { actorOf, createAccount, createTenants, createUser } from '@/tests/support/fixtures';
import { addTimeline, insertShipments, type ShipmentDraft } from '@/tests/support/tracker-fixtures';
import { deleteSavedView, listSavedViews, saveView } from './saved-views';
import {
  COUNT_CAP,
  countTrackerStatuses,
  getShipmentDetail,
  listPastedIdsNotFound,
  listTrackerShipments,
  streamTrackerExport,
  type TrackerRow,
} from './tracker';

const NAMES = ['alice Smith', 'Bob Jones', 'Carla Diaz', 'Dev Patel', 'Eve Smith', 'bob Jonas'];
const NOT_SEEDED: TrackerState[] = [
  'delivery_attempted',
  'lost',
  'rejected',
  'undeliverable',
  'pickup_cancelled',
  'awaiting_customer_pickup',
];
const STATES = TRACKER_STATES.filter((state) => !NOT_SEEDED.includes(state));
const BASE = Date.parse('2026-11-01T00:00:00Z');

// 60 shipments with deliberate ties on every sort column, so keyset paging must use the id.
const draftsA: Required<ShipmentDraft>[] = Array.from({ length: 60 }, (_, i) => ({
  trackingId: `SC${String((i * 37) % 100).padStart(2, '0')}${String(i).padStart(10, '0')}`,
  clientRef: `REF-${String((i * 13) % 60).padStart(3, '0')}`,
  marketplace: MARKETPLACE_CODES[i % MARKETPLACE_CODES.length]!,
  recipientName: NAMES[i % 6]!,
  insuredValueMinor: 5_000 + (i % 10) * 2_000,
  otpEligible: i % 3 !== 0,
  trackerState: STATES[i % 7]!,
  lastEventAt: new Date(BASE + Math.floor(i / 3) * DAY_MS),
  createdAt: new Date(BASE - (i % 20) * HOUR_MS),
}));

const draftsB: ShipmentDraft[] = [
  { trackingId: 'ZZ990000000001', clientRef: 'REF-000', recipientName: 'alice Smith', trackerState: 'delivered_with_otp' },
  { trackingId: 'ZZ990000000002', clientRef: 'B-REF-1', recipientName: 'Zed Other', trackerState: 'in_transit' },
];

let t: Awaited<ReturnType<typeof createTenants>>;
let shipperA: Actor;
let shipperB: Actor;
let manager: Actor;
let otherManager: Actor;

/** The calendar day of a draft's last event where it is, as the list shows it. */
const localDay = (d: Required<ShipmentDraft>) =>
  d.lastEventAt.toLocaleDateString('en-CA', { timeZone: MARKETPLACES[d.marketplace].timeZone });
const q = (change: Partial<TrackerQuery> = {}): TrackerQuery => ({ ...DEFAULT_QUERY, size: 100, ...change });
const ids = (rows: TrackerRow[]) => rows.map((r) => r.trackingId).sort();
const expected = (keep: (d: Required<ShipmentDraft>) => boolean) =>
  draftsA
    .filter(keep)
    .map((d) => d.trackingId)
    .sort();

async function all(actor: Actor, query: TrackerQuery) {
  return (await listTrackerShipments(await getDb(), actor, query)).rows;
}

beforeAll(async () => {
  t = await createTenants();
  [shipperA, shipperB, manager, otherManager] = [actorOf(t.shipperA), actorOf(t.shipperB), actorOf(t.manager), actorOf(t.otherManager)];
  await insertShipments(t.accountA.id, draftsA);
  const [b1] = await insertShipments(t.accountB.id, draftsB);
  await addTimeline(b1!.id);
});

const sortValue: Record<(typeof SORT_KEYS)[number], (r: TrackerRow) => number | string> = {
  lastEvent: (r) => r.lastEventAt.getTime(),
  created: (r) => r.createdAt.getTime(),
  value: (r) => r.insuredValueMinor,
  trackingId: (r) => r.trackingId,
  clientRef: (r) => r.clientRef,
  recipient: (r) => r.recipientName,
};

describe('tracker list: sorting and keyset paging', () => {
  for (const sort of SORT_KEYS) {
    for (const dir of ['asc', 'desc'] as const) {
      it(`sorts by ${sort} ${dir} and pages forward and back over ties without a gap or a repeat`, async () => {
        const db = await getDb();
        const full = await all(shipperA, q({ sort, dir }));
        expect(full).toHaveLength(60);
        const values = full.map(sortValue[sort]);
        for (let i = 1; i < values.length; i += 1) {
          if (dir === 'asc') expect(values[i]! >= values[i - 1]!).toBe(true);
          else expect(values[i]! <= values[i - 1]!).toBe(true);
        }

        const pages: TrackerRow[][] = [];
        let page = await listTrackerShipments(db, shipperA, q({ sort, dir, size: 25 }));
        expect(page.prev).toBeNull();
        pages.push(page.rows);
        while (page.next) {
          page = await listTrackerShipments(db, shipperA, q({ sort, dir, size: 25, after: page.next }));
          pages.push(page.rows);
        }
        expect(pages.map((p) => p.length)).toEqual([25, 25, 10]);
        expect(pages.flat().map((r) => r.id)).toEqual(full.map((r) => r.id));

        const back = await listTrackerShipments(db, shipperA, q({ sort, dir, size: 25, before: page.prev }));
        expect(back.rows.map((r) => r.id)).toEqual(pages[1]!.map((r) => r.id));
        const first = await listTrackerShipments(db, shipperA, q({ sort, dir, size: 25, before: back.prev }));
        expect(first.rows.map((r) => r.id)).toEqual(pages[0]!.map((r) => r.id));
        expect(first.prev).toBeNull();
      });
    }
  }

  it('reports the total of the filtered view', async () => {
    const page = await listTrackerShipments(await getDb(), shipperA, q({ size: 25, marketplace: 'UK' }));
    expect(page.total).toEqual({ count: 12, capped: false });
    expect(page.rows).toHaveLength(12);
  });
});

describe('tracker list: filters', () => {
  it.each<[string, Partial<TrackerQuery>, (d: Required<ShipmentDraft>) => boolean]>([
    ['one status', { statuses: ['delivered_with_otp'] }, (d) => d.trackerState === 'delivered_with_otp'],
    [
      'several statuses',
      { statuses: ['delivered', 'attempted_otp_not_available'] },
      (d) => d.trackerState === 'delivered' || d.trackerState === 'attempted_otp_not_available',
    ],
    ['OTP eligible', { otp: 'yes' }, (d) => d.otpEligible],
    ['not OTP eligible', { otp: 'no' }, (d) => !d.otpEligible],
    ['marketplace', { marketplace: 'IN' }, (d) => d.marketplace === 'IN'],
    ['from a day', { from: '2026-11-15' }, (d) => localDay(d) >= '2026-11-15'],
    ['up to a day', { to: '2026-11-03' }, (d) => localDay(d) <= '2026-11-03'],
    ['a date range', { from: '2026-11-02', to: '2026-11-04' }, (d) => localDay(d) >= '2026-11-02' && localDay(d) <= '2026-11-04'],
    ['tracking id prefix, any case', { q: 'sc37' }, (d) => d.trackingId.startsWith('SC37')],
    ['client reference prefix', { q: 'REF-00' }, (d) => d.clientRef.startsWith('REF-00')],
    ['client reference prefix typed in lower case', { q: 'ref-01' }, (d) => d.clientRef.startsWith('REF-01')],
    ['recipient name prefix, any case', { q: 'BOB' }, (d) => d.recipientName.toLowerCase().startsWith('bob')],
    ['LIKE wildcards taken literally', { q: '%' }, () => false],
    [
      'pasted tracking ids and client refs',
      { ids: ['sc370000000001', 'REF-013', 'REF-026', 'NOPE'] },
      (d) => ['SC370000000001', 'REF-013', 'REF-026'].includes(d.trackingId) || ['REF-013', 'REF-026'].includes(d.clientRef),
    ],
    [
      'status, OTP, marketplace and text together',
      { statuses: ['delivered', 'delivered_with_otp'], otp: 'yes', marketplace: 'UK', q: 'alice' },
      (d) =>
        ['delivered', 'delivered_with_otp'].includes(d.trackerState) &&
        d.otpEligible &&
        d.marketplace === 'UK' &&
        d.recipientName.startsWith('alice'),
    ],
  ])('filters by %s', async (_name, change, keep) => {
    for (const sort of ['lastEvent', 'value'] as const) {
      expect(ids(await all(shipperA, q({ ...change, sort })))).toEqual(expected(keep));
    }
  });

  it('reads the dates as the calendar day of each shipment where it is, as the list shows it', async () => {
    const account = await createAccount({ homeMarketplace: 'UK', marketplaces: ['UK', 'FR', 'IN'] });
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    await insertShipments(account.id, [
      { trackingId: 'ZZ980000000001', clientRef: 'TZ-IN', marketplace: 'IN', lastEventAt: new Date('2026-11-19T20:00:00Z') }, // 20 Nov, 01:30 in India
      { trackingId: 'ZZ980000000002', clientRef: 'TZ-UK', marketplace: 'UK', lastEventAt: new Date('2026-11-19T23:30:00Z') }, // 19 Nov, 23:30 in London
      { trackingId: 'ZZ980000000003', clientRef: 'TZ-FR', marketplace: 'FR', lastEventAt: new Date('2026-11-19T23:30:00Z') }, // 20 Nov, 00:30 in Paris
    ]);
    const refsOn = async (day: string) => (await all(shipper, q({ from: day, to: day }))).map((r) => r.clientRef).sort();
    expect(await refsOn('2026-11-19')).toEqual(['TZ-UK']);
    expect(await refsOn('2026-11-20')).toEqual(['TZ-FR', 'TZ-IN']);
    expect((await all(shipper, q({ from: '2026-11-20' }))).map((r) => r.clientRef).sort()).toEqual(['TZ-FR', 'TZ-IN']);
    expect((await all(shipper, q({ to: '2026-11-19' }))).map((r) => r.clientRef)).toEqual(['TZ-UK']);
  });

  it('counts per status under the other filters (status chips)', async () => {
    const counts = (await countTrackerStatuses(await getDb(), shipperA, q({ marketplace: 'UK', statuses: ['lost'] })))!;
    for (const state of STATES) {
      expect(counts[state]).toEqual({
        count: draftsA.filter((d) => d.marketplace === 'UK' && d.trackerState === state).length,
        capped: false,
      });
    }
    expect(counts.lost).toEqual({ count: 0, capped: false });
  });

  it('masks the recipient phone and carries the eligibility reasons', async () => {
    const [row] = await all(shipperA, q({ otp: 'no', marketplace: 'UK' }));
    expect(row!.recipientPhoneMasked).toBe('+44 •••• ••• 123');
    expect(JSON.stringify(row)).not.toContain('7700900123');
    expect(row!.otpReasons.map((r) => r.code)).toContain('OTP_NOT_ENABLED');
  });
});

describe('tracker list: recipient name search', () => {
  const RECIPIENTS = ['Emma Wilson', 'Wilma Stone', 'Chloé Bernard', 'Lucía García', "Seán O'Brien", 'Jean-Luc Picard', 'Noah Smith'];
  let shipper: Actor;

  beforeAll(async () => {
    const account = await createAccount();
    shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    await insertShipments(
      account.id,
      RECIPIENTS.map((recipientName, i) => ({ trackingId: `ZZ97000000000${i}`, clientRef: `NAME-${i}`, recipientName })),
    );
  });

  it.each<[string, string[]]>([
    ['wil', ['Emma Wilson', 'Wilma Stone']],
    ['Wilson', ['Emma Wilson']],
    ['emma', ['Emma Wilson']],
    ['EMMA WIL', ['Emma Wilson']],
    ['wilson emma', ['Emma Wilson']],
    ['chloe', ['Chloé Bernard']],
    ['Chloé', ['Chloé Bernard']],
    ['garcia', ['Lucía García']],
    ['LUCÍA', ['Lucía García']],
    ['luc', ['Jean-Luc Picard', 'Lucía García']],
    ['brien', ["Seán O'Brien"]],
    ["o'bri", ["Seán O'Brien"]],
    ['jean-luc', ['Jean-Luc Picard']],
    ['w s', ['Wilma Stone']],
    ['smithers', []],
    ['ilson', []],
    ['wil & !x', []],
    ["'", []],
  ])('finds %j in any word of the name by prefix, any case or accent', async (text, names) => {
    const rows = await all(shipper, q({ q: text }));
    expect(rows.map((r) => r.recipientName).sort()).toEqual(names);
  });
});

describe('tracker list: a search matching more rows than the counts show', () => {
  it('pages and counts alike whether its matches are few (read from their indexes) or many (the sort index)', async () => {
    const account = await createAccount();
    const shipper = actorOf(await createUser('shipper', { accountId: account.id }));
    const drafts: ShipmentDraft[] = Array.from({ length: COUNT_CAP + 5 }, (_, i) => ({
      trackingId: `ZZ96${String(i).padStart(10, '0')}`,
      clientRef: `MANY-${i}`,
      recipientName: i % 2 === 0 ? 'Many Lovelace' : 'Ada Many',
      trackerState: i < 3 ? 'delivered' : 'in_transit',
      lastEventAt: new Date(BASE + i * 1000),
    }));
    for (let i = 0; i < drafts.length; i += 2000) await insertShipments(account.id, drafts.slice(i, i + 2000));
    const db = await getDb();
    const newest = (keep: (i: number) => boolean, n: number) =>
      drafts
        .map((d, i) => [d.clientRef, i] as const)
        .filter(([, i]) => keep(i))
        .reverse()
        .slice(0, n)
        .map(([ref]) => ref);

    const many = await listTrackerShipments(db, shipper, q({ q: 'many', size: 25 }));
    expect(many.total).toEqual({ count: COUNT_CAP, capped: true });
    expect(many.rows.map((r) => r.clientRef)).toEqual(newest(() => true, 25));
    // More matches than the cap: no counts per state (they would walk every match), the chips say so.
    expect(await countTrackerStatuses(db, shipper, q({ q: 'many' }))).toBeNull();
    // Without a search, the shipment rollups hold the view: its counts are exact past the cap.
    expect((await countTrackerStatuses(db, shipper, q({})))!.in_transit).toEqual({ count: COUNT_CAP + 2, capped: false });

    const few = await listTrackerShipments(db, shipper, q({ q: 'lovelace', size: 25 }));
    const lovelaces = drafts.filter((_, i) => i % 2 === 0).length;
    expect(few.total).toEqual({ count: lovelaces, capped: false });
    expect(few.rows.map((r) => r.clientRef)).toEqual(newest((i) => i % 2 === 0, 25));
    const second = await listTrackerShipments(db, shipper, q({ q: 'lovelace', size: 25, after: few.next }));
    expect(second.rows.map((r) => r.clientRef)).toEqual(newest((i) => i % 2 === 0, 50).slice(25));
    const back = await listTrackerShipments(db, shipper, q({ q: 'lovelace', size: 25, before: second.prev }));
    expect(back.rows.map((r) => r.clientRef)).toEqual(few.rows.map((r) => r.clientRef));
    // Another sort column: the page is ordered and paged by it among the search's matches.
    const byRef = (n: number) =>
      drafts
        .filter((_, i) => i % 2 === 0)
        .map((d) => d.clientRef)
        .sort()
        .slice(0, n);
    const refs = await listTrackerShipments(db, shipper, q({ q: 'lovelace', size: 25, sort: 'clientRef', dir: 'asc' }));
    expect(refs.rows.map((r) => r.clientRef)).toEqual(byRef(25));
    const refsNext = await listTrackerShipments(
      db,
      shipper,
      q({ q: 'lovelace', size: 25, sort: 'clientRef', dir: 'asc', after: refs.next }),
    );
    expect(refsNext.rows.map((r) => r.clientRef)).toEqual(byRef(50).slice(25));
    // A status chip of a search: under the cap its total comes from the per-state matches, past it from a count.
    const deliveredLovelaces = await listTrackerShipments(db, shipper, q({ q: 'lovelace', statuses: ['delivered'] }));
    expect(deliveredLovelaces.total).toEqual({ count: 2, capped: false });
    expect(deliveredLovelaces.rows.map((r) => r.clientRef)).toEqual(['MANY-2', 'MANY-0']);
    const deliveredMany = await listTrackerShipments(db, shipper, q({ q: 'many', statuses: ['delivered', 'lost'] }));
    expect(deliveredMany.total).toEqual({ count: 3, capped: false });
    expect(deliveredMany.rows.map((r) => r.clientRef)).toEqual(['MANY-2', 'MANY-1', 'MANY-0']);
    expect(await countTrackerStatuses(db, shipper, q({ q: 'lovelace', statuses: ['lost'] }))).toMatchObject({
      delivered: { count: 2, capped: false },
      in_transit: { count: lovelaces - 2, capped: false },
      lost: { count: 0, capped: false },
    });
  });
});

describe('tracker list: pasted ids not found', () => {
  it('names the pasted ids matching nothing in the account, in pasted order', async () => {
    const missing = await listPastedIdsNotFound(
      await getDb(),
      shipperA,
      q({ ids: ['NOPE-1', 'sc370000000001', 'REF-013', 'ref-013', 'NOPE-2'] }),
    );
    expect(missing).toEqual(['NOPE-1', 'ref-013', 'NOPE-2']);
  });

  it('counts another account’s tracking ids and references as not found, and ignores the other filters', async () => {
    const db = await getDb();
    const pasted = ['ZZ990000000001', 'ZZ990000000002', 'B-REF-1', 'REF-000'];
    expect(await listPastedIdsNotFound(db, shipperA, q({ ids: pasted, statuses: ['lost'] }))).toEqual([
      'ZZ990000000001',
      'ZZ990000000002',
      'B-REF-1',
    ]);
    expect(await listPastedIdsNotFound(db, shipperB, q({ ids: pasted }))).toEqual([]);
    expect(await listPastedIdsNotFound(db, manager, q({ ids: pasted, account: t.accountA.id }))).toHaveLength(3);
  });

  it('asks nothing when no ids are pasted, and refuses an account not the actor’s', async () => {
    const db = await getDb();
    expect(await listPastedIdsNotFound(db, shipperA, q())).toEqual([]);
    await expect(listPastedIdsNotFound(db, shipperA, q({ ids: ['X'], account: t.accountB.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listPastedIdsNotFound(db, otherManager, q({ ids: ['X'], account: t.accountA.id }))).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('tracker: tenant isolation', () => {
  it('never lists another account’s rows, even by its tracking ids or shared client refs', async () => {
    const rows = await all(shipperA, q({ ids: ['ZZ990000000001', 'ZZ990000000002', 'REF-000'] }));
    expect(rows.map((r) => r.clientRef)).toEqual(['REF-000']);
    expect(ids(await all(shipperA, q({ q: 'ZZ99' })))).toEqual([]);
    expect(ids(await all(shipperB, q()))).toEqual(['ZZ990000000001', 'ZZ990000000002']);
  });

  it('refuses a shipper naming another account and a manager naming one not theirs', async () => {
    const db = await getDb();
    await expect(listTrackerShipments(db, shipperA, q({ account: t.accountB.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTrackerShipments(db, otherManager, q({ account: t.accountA.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(countTrackerStatuses(db, otherManager, q({ account: t.accountA.id }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(listTrackerShipments(db, actorOf(t.da), q())).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('shows a manager their account, by default the first they manage', async () => {
    const db = await getDb();
    expect((await listTrackerShipments(db, manager, q())).accountId).toBe(t.accountA.id);
    expect(await all(manager, q({ account: t.accountA.id }))).toHaveLength(60);
    expect(ids(await all(otherManager, q()))).toEqual(['ZZ990000000001', 'ZZ990000000002']);
  });

  it('gives the detail only to its own shipper and manager; others get not found', async () => {
    const db = await getDb();
    expect((await getShipmentDetail(db, shipperB, 'ZZ990000000001')).trackingId).toBe('ZZ990000000001');
    expect((await getShipmentDetail(db, otherManager, 'ZZ990000000001')).trackingId).toBe('ZZ990000000001');
    await expect(getShipmentDetail(db, shipperA, 'ZZ990000000001')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getShipmentDetail(db, manager, 'ZZ990000000001')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getShipmentDetail(db, shipperA, 'SC555555555555')).rejects.toBeInstanceOf(NotFoundError);
    await expect(getShipmentDetail(db, actorOf(t.da), 'ZZ990000000001')).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it('exports only the actor’s rows, in the view’s order, batch by batch', async () => {
    const db = await getDb();
    const exported: TrackerRow[] = [];
    for await (const batch of streamTrackerExport(db, shipperA, q({ sort: 'recipient', after: null }), 7)) exported.push(...batch);
    expect(exported.map((r) => r.id)).toEqual((await all(shipperA, q({ sort: 'recipient' }))).map((r) => r.id));
    const fromB: TrackerRow[] = [];
    for await (const batch of streamTrackerExport(db, shipperB, q({ q: 'REF-0' }))) fromB.push(...batch);
    expect(fromB.map((r) => r.trackingId)).toEqual(['ZZ990000000001']);
    await expect(streamTrackerExport(db, shipperA, q({ account: t.accountB.id })).next()).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe('shipment detail', () => {
  it('has the timeline in order, the items and the stored eligibility, with the phone masked', async () => {
    const detail = await getShipmentDetail(await getDb(), shipperB, 'ZZ990000000001');
    expect(detail.events.map((e) => e.eventCode)).toEqual(['ReadyForReceive', 'OutForDelivery', 'DeliveryAttempted']);
    expect(detail.events[2]!.detailCode).toBe('OtpNotAvailable');
    expect(detail.items).toEqual([expect.objectContaining({ description: 'Headphones', quantity: 1, valueMinor: 15_000 })]);
    expect(detail.eligibility).toMatchObject({ eligible: true, ruleSet: 1, reasons: [] });
    expect(detail.eligibility.notPassed).toEqual({});
    expect(detail.eligibility.threshold).toEqual({ value: 100, unit: 'GBP', source: 'default' });
    expect(detail.recipientPhoneMasked).toBe('+44 •••• ••• 123');
    expect(JSON.stringify(detail)).not.toContain('7700900123');
  });
});

describe('saved views', () => {
  it('keeps each user’s views to themselves, replaces by name and deletes only their own', async () => {
    const db = await getDb();
    const saved = await saveView(db, shipperA, 'OTP UK', 'status=delivered_with_otp&market=UK&after=garbage&bogus=1');
    expect(saved.query).toBe('status=delivered_with_otp&market=UK');
    await saveView(db, shipperA, 'OTP UK', 'market=FR');
    expect(await listSavedViews(db, shipperA)).toEqual([{ id: saved.id, name: 'OTP UK', query: 'market=FR' }]);
    expect(await listSavedViews(db, shipperB)).toEqual([]);
    await expect(deleteSavedView(db, shipperB, saved.id)).rejects.toBeInstanceOf(NotFoundError);
    await deleteSavedView(db, shipperA, saved.id);
    expect(await listSavedViews(db, shipperA)).toEqual([]);
  });
});
