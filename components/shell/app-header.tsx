import Link from 'next/link';
import type { ReactNode } from 'react';
import type { NavLink } from '@/lib/auth/roles';
import { NavLinks } from './nav-links';
import { SignOutButton } from './sign-out-button';

/** The header's words, in the page's language. */
export interface HeaderCopy {
  brand: string;
  roleLabel: string;
  links: NavLink[];
  signOut: string;
  mainNav: string;
}

interface AppHeaderProps {
  name: string;
  /** The shipper account's name, or the station of a delivery associate. */
  context: string | null;
  copy: HeaderCopy;
  /** The language switch, on the pages that speak the marketplace's language. */
  languageSwitch?: ReactNode;
}

export function AppHeader({ name, context, copy, languageSwitch }: AppHeaderProps) {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-4 pt-3 sm:px-6">
        <Link href="/" className="shrink-0 text-base font-semibold text-brand-900">
          {copy.brand}
        </Link>
        <div className="flex min-w-0 items-center gap-3 text-right">
          {/* On a phone only the name fits beside the sign-out button; the page itself says the station or account. */}
          <div className="min-w-0 leading-tight" data-testid="signed-in-user">
            <p className="truncate text-sm font-medium text-slate-900">{name}</p>
            <p className="hidden text-xs text-slate-500 sm:block">
              {copy.roleLabel}
              {context ? ` · ${context}` : ''}
            </p>
          </div>
          <SignOutButton label={copy.signOut} />
        </div>
      </div>
      <div className="mx-auto flex max-w-7xl items-center justify-between gap-3 px-2 sm:px-4">
        <NavLinks links={copy.links} label={copy.mainNav} />
        {languageSwitch && <div className="shrink-0 pr-2">{languageSwitch}</div>}
      </div>
    </header>
  );
}
