import type { Metadata } from 'next';
import Link from 'next/link';
import { RunDayControls } from '@/components/delivery/run-day-controls';
import { StatusBadge } from '@/components/shipments/status-badge';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listTodaysPackages, type StationPackageSummary } from '@/db/queries/delivery';
import { type Messages, type Translator, translatorFor } from '@/lib/i18n/translator';
import type { TrackerState } from '@/lib/tracker/states';
import { actorLocale } from '../../_lib/page-locale';
import { requirePageActor } from '../../_lib/session';
import { pickUpAllAction, takeAllOutAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await actorLocale(), 'delivery')('title') };
}

const GROUPS: { title: keyof Messages['delivery']['groups']; states: TrackerState[] }[] = [
  { title: 'outForDelivery', states: ['out_for_delivery'] },
  { title: 'attempted', states: ['attempted_otp_not_available', 'delivery_attempted'] },
  { title: 'atStation', states: ['in_transit'] },
  { title: 'toPickUp', states: ['label_created'] },
  { title: 'finished', states: ['delivered', 'delivered_with_otp', 'returned_to_station'] },
];

function PackageRow({ pkg, t, stateLabel }: { pkg: StationPackageSummary; t: Translator<'delivery'>; stateLabel: string }) {
  return (
    <li>
      <Link
        href={`/delivery/${pkg.id}`}
        className="flex items-center justify-between gap-3 py-3 hover:bg-slate-50 focus-visible:bg-slate-50"
      >
        <div className="min-w-0">
          <p className="truncate text-sm font-medium text-slate-900">{pkg.recipientName}</p>
          <p className="font-mono text-xs text-slate-500">{pkg.trackingId}</p>
          <p className="truncate text-xs text-slate-500">{pkg.shipperName}</p>
          {pkg.needsPasscode && <p className="text-xs font-medium text-brand-700">{t('passcodeNeeded')}</p>}
        </div>
        <StatusBadge state={pkg.trackerState} label={stateLabel} />
      </Link>
    </li>
  );
}

export default async function DeliveryPage() {
  const actor = await requirePageActor(['delivery_associate']);
  const [packages, setting] = await Promise.all([listTodaysPackages(await getDb(), actor), actorLocale()]);
  const t = translatorFor(setting, 'delivery');
  const states = translatorFor(setting, 'states');
  const count = (state: TrackerState) => packages.filter((p) => p.trackerState === state).length;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <PageHeader title={t('title')} description={t('description', { station: actor.station ?? '—', today: new Date() })} />
      <Card title={t('runDay.title')}>
        <RunDayControls
          toPickUp={count('label_created')}
          toTakeOut={count('in_transit')}
          pickUpAll={pickUpAllAction}
          takeAllOut={takeAllOutAction}
        />
      </Card>
      {GROUPS.map((group) => {
        const rows = packages.filter((p) => group.states.includes(p.trackerState));
        if (rows.length === 0) return null;
        return (
          <Card key={group.title} title={t(`groups.${group.title}`, { count: rows.length })}>
            <ul className="-my-3 divide-y divide-slate-100">
              {rows.map((pkg) => (
                <PackageRow key={pkg.id} pkg={pkg} t={t} stateLabel={states(pkg.trackerState)} />
              ))}
            </ul>
          </Card>
        );
      })}
      {packages.length === 0 && (
        <Card>
          <p className="text-sm text-slate-600">{t('empty')}</p>
        </Card>
      )}
    </div>
  );
}
