import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { CurlExamples } from '@/components/api-reference/curl-examples';
import { InteractiveReference } from '@/components/api-reference/interactive-reference';
import { LimitsAndErrors } from '@/components/api-reference/limits-and-errors';
import { OtpExtension } from '@/components/api-reference/otp-extension';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { OPENAPI_PATH } from '@/lib/api/openapi/path';
import { apiRateLimit } from '@/lib/api/rate-limit-config';
import { isDemoInbox } from '@/lib/env';
import { requirePageActor } from '../../../_lib/session';

export const metadata: Metadata = { title: 'API reference' };

const LINK = 'text-brand-700 underline-offset-2 hover:underline';

/** This request's origin as the server sees it; the examples switch to the browser's own once they run there. */
async function requestOrigin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  try {
    return new URL(`${h.get('x-forwarded-proto') ?? 'http'}://${host}`).origin;
  } catch {
    return 'http://localhost';
  }
}

export default async function ApiReferencePage() {
  await requirePageActor(['shipper']);
  const limit = apiRateLimit();
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            The carrier&apos;s Shipping API v2 (getRates, oneClickShipment, getTracking) at the carrier&apos;s own paths, so code written
            for the carrier works against this portal unchanged, with one addition: each package&apos;s OTP Secure Delivery outcome.
            Machine-readable:{' '}
            <a href={OPENAPI_PATH} className={LINK}>
              OpenAPI document ({OPENAPI_PATH})
            </a>
            .
          </>
        }
      />
      <div className="space-y-6">
        <Card title="Try it with curl" className="max-w-4xl">
          <p className="mb-4 text-sm text-slate-700">
            Create a key on{' '}
            <Link href="/settings/api-keys" className={LINK}>
              API keys
            </Link>{' '}
            and put it in <code className="font-mono">SC_API_KEY</code>; the key goes in the{' '}
            <code className="font-mono">x-amz-access-token</code> header (as the carrier&apos;s SDKs send it) or as{' '}
            <code className="font-mono">Authorization: Bearer</code>.
            {isDemoInbox() && ' In this demo, each demo shipper already has one: the seed prints it as "api-key <e-mail> <key>".'} The
            commands need a shell with curl, and jq for the nicer output.
          </p>
          <CurlExamples serverOrigin={await requestOrigin()} />
        </Card>
        <Card title="What the answers add: otpSecureDelivery" className="max-w-4xl">
          <OtpExtension />
        </Card>
        <Card title="Limits and errors" className="max-w-4xl">
          <LimitsAndErrors perSecond={limit.perSecond} burst={limit.burst} />
        </Card>
        {/* Not a Card: Scalar pads itself, and a phone has no width to spare for a second padding. */}
        <section className="rounded-xl border border-slate-200 bg-white shadow-sm" aria-labelledby="interactive-reference">
          <div className="p-5 pb-0">
            <h2 id="interactive-reference" className="mb-3 text-base font-semibold text-slate-900">
              Interactive reference
            </h2>
            <p className="text-sm text-slate-700">
              Every field of the three operations, with examples. &quot;Test Request&quot; sends a real request to this portal with the key
              you enter there; a oneClickShipment creates a real shipment.
            </p>
          </div>
          <InteractiveReference />
        </section>
      </div>
    </>
  );
}
