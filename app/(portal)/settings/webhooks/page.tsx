import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { EndpointForm } from '@/components/webhooks/endpoint-form';
import { EndpointList } from '@/components/webhooks/endpoint-list';
import { SwitchedOffNotice } from '@/components/webhooks/switched-off-notice';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getAccountSettings } from '@/db/queries/account-settings';
import { listWebhookEndpoints, MAX_ENDPOINTS_PER_ACCOUNT } from '@/db/queries/webhook-endpoints';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { requirePageActor } from '../../../_lib/session';
import { createWebhookEndpointAction } from './actions';

export const metadata: Metadata = { title: 'Webhooks' };

/** The endpoints of the shipper's account, or of the account a manager names (`?account=`) with that account. */
async function load(actor: Actor, accountId: string | null) {
  const db = await getDb();
  try {
    const [endpoints, managed] = await Promise.all([
      listWebhookEndpoints(db, actor, accountId),
      actor.role === 'account_manager' ? getAccountSettings(db, actor, accountId) : null,
    ]);
    return { endpoints, managed };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function WebhooksPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const { account } = await searchParams;
  const { endpoints, managed } = await load(actor, typeof account === 'string' ? account : null);
  const switchedOff = endpoints.filter((e) => !e.enabled && e.disabledReason);
  return (
    <>
      {managed && (
        <p className="mb-2 text-sm">
          <Link href={`/manager/accounts/${managed.id}`} className="text-brand-700 underline-offset-2 hover:underline">
            ← {managed.name}
          </Link>
        </p>
      )}
      <PageHeader
        title={managed ? `Webhooks of ${managed.name}` : 'Webhooks'}
        description="Signed HTTPS requests (Standard Webhooks) to your systems when a shipment is created, goes out for delivery, is delivered or cannot be handed over, and when a recipient's passcode is locked."
      />
      <div className="space-y-6">
        {switchedOff.map((e) => (
          <SwitchedOffNotice key={e.id} url={e.url} disabledReason={e.disabledReason!} href={`/settings/webhooks/${e.id}`} />
        ))}
        <Card title="Endpoints">
          {managed && <p className="mb-2 text-sm text-slate-600">Managed by the shipper; shown here read-only.</p>}
          <EndpointList endpoints={endpoints} />
        </Card>
        {!managed && (
          <Card title="Add endpoint" className="max-w-3xl">
            {endpoints.length >= MAX_ENDPOINTS_PER_ACCOUNT ? (
              <p className="text-sm text-slate-600">
                Your account has the most endpoints it can have ({MAX_ENDPOINTS_PER_ACCOUNT}). Delete one to add another.
              </p>
            ) : (
              <EndpointForm save={createWebhookEndpointAction} />
            )}
          </Card>
        )}
      </div>
    </>
  );
}
