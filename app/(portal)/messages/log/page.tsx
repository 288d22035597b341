import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { MessageLogFilters } from '@/components/messages/message-log-filters';
import { MessageLogPager } from '@/components/messages/message-log-pager';
import { MessageLogTable } from '@/components/messages/message-log-table';
import { MessageStatusChips } from '@/components/messages/message-status-chips';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listManagedAccounts } from '@/db/queries/accounts';
import { listShipperMessages } from '@/db/queries/shipper-message-log';
import { NotFoundError } from '@/lib/auth/errors';
import { parseMessageLogQuery, type MessageLogQuery } from '@/lib/messages/log-query';
import { messageLogRowView } from '@/lib/messages/log-row-view';
import { requirePageActor } from '../../../_lib/session';
import { retryMessage } from './actions';

export const metadata: Metadata = { title: 'Messages' };

function hasFilters(q: MessageLogQuery): boolean {
  return q.account !== null || q.status !== null || q.template !== null || q.trackingId !== null;
}

/**
 * The SMS and e-mail messages sent to the recipients of the actor's shipments: when, to whom (masked),
 * and whether they went out. Never a message's text: passcodes are only the recipient's to read.
 */
export default async function MessageLogPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const query = parseMessageLogQuery(await searchParams);
  const db = await getDb();
  const isManager = actor.role === 'account_manager';
  let data;
  try {
    const [page, accounts] = await Promise.all([
      listShipperMessages(db, actor, query),
      isManager ? listManagedAccounts(db, actor) : Promise.resolve(null),
    ]);
    data = { page, accounts };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { page, accounts } = data;
  const filtered = hasFilters(query);

  return (
    <>
      <PageHeader
        title="Messages"
        description="The SMS and e-mail messages sent to your recipients, newest first, and whether each went out. Addresses are masked; times are in each shipment's marketplace time zone."
      />
      <div className="space-y-4">
        <Card>
          <MessageLogFilters query={query} accounts={accounts} />
        </Card>
        <MessageStatusChips query={query} counts={page.counts} />
        <Card>
          <div className="mb-3 flex items-center justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-900">Messages</h2>
            {filtered && (
              <Link href="/messages/log" className="text-sm text-brand-700 hover:underline">
                Clear filters
              </Link>
            )}
          </div>
          {page.rows.length === 0 ? (
            <p className="py-8 text-center text-sm text-slate-600">
              {filtered || query.page > 1 ? 'No messages match this view.' : 'No messages have been sent to your recipients yet.'}
            </p>
          ) : (
            <MessageLogTable rows={page.rows.map(messageLogRowView)} showAccount={isManager} retry={retryMessage} />
          )}
          <MessageLogPager query={query} hasNextPage={page.hasNextPage} />
        </Card>
      </div>
    </>
  );
}
