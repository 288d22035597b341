import type { ReactNode } from 'react';
import { AppHeader } from '@/components/shell/app-header';
import { getDb } from '@/db/client';
import { getHeaderContext } from '@/db/queries/header';
import { getActor } from '../_lib/session';

export default async function PortalLayout({ children }: { children: ReactNode }) {
  const actor = await getActor();
  // Signed out: each page sends the visitor to sign-in with the way back (requirePageActor).
  if (!actor) return children;
  const context = await getHeaderContext(await getDb(), actor);
  return (
    <>
      <AppHeader name={actor.name} role={actor.role} context={context} />
      <main className="mx-auto max-w-7xl px-4 py-6 sm:px-6 sm:py-8">{children}</main>
    </>
  );
}
