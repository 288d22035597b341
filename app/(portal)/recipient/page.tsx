import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PackageList } from '@/components/recipient/package-list';
import { PasscodeCard } from '@/components/recipient/passcode-card';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { listRecipientPackages } from '@/db/queries/recipient-packages';
import { passcodeCardsOf } from '@/lib/recipient/passcode-cards';
import { getActor, requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'My packages' };

export default async function RecipientPage() {
  if (!(await getActor())) redirect('/recipient/sign-in');
  const actor = await requirePageActor(['recipient'], '/recipient');
  const packages = await listRecipientPackages(await getDb(), actor);
  const passcodeCards = passcodeCardsOf(packages);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="My packages" description="Packages on their way to you, from every shipper." />
      <div className="space-y-4">
        {passcodeCards.map((card, i) => (
          <PasscodeCard key={`${card.deliveryDate}-${i}`} headingId={`passcode-${i}`} {...card} />
        ))}
        <Card>
          {packages.length === 0 ? (
            <p className="text-sm text-slate-600">No packages for your e-mail address or mobile number yet.</p>
          ) : (
            <PackageList packages={packages} />
          )}
        </Card>
      </div>
    </div>
  );
}
