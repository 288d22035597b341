import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { PackageList } from '@/components/recipient/package-list';
import { PasscodeCard } from '@/components/recipient/passcode-card';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listRecipientPackages, type RecipientPackage } from '@/db/queries/recipient-packages';
import { getActor, requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'My packages' };

/** One passcode per delivery day covers all of that day's packages, whichever shipper sent them. */
function passcodesByDay(packages: RecipientPackage[]): { deliveryDate: string; code: string; trackingIds: string[] }[] {
  const byDay = new Map<string, { deliveryDate: string; code: string; trackingIds: string[] }>();
  for (const p of packages) {
    if (p.passcode.kind !== 'ready' || !p.deliveryDate) continue;
    const day = byDay.get(p.deliveryDate) ?? { deliveryDate: p.deliveryDate, code: p.passcode.code, trackingIds: [] };
    day.trackingIds.push(p.trackingId);
    byDay.set(p.deliveryDate, day);
  }
  return [...byDay.values()];
}

export default async function RecipientPage() {
  if (!(await getActor())) redirect('/recipient/sign-in');
  const actor = await requirePageActor(['recipient'], '/recipient');
  const packages = await listRecipientPackages(actor);
  const passcodes = passcodesByDay(packages);
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader title="My packages" description="Packages on their way to you, from every shipper." />
      <div className="space-y-4">
        {passcodes.map((p) => (
          <PasscodeCard key={p.deliveryDate} {...p} />
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
