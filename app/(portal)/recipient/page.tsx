import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PackageList } from '@/components/recipient/package-list';
import { PasscodeCard } from '@/components/recipient/passcode-card';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listRecipientPackages } from '@/db/queries/recipient-packages';
import { translatorFor } from '@/lib/i18n/translator';
import { passcodeCardsOf } from '@/lib/recipient/passcode-cards';
import { actorLocale } from '../../_lib/page-locale';
import { getActor, requirePageActor } from '../../_lib/session';

export async function generateMetadata(): Promise<Metadata> {
  return { title: translatorFor(await actorLocale(), 'recipient')('title') };
}

export default async function RecipientPage() {
  if (!(await getActor())) redirect('/recipient/sign-in');
  const actor = await requirePageActor(['recipient'], '/recipient');
  const [packages, setting] = await Promise.all([listRecipientPackages(await getDb(), actor), actorLocale()]);
  const t = translatorFor(setting, 'recipient');
  const states = translatorFor(setting, 'states');
  const passcodeCards = passcodeCardsOf(packages);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-4">
        {passcodeCards.map((card, i) => (
          <PasscodeCard key={`${card.deliveryDate}-${i}`} headingId={`passcode-${i}`} t={t} {...card} />
        ))}
        <Card>
          {packages.length === 0 ? (
            <p className="text-sm text-slate-600">{t('empty')}</p>
          ) : (
            <PackageList packages={packages} t={t} stateLabel={(state) => states(state)} locale={setting.locale} />
          )}
        </Card>
      </div>
    </div>
  );
}
