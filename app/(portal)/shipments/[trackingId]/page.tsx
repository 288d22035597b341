import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Fragment, type ReactNode } from 'react';
import { StatusBadge } from '@/components/shipments/status-badge';
import { EligibilityExplanation } from '@/components/tracker/eligibility-explanation';
import { ItemsTable } from '@/components/tracker/items-table';
import { PasscodeCheckList } from '@/components/tracker/passcode-check-list';
import { ShipmentTimeline } from '@/components/tracker/shipment-timeline';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { MAX_FAILED_ATTEMPTS, MAX_RESENDS } from '@/db/queries/passcode-store';
import { getShipmentDetail, type ShipmentDetail } from '@/db/queries/tracker';
import { NotFoundError } from '@/lib/auth/errors';
import { isUuid } from '@/lib/ids/uuid';
import { LABEL_FORMATS } from '@/lib/labels/label-spec';
import { moneyIn, timeIn } from '@/lib/tracker/format';
import { requirePageActor } from '../../../_lib/session';

export const metadata: Metadata = { title: 'Shipment' };

const TRACKING_ID = /^[A-Za-z0-9-]{1,40}$/;

function Facts({ items }: { items: [string, ReactNode][] }) {
  return (
    <dl className="grid grid-cols-2 gap-x-6 gap-y-3 text-sm">
      {items.map(([term, value]) => (
        <div key={term}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600">{term}</dt>
          <dd className="mt-0.5 text-slate-900">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function facts(s: ShipmentDetail): [string, ReactNode][] {
  const destination = s.destination
    ? [s.destination.city, s.destination.postalCode, s.destination.countryCode].filter(Boolean).join(', ')
    : s.shipToCountry;
  return [
    [
      'Client reference',
      <span key="ref" className="font-mono text-xs">
        {s.clientRef}
      </span>,
    ],
    ['Shipper account', s.accountName],
    ['Recipient', s.recipientName],
    ['Recipient phone', s.recipientPhoneMasked],
    ['Destination', destination || '—'],
    ['Marketplace', s.marketplace ?? '—'],
    ['Insured value', moneyIn(s.marketplace, s.insuredValueMinor, s.insuredCurrency)],
    ['Channel', s.channelType === 'EXTERNAL' ? 'Off-Amazon (EXTERNAL)' : 'Amazon order'],
    ['Payment', s.prepaid ? 'Prepaid' : 'Collect on delivery'],
    ['Weight', s.weight ? `${s.weight.value} ${s.weight.unit.toLowerCase()}` : '—'],
    [
      'Dimensions',
      s.dimensions ? `${s.dimensions.length} × ${s.dimensions.width} × ${s.dimensions.height} ${s.dimensions.unit.toLowerCase()}` : '—',
    ],
    ['Carrier status', `${s.status}${s.detailCode ? ` (${s.detailCode})` : ''}`],
    ['Label created', timeIn(s.marketplace, s.createdAt)],
    ['Last event', timeIn(s.marketplace, s.lastEventAt)],
  ];
}

export default async function ShipmentDetailPage({
  params,
  searchParams,
}: {
  params: Promise<{ trackingId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { trackingId } = await params;
  const actor = await requirePageActor(['shipper', 'account_manager']);
  if (!TRACKING_ID.test(trackingId)) notFound();
  let shipment: ShipmentDetail;
  try {
    shipment = await getShipmentDetail(await getDb(), actor, trackingId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const { account } = await searchParams;
  const back =
    actor.role === 'account_manager' && typeof account === 'string' && isUuid(account) ? `/shipments?account=${account}` : '/shipments';
  return (
    <>
      <Link href={back} className="mb-2 inline-block text-sm text-brand-700 hover:underline">
        ← Shipment tracker
      </Link>
      <PageHeader
        title={shipment.trackingId}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <StatusBadge state={shipment.trackerState} />
            <span>Times are shown in the marketplace&apos;s time zone.</span>
          </span>
        }
        actions={
          <>
            <span role="group" aria-label="Download label" className="whitespace-nowrap text-sm text-slate-700">
              Download label:{' '}
              {LABEL_FORMATS.map((format, index) => (
                <Fragment key={format}>
                  {index > 0 && ' · '}
                  <a
                    href={`/shipments/${encodeURIComponent(shipment.trackingId)}/label?format=${format}`}
                    download
                    aria-label={`Download label as ${format}`}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {format}
                  </a>
                </Fragment>
              ))}
            </span>
            <Link
              href={`/messages/log?trackingId=${encodeURIComponent(shipment.trackingId)}`}
              className="whitespace-nowrap text-sm font-medium text-brand-700 hover:underline"
            >
              Messages about this shipment →
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-[1fr_24rem]">
        <div className="min-w-0 space-y-6">
          <Card title="Shipment">
            <Facts items={facts(shipment)} />
          </Card>
          <Card title="Passcode checks (proof of delivery)">
            <PasscodeCheckList
              checks={shipment.passcodeChecks}
              marketplace={shipment.marketplace}
              limits={{ wrongEntries: MAX_FAILED_ATTEMPTS, resends: MAX_RESENDS }}
            />
          </Card>
          <Card title="Items">
            <ItemsTable items={shipment.items} marketplace={shipment.marketplace} />
          </Card>
          <Card title="OTP eligibility at label time">
            <EligibilityExplanation result={shipment.eligibility} />
          </Card>
        </div>
        <Card title="Timeline" className="order-first self-start lg:order-none">
          <ShipmentTimeline events={shipment.events} marketplace={shipment.marketplace} />
        </Card>
      </div>
    </>
  );
}
