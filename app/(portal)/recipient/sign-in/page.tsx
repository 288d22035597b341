import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { HOME_PATH } from '@/lib/auth/roles';
import { getActor } from '../../../_lib/session';
import { RecipientSignInForm } from './recipient-sign-in-form';

export const metadata: Metadata = { title: 'Sign in to Recipient Central' };

export default async function RecipientSignInPage() {
  const actor = await getActor();
  if (actor) redirect(HOME_PATH[actor.role]);
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Recipient Central</p>
          <h1 className="mt-2 text-2xl font-semibold">Sign in to see your packages</h1>
          <p className="mt-2 text-sm text-slate-600">No password needed: we send you a sign-in code.</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <RecipientSignInForm />
        </div>
        <p className="mt-6 text-center text-sm text-slate-600">
          Shipper, account manager or delivery associate?{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Sign in with your password
          </Link>
        </p>
      </div>
    </main>
  );
}
