import type { Metadata } from 'next';
import Link from 'next/link';
import { ApiKeyList } from '@/components/api-keys/api-key-list';
import { CreateApiKeyForm } from '@/components/api-keys/create-api-key-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listApiKeys, MAX_ACTIVE_API_KEYS, newestShipmentForExample } from '@/db/queries/api-keys';
import { apiRateLimit } from '@/lib/api/rate-limit-config';
import { requirePageActor } from '../../../_lib/session';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const metadata: Metadata = { title: 'API keys' };

const API_REFERENCE_HREF = '/settings/api';

export default async function ApiKeysPage() {
  const actor = await requirePageActor(['shipper']);
  const db = await getDb();
  const [keys, example] = await Promise.all([listApiKeys(db, actor), newestShipmentForExample(db, actor)]);
  const active = keys.filter((k) => k.revokedAt === null).length;
  const limit = apiRateLimit();
  return (
    <>
      <PageHeader
        title="API keys"
        description={
          <>
            Your systems call the carrier-compatible Shipping API (rates, one-click shipments with labels, tracking) with a key of your
            account, sent as the <code className="font-mono">x-amz-access-token</code> header the carrier&apos;s SDKs send, or as{' '}
            <code className="font-mono">Authorization: Bearer</code>. Each key may make {limit.perSecond} requests a second, in bursts of up
            to {limit.burst}. See the{' '}
            <Link href={API_REFERENCE_HREF} className="text-brand-700 underline-offset-2 hover:underline">
              API reference
            </Link>
            .
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Create a key" className="max-w-3xl">
          {active >= MAX_ACTIVE_API_KEYS ? (
            <p className="text-sm text-slate-600">
              Your account has the most active keys it can have ({MAX_ACTIVE_API_KEYS}). Revoke one to create another.
            </p>
          ) : (
            <CreateApiKeyForm create={createApiKeyAction} example={example} apiReferenceHref={API_REFERENCE_HREF} />
          )}
        </Card>
        <Card title="Keys">
          <ApiKeyList keys={keys} revoke={revokeApiKeyAction} />
        </Card>
      </div>
    </>
  );
}
