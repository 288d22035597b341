import Link from 'next/link';
import { NAV_LINKS, ROLE_LABELS, type Role } from '@/lib/auth/roles';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

interface AppHeaderProps {
  name: string;
  role: Role;
  /** The shipper account's name, or the station of a delivery associate. */
  context: string | null;
}

export function AppHeader({ name, role, context }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 pt-3 sm:px-6">
        <Link href="/" className="shrink-0 text-base font-semibold text-brand-900">
          Shipper Central
        </Link>
        <div className="flex min-w-0 items-center gap-3 text-right">
          {/* On a phone only the name fits beside the sign-out button; the page itself says the station or account. */}
          <div className="min-w-0 leading-tight" data-testid="signed-in-user">
            <p className="truncate text-sm font-medium text-slate-900">{name}</p>
            <p className="hidden text-xs text-slate-500 sm:block">
              {ROLE_LABELS[role]}
              {context ? ` · ${context}` : ''}
            </p>
          </div>
          <SignOutButton />
        </div>
      </div>
      <div className="mx-auto max-w-7xl px-2 sm:px-4">
        <NavLinks links={NAV_LINKS[role]} />
      </div>
    </header>
  );
}
