import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PasscodeEntry } from '@/components/delivery/passcode-entry';
import { StepButton } from '@/components/delivery/step-button';
import { StatusBadge } from '@/components/shipments/status-badge';
import { Card } from '@/components/ui/card';
import { Notice } from '@/components/ui/notice';
import { getDb } from '@/db/client';
import { getStationPackage, type StationPackageView } from '@/db/queries/delivery-passcode';
import { NotFoundError } from '@/lib/auth/errors';
import { requirePageActor } from '../../../_lib/session';
import {
  deliverAction,
  enterPasscodeAction,
  outForDeliveryAction,
  pickUpAction,
  resendPasscodeAction,
  returnToStationAction,
} from '../actions';

export const metadata: Metadata = { title: 'Package' };

function NextStep({ pkg }: { pkg: StationPackageView }) {
  switch (pkg.trackerState) {
    case 'label_created':
      return <StepButton label="Mark picked up" shipmentId={pkg.id} action={pickUpAction} />;
    case 'in_transit':
    case 'returned_to_station':
      if (pkg.lockedToday) {
        return (
          <Notice tone="warning" title="Passcode locked today: keep the package at the station.">
            The recipient’s passcode was entered wrongly 3 times today. The package stays at the station until the next delivery day.
          </Notice>
        );
      }
      return <StepButton label="Take out for delivery" shipmentId={pkg.id} action={outForDeliveryAction} />;
    case 'out_for_delivery':
      if (!pkg.needsPasscode) return <StepButton label="Mark delivered" shipmentId={pkg.id} action={deliverAction} />;
      if (!pkg.passcode) {
        return (
          <Notice tone="error" title="No passcode was issued for this package today.">
            Take it back to the station.
          </Notice>
        );
      }
      if (pkg.passcode.locked || pkg.passcode.expired) {
        return (
          <Notice tone="error" title={pkg.passcode.locked ? 'Passcode locked.' : 'Passcode expired.'}>
            The package cannot be delivered today. Take it back to the station.
          </Notice>
        );
      }
      return (
        <PasscodeEntry shipmentId={pkg.id} {...pkg.passcode} enterPasscode={enterPasscodeAction} resendPasscode={resendPasscodeAction} />
      );
    case 'attempted_otp_not_available':
    case 'delivery_attempted':
      return (
        <div className="space-y-3">
          {pkg.trackerState === 'attempted_otp_not_available' ? (
            <Notice tone="warning" title="Attempted - OTP not Available">
              The passcode was entered wrongly 3 times. Return the package to the station.
            </Notice>
          ) : (
            <Notice tone="warning" title="Delivery attempted">
              Return the package to the station.
            </Notice>
          )}
          <StepButton label="Return to station" shipmentId={pkg.id} action={returnToStationAction} variant="danger" />
        </div>
      );
    case 'delivered_with_otp':
      return (
        <Notice tone="success" title="Delivered With OTP">
          The passcode was right. Hand the package over.
        </Notice>
      );
    case 'delivered':
      return <Notice tone="success" title="Delivered" />;
    default:
      return <Notice title="Nothing to do for this package." />;
  }
}

export default async function DeliveryPackagePage({ params }: { params: Promise<{ shipmentId: string }> }) {
  const { shipmentId } = await params;
  const actor = await requirePageActor(['delivery_associate'], `/delivery/${shipmentId}`);
  let pkg: StationPackageView;
  try {
    pkg = await getStationPackage(await getDb(), actor, shipmentId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  return (
    <div className="mx-auto max-w-md space-y-4">
      <Link href="/delivery" className="text-sm font-medium text-brand-700 hover:underline">
        ← Today&apos;s deliveries
      </Link>
      <Card>
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-xl font-semibold text-slate-900">{pkg.recipientName}</h1>
            <p className="font-mono text-sm text-slate-500">{pkg.trackingId}</p>
            <p className="text-sm text-slate-600">{pkg.shipperName}</p>
          </div>
          <StatusBadge state={pkg.trackerState} />
        </div>
        {pkg.needsPasscode && (
          <p className="mt-3 text-sm font-medium text-brand-700">OTP Secure Delivery: the recipient&apos;s passcode is needed.</p>
        )}
      </Card>
      <Card>
        <NextStep pkg={pkg} />
      </Card>
    </div>
  );
}
