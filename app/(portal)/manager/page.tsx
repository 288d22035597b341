import type { Metadata } from 'next';
import { ManagedAccountsTable } from '@/components/manager/managed-accounts-table';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listManagedAccountsPage } from '@/db/queries/managed-accounts';
import { periodLabel } from '@/lib/settings/eligible-share-view';
import { parseManagedAccountsQuery } from '@/lib/settings/managed-accounts-query';
import { requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'Shipper accounts' };

export default async function ManagerPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['account_manager']);
  const page = await listManagedAccountsPage(await getDb(), actor, parseManagedAccountsQuery(await searchParams));
  return (
    <>
      <PageHeader
        title="Shipper accounts"
        description={`The shipper accounts you manage: OTP Secure Delivery status, notification switches, thresholds, and the shipments labelled in the last 30 days (${periodLabel(page.period)}, UTC) with their OTP-eligible share. Open an account to change its settings.`}
      />
      <Card>
        <ManagedAccountsTable rows={page.rows} total={page.total} query={page.query} />
      </Card>
    </>
  );
}
