import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { DeliveryLog } from '@/components/webhooks/delivery-log';
import { DeliveryLogFilter } from '@/components/webhooks/delivery-log-filter';
import { type DeliveryLogQuery, parseDeliveryLogQuery } from '@/components/webhooks/delivery-log-query';
import { EndpointControls } from '@/components/webhooks/endpoint-controls';
import { EndpointForm } from '@/components/webhooks/endpoint-form';
import { EndpointStateBadge } from '@/components/webhooks/endpoint-state-badge';
import { SecretReveal } from '@/components/webhooks/secret-reveal';
import { SwitchedOffNotice } from '@/components/webhooks/switched-off-notice';
import { UtcTime } from '@/components/ui/utc-time';
import { VerifySnippet } from '@/components/webhooks/verify-snippet';
import { getDb } from '@/db/client';
import { listWebhookDeliveries } from '@/db/queries/webhook-delivery-log';
import { getWebhookEndpoint } from '@/db/queries/webhook-endpoints';
import type { Actor } from '@/lib/auth/actor';
import { NotFoundError } from '@/lib/auth/errors';
import { requirePageActor } from '../../../../_lib/session';
import {
  deleteWebhookEndpointAction,
  retryWebhookDeliveryAction,
  rotateWebhookSecretAction,
  sendTestEventAction,
  setWebhookEndpointEnabledAction,
  updateWebhookEndpointAction,
  webhookDeliveryBodyAction,
} from '../actions';

export const metadata: Metadata = { title: 'Webhook endpoint' };

async function load(actor: Actor, endpointId: string, query: DeliveryLogQuery) {
  const db = await getDb();
  try {
    const [endpoint, log] = await Promise.all([
      getWebhookEndpoint(db, actor, endpointId),
      listWebhookDeliveries(db, actor, endpointId, query),
    ]);
    return { endpoint, log };
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function WebhookEndpointPage({
  params,
  searchParams,
}: {
  params: Promise<{ endpointId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { endpointId } = await params;
  const actor = await requirePageActor(['shipper', 'account_manager']);
  const query = parseDeliveryLogQuery(await searchParams);
  const { endpoint, log } = await load(actor, endpointId, query);
  const canManage = actor.role === 'shipper';
  return (
    <>
      <p className="mb-2 text-sm">
        <Link
          href={canManage ? '/settings/webhooks' : `/settings/webhooks?account=${endpoint.accountId}`}
          className="text-brand-700 underline-offset-2 hover:underline"
        >
          ← Webhooks
        </Link>
      </p>
      <PageHeader
        title="Webhook endpoint"
        description={
          <>
            <span className="font-mono break-all text-slate-900" data-testid="webhook-endpoint-url">
              {endpoint.url}
            </span>
            {endpoint.description && <span className="mt-1 block">{endpoint.description}</span>}
          </>
        }
        actions={<EndpointStateBadge enabled={endpoint.enabled} disabledReason={endpoint.disabledReason} />}
      />
      <div className="space-y-6">
        {endpoint.disabledReason && <SwitchedOffNotice url={endpoint.url} disabledReason={endpoint.disabledReason} />}
        <div className="grid gap-6 lg:grid-cols-2">
          <Card title="Signing secret">
            {endpoint.secret === null ? (
              <p className="text-sm text-slate-600">Only the shipper can see the signing secret.</p>
            ) : (
              <SecretReveal secret={endpoint.secret} />
            )}
            {endpoint.previousSecretExpiresAt && (
              <p className="mt-2 text-sm text-slate-700" data-testid="previous-secret-notice">
                The previous secret also signs until <UtcTime at={endpoint.previousSecretExpiresAt} />.
              </p>
            )}
          </Card>
          <Card title="Endpoint">
            {canManage ? (
              <EndpointControls
                endpointId={endpoint.id}
                enabled={endpoint.enabled}
                setEnabled={setWebhookEndpointEnabledAction}
                rotate={rotateWebhookSecretAction}
                sendTest={sendTestEventAction}
                remove={deleteWebhookEndpointAction}
              />
            ) : (
              <p className="text-sm text-slate-600">Managed by the shipper; shown here read-only.</p>
            )}
            {!endpoint.enabled && endpoint.disabledAt && (
              <p className="mt-3 text-xs text-slate-600">
                Switched off <UtcTime at={endpoint.disabledAt} />.
              </p>
            )}
          </Card>
          <Card title="URL, description and events">
            {canManage ? (
              <EndpointForm
                endpointId={endpoint.id}
                initial={{ url: endpoint.url, description: endpoint.description, events: endpoint.events }}
                save={updateWebhookEndpointAction}
              />
            ) : (
              <ul className="flex flex-wrap gap-1" aria-label="Events sent">
                {endpoint.events.length === 0 && <li className="text-sm text-slate-600">No events chosen</li>}
                {endpoint.events.map((type) => (
                  <li key={type} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                    {type}
                  </li>
                ))}
              </ul>
            )}
          </Card>
          <Card title="How to verify">
            <VerifySnippet />
          </Card>
        </div>
        <div id="delivery-log">
          <Card title="Delivery log">
            <div className="mb-4">
              <DeliveryLogFilter query={query} />
            </div>
            <DeliveryLog
              endpointId={endpoint.id}
              log={log}
              query={query}
              fetchBody={webhookDeliveryBodyAction}
              retry={canManage && endpoint.enabled ? retryWebhookDeliveryAction : undefined}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
