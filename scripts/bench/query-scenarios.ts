/** The data-access calls behind each main page, as the pages make them, for the tracker benchmark to time. */
import type { Db } from '../../db/client';
import { listTodaysPackages } from '../../db/queries/delivery';
import { listManagedAccountsPage } from '../../db/queries/managed-accounts';
import { listRecipientPackages } from '../../db/queries/recipient-packages';
import { countTrackerStatuses, getShipmentDetail, listTrackerShipments } from '../../db/queries/tracker';
import type { Actor } from '../../lib/auth/actor';
import { NEWEST_PACKAGES } from '../../lib/recipient/package-pages';
import { parseManagedAccountsQuery } from '../../lib/settings/managed-accounts-query';
import { type Cursor, DEFAULT_QUERY, type TrackerQuery } from '../../lib/tracker/query';
import type { BenchPeople } from './bench-people';

export interface Scenario {
  name: string;
  run: () => Promise<unknown>;
}

export interface TrackerPoints {
  /** Half way down the big account's list, by last event and by insured value. */
  deep: Cursor;
  deepValue: Cursor;
  deepRow: number;
  trackingId: string;
}

export function trackerScenarios(db: Db, actor: Actor, points: TrackerPoints): Scenario[] {
  const q = (change: Partial<TrackerQuery>): TrackerQuery => ({ ...DEFAULT_QUERY, ...change });
  const list = (query: TrackerQuery) => () => listTrackerShipments(db, actor, query);
  return [
    { name: 'first page (last event, newest first)', run: list(q({})) },
    { name: `deep page (row ${points.deepRow.toLocaleString('en')}, via cursor)`, run: list(q({ after: points.deep })) },
    { name: 'status filter: Picked Up / In Transit', run: list(q({ statuses: ['in_transit'] })) },
    { name: 'status filter: Delivered With OTP', run: list(q({ statuses: ['delivered_with_otp'] })) },
    {
      name: 'two statuses: Delivered With OTP + Attempted',
      run: list(q({ statuses: ['delivered_with_otp', 'attempted_otp_not_available'] })),
    },
    { name: 'text search: recipient name prefix "priya na"', run: list(q({ q: 'priya na' })) },
    { name: 'text search: tracking id prefix', run: list(q({ q: points.trackingId.slice(0, 9) })) },
    { name: 'last-event dates: 16-22 Nov (marketplace days)', run: list(q({ from: '2026-11-16', to: '2026-11-22' })) },
    { name: 'sort by insured value (highest first)', run: list(q({ sort: 'value', dir: 'desc' })) },
    { name: 'sort by insured value, deep page', run: list(q({ sort: 'value', dir: 'desc', after: points.deepValue })) },
    { name: 'status chip counts (capped at 10,000)', run: () => countTrackerStatuses(db, actor, q({})) },
    { name: 'detail page (events, items, eligibility)', run: () => getShipmentDetail(db, actor, points.trackingId) },
  ];
}

/** The manager console, the delivery list and Recipient Central (its newest page and the next older one). */
export async function rolePageScenarios(db: Db, people: BenchPeople): Promise<Scenario[]> {
  const newest = await listRecipientPackages(db, people.recipient);
  if (!newest.older) throw new Error('the bench recipient has a single page of packages');
  const older = { ...NEWEST_PACKAGES, older: newest.older };
  return [
    {
      name: 'manager console: accounts, first page',
      run: () => listManagedAccountsPage(db, people.manager, parseManagedAccountsQuery({})),
    },
    {
      name: 'manager console: most shipments first, page 2',
      run: () => listManagedAccountsPage(db, people.manager, parseManagedAccountsQuery({ sort: 'shipments', dir: 'desc', page: '2' })),
    },
    { name: "delivery list: today's packages at the station", run: () => listTodaysPackages(db, people.deliveryAssociate) },
    { name: 'Recipient Central: newest page + passcodes', run: () => listRecipientPackages(db, people.recipient) },
    { name: 'Recipient Central: older page', run: () => listRecipientPackages(db, people.recipient, older) },
  ];
}
