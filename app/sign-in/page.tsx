import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { HOME_PATH } from '@/lib/auth/roles';
import { getActor } from '../_lib/session';
import { SignInForm } from './sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const actor = await getActor();
  if (actor) redirect(HOME_PATH[actor.role]);
  const { callbackUrl } = await searchParams;
  return (
    <main className="flex min-h-screen items-center justify-center px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 text-center">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-600">Shipper Central</p>
          <h1 className="mt-2 text-2xl font-semibold">Sign in</h1>
          <p className="mt-2 text-sm text-slate-600">Shippers, account managers and delivery associates.</p>
        </div>
        <div className="rounded-xl border border-slate-200 bg-white p-6 shadow-sm">
          <SignInForm callbackUrl={callbackUrl ?? null} />
        </div>
        <p className="mt-6 text-center text-sm text-slate-600">
          Expecting a package?{' '}
          <Link href="/recipient/sign-in" className="font-medium text-brand-700 underline-offset-2 hover:underline">
            Sign in to Recipient Central
          </Link>
        </p>
      </div>
    </main>
  );
}
