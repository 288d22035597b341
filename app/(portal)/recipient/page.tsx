import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PackageList } from '@/components/recipient/package-list';
import { PackagePager } from '@/components/recipient/package-pager';
import { PasscodeCard } from '@/components/recipient/passcode-card';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listRecipientPackages } from '@/db/queries/recipient-packages';
import { translatorFor } from '@/lib/i18n/translator';
import { parsePackagePageQuery } from '@/lib/recipient/package-pages';
import { recipientCentralTitle } from '@/lib/recipient/page-title';
import { passcodeCardsOf } from '@/lib/recipient/passcode-cards';
import { actorLocale } from '../../_lib/page-locale';
import { getActor, requirePageActor } from '../../_lib/session';

export async function generateMetadata(): Promise<Metadata> {
  const setting = await actorLocale();
  return { title: { absolute: recipientCentralTitle(setting, translatorFor(setting, 'recipient')('title')) } };
}

export default async function RecipientPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (!(await getActor())) redirect('/recipient/sign-in');
  const actor = await requirePageActor(['recipient']);
  const page = parsePackagePageQuery(await searchParams);
  const [packages, setting] = await Promise.all([listRecipientPackages(await getDb(), actor, page), actorLocale()]);
  // A link to a page whose packages have all moved on: the newest ones instead of an empty page.
  if (packages.others.length === 0 && (page.older || page.newer)) redirect('/recipient');
  const t = translatorFor(setting, 'recipient');
  const states = translatorFor(setting, 'states');
  const passcodeCards = passcodeCardsOf(packages.outToday);
  // Every page keeps today's passcodes on top; the packages out for delivery today head the newest page.
  const listed = packages.newer ? packages.others : [...packages.outToday, ...packages.others];
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title={t('title')} description={t('description')} />
      <div className="space-y-4">
        {passcodeCards.map((card, i) => (
          <PasscodeCard key={`${card.deliveryDate}-${i}`} headingId={`passcode-${i}`} t={t} {...card} />
        ))}
        <Card>
          {listed.length === 0 ? (
            <p className="text-sm text-slate-600">{t('empty')}</p>
          ) : (
            <>
              <PackageList packages={listed} t={t} stateLabel={(state) => states(state)} locale={setting.locale} />
              <PackagePager newer={packages.newer} older={packages.older} t={t} />
            </>
          )}
        </Card>
      </div>
    </div>
  );
}
