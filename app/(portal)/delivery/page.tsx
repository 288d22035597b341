import type { Metadata } from 'next';
import { type DeliveryListRow, PackageList } from '@/components/delivery/package-list';
import { RunDayControls } from '@/components/delivery/run-day-controls';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listTodaysPackages, type StationPackageSummary } from '@/db/queries/delivery';
import { type Messages, translatorFor } from '@/lib/i18n/translator';
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

function listRowOf(pkg: StationPackageSummary, stateLabel: string): DeliveryListRow {
  const { id, trackingId, recipientName, shipperName, trackerState, needsPasscode } = pkg;
  return { id, trackingId, recipientName, shipperName, trackerState, stateLabel, needsPasscode };
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
            <PackageList rows={rows.map((pkg) => listRowOf(pkg, states(pkg.trackerState)))} passcodeNeeded={t('passcodeNeeded')} />
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
