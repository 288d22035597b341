import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AccountSwitcher } from '@/components/tracker/account-switcher';
import { CohortFilterChips } from '@/components/tracker/cohort-filter-chips';
import { ColumnChooser } from '@/components/tracker/column-chooser';
import { FilterBar } from '@/components/tracker/filter-bar';
import { FilterSheet } from '@/components/tracker/filter-sheet';
import { IdsNotFound } from '@/components/tracker/ids-not-found';
import { Pager } from '@/components/tracker/pager';
import { SavedViews } from '@/components/tracker/saved-views';
import { SavedViewsMenu } from '@/components/tracker/saved-views-menu';
import { StatusChips } from '@/components/tracker/status-chips';
import { TrackerResults } from '@/components/tracker/tracker-results';
import type { SortLink } from '@/components/tracker/tracker-table';
import { UploadFilterNotice } from '@/components/tracker/upload-filter-notice';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listManagedAccounts } from '@/db/queries/accounts';
import { listSavedViews } from '@/db/queries/saved-views';
import { countTrackerStatuses, listPastedIdsNotFound, listTrackerShipments } from '@/db/queries/tracker';
import { NotFoundError } from '@/lib/auth/errors';
import { activeFilterCount, filtersButtonLabel, narrowsView } from '@/lib/tracker/active-filters';
import type { TrackerColumn } from '@/lib/tracker/columns';
import { defaultDir, parseTrackerQuery, serializeTrackerQuery, type SortKey, type TrackerQuery, trackerHref } from '@/lib/tracker/query';
import { trackerRowView } from '@/lib/tracker/row-view';
import { requirePageActor } from '../../_lib/session';
import { deleteViewAction, saveViewAction } from './actions';

export const metadata: Metadata = { title: 'Shipment tracker' };

const SORT_OF_COLUMN: Partial<Record<TrackerColumn, SortKey>> = {
  trackingId: 'trackingId',
  clientRef: 'clientRef',
  recipient: 'recipient',
  value: 'value',
  lastEvent: 'lastEvent',
  created: 'created',
};

function sortLinks(query: TrackerQuery): Partial<Record<TrackerColumn, SortLink>> {
  const links: Partial<Record<TrackerColumn, SortLink>> = {};
  for (const [column, sort] of Object.entries(SORT_OF_COLUMN) as [TrackerColumn, SortKey][]) {
    const current = query.sort === sort ? query.dir : null;
    const dir = current === null ? defaultDir(sort) : current === 'asc' ? 'desc' : 'asc';
    links[column] = { href: trackerHref(query, { sort, dir }), current };
  }
  return links;
}

export default async function ShipmentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const query = parseTrackerQuery(await searchParams);
  const db = await getDb();
  const isManager = actor.role === 'account_manager';
  let data;
  try {
    const page = await listTrackerShipments(db, actor, query);
    const [counts, notFoundIds, views, accounts] = await Promise.all([
      countTrackerStatuses(db, actor, { ...query, account: page.accountId }),
      listPastedIdsNotFound(db, actor, { ...query, account: page.accountId }),
      listSavedViews(db, actor),
      isManager ? listManagedAccounts(db, actor) : Promise.resolve([]),
    ]);
    data = { page, counts, notFoundIds, views, accounts };
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    if (isManager && !query.account) {
      return (
        <>
          <PageHeader title="Shipment tracker" />
          <Card>
            <p className="text-sm text-slate-600">No shipper accounts are assigned to you.</p>
          </Card>
        </>
      );
    }
    notFound();
  }
  const { page, counts, notFoundIds, views, accounts } = data;
  const viewQuery: TrackerQuery = { ...query, account: isManager ? page.accountId : null };
  const exportSearch = serializeTrackerQuery(viewQuery, { withCursor: false }).toString();
  const detailSuffix = isManager ? `?account=${page.accountId}` : '';

  return (
    <>
      <PageHeader
        title="Shipment tracker"
        description="Every shipment, its status and its story. A package handed over after the recipient's passcode reads “Delivered With OTP”."
        actions={
          <a
            href={`/shipments/export${exportSearch ? `?${exportSearch}` : ''}`}
            download
            className="inline-flex items-center rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-medium text-slate-800 shadow-sm hover:bg-slate-50"
          >
            Export CSV
          </a>
        }
      />
      <div className="space-y-4">
        {isManager && <AccountSwitcher accounts={accounts} current={page.accountId} />}
        {/* On a phone only the two buttons show, side by side; from md up, the filter and saved-view cards. */}
        <div className="grid grid-cols-2 gap-2 md:grid-cols-1 md:gap-4 lg:grid-cols-[1fr_18rem]">
          <FilterSheet buttonLabel={filtersButtonLabel(activeFilterCount(viewQuery))}>
            <FilterBar query={viewQuery} />
          </FilterSheet>
          <SavedViewsMenu>
            <SavedViews views={views} currentSearch={exportSearch} save={saveViewAction} remove={deleteViewAction} />
          </SavedViewsMenu>
        </div>
        <StatusChips query={viewQuery} counts={counts} />
        <CohortFilterChips query={viewQuery} />
        <Card>
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">Shipments</h2>
            <div className="flex items-center gap-3">
              {narrowsView(query) && (
                <Link
                  href={isManager ? `/shipments?account=${page.accountId}` : '/shipments'}
                  className="text-sm text-brand-700 hover:underline"
                >
                  Clear filters
                </Link>
              )}
              {/* The phone's cards show a fixed set of fields. */}
              <div className="hidden md:block">
                <ColumnChooser query={viewQuery} />
              </div>
            </div>
          </div>
          <UploadFilterNotice query={viewQuery} className="mb-3" />
          <IdsNotFound ids={notFoundIds} className="mb-3" />
          <TrackerResults
            rows={page.rows.map(trackerRowView)}
            visible={query.columns}
            sortLinks={sortLinks(viewQuery)}
            detailSuffix={detailSuffix}
          />
          <Pager query={viewQuery} next={page.next} prev={page.prev} shown={page.rows.length} total={page.total} />
        </Card>
      </div>
    </>
  );
}
