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
import { type Translator, translatorFor } from '@/lib/i18n/translator';
import { actorLocale } from '../../../_lib/page-locale';
import { requirePageActor } from '../../../_lib/session';
import {
  deliverAction,
  enterPasscodeAction,
  outForDeliveryAction,
  pickUpAction,
  resendPasscodeAction,
  returnToStationAction,
} from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await actorLocale(), 'delivery')('title') };
}

function NextStep({ pkg, t, states }: { pkg: StationPackageView; t: Translator<'delivery'>; states: Translator<'states'> }) {
  switch (pkg.trackerState) {
    case 'label_created':
      return <StepButton label={t('steps.pickUp')} shipmentId={pkg.id} action={pickUpAction} />;
    case 'in_transit':
    case 'returned_to_station':
      if (pkg.lockedToday) {
        return (
          <Notice tone="warning" title={t('notices.lockedTodayTitle')}>
            {t('notices.lockedTodayText')}
          </Notice>
        );
      }
      return <StepButton label={t('steps.takeOut')} shipmentId={pkg.id} action={outForDeliveryAction} />;
    case 'out_for_delivery':
      if (!pkg.needsPasscode) return <StepButton label={t('steps.deliver')} shipmentId={pkg.id} action={deliverAction} />;
      if (!pkg.passcode) {
        return (
          <Notice tone="error" title={t('notices.noPasscodeTitle')}>
            {t('notices.noPasscodeText')}
          </Notice>
        );
      }
      if (pkg.passcode.locked || pkg.passcode.expired) {
        return (
          <Notice tone="error" title={pkg.passcode.locked ? t('notices.lockedTitle') : t('notices.expiredTitle')}>
            {t('notices.cannotDeliverToday')}
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
            <Notice tone="warning" title={states('attempted_otp_not_available')}>
              {t('notices.attemptedOtpText')}
            </Notice>
          ) : (
            <Notice tone="warning" title={states('delivery_attempted')}>
              {t('notices.attemptedText')}
            </Notice>
          )}
          <StepButton label={t('steps.returnToStation')} shipmentId={pkg.id} action={returnToStationAction} variant="danger" />
        </div>
      );
    case 'delivered_with_otp':
    case 'delivered':
      return (
        <Notice tone="success" title={states(pkg.trackerState)}>
          {pkg.delivered &&
            t(pkg.trackerState === 'delivered_with_otp' ? 'notices.deliveredWithOtpAt' : 'notices.deliveredAt', {
              at: pkg.delivered.at,
              today: pkg.delivered.today ? 'yes' : 'no',
            })}
        </Notice>
      );
    default:
      return <Notice title={t('notices.nothingToDo')} />;
  }
}

export default async function DeliveryPackagePage({ params }: { params: Promise<{ shipmentId: string }> }) {
  const { shipmentId } = await params;
  const actor = await requirePageActor(['delivery_associate']);
  let pkg: StationPackageView;
  try {
    pkg = await getStationPackage(await getDb(), actor, shipmentId);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
  const setting = await actorLocale();
  const t = translatorFor(setting, 'delivery');
  const states = translatorFor(setting, 'states');
  return (
    <div className="mx-auto max-w-md space-y-4">
      <Link href="/delivery" className="text-sm font-medium text-brand-700 hover:underline">
        ← {t('back')}
      </Link>
      <Card>
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <h1 className="truncate text-xl font-semibold text-slate-900">{pkg.recipientName}</h1>
            <p className="font-mono text-sm text-slate-500">{pkg.trackingId}</p>
            <p className="text-sm text-slate-600">{pkg.shipperName}</p>
          </div>
          <StatusBadge state={pkg.trackerState} label={states(pkg.trackerState)} />
        </div>
        {pkg.needsPasscode && <p className="mt-3 text-sm font-medium text-brand-700">{t('otpBanner')}</p>}
      </Card>
      <Card>
        <NextStep pkg={pkg} t={t} states={states} />
      </Card>
    </div>
  );
}
