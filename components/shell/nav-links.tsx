'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import type { NavLink } from '@/lib/auth/roles';

function isActive(pathname: string, href: string, all: NavLink[]): boolean {
  if (pathname === href) return true;
  if (all.some((l) => l.href === pathname)) return false;
  // The longest matching link wins, so /shipments/upload does not also light up /shipments.
  const matches = all.filter((l) => pathname.startsWith(`${l.href}/`));
  const best = matches.sort((a, b) => b.href.length - a.href.length)[0];
  return best?.href === href;
}

export function NavLinks({ links, label }: { links: NavLink[]; label: string }) {
  const pathname = usePathname();
  return (
    <nav aria-label={label} className="-mb-px flex min-w-0 gap-1 overflow-x-auto">
      {links.map((link) => {
        const active = isActive(pathname, link.href, links);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium ${
              active ? 'border-brand-600 text-brand-700' : 'border-transparent text-slate-600 hover:border-slate-300 hover:text-slate-900'
            }`}
          >
            {link.label}
          </Link>
        );
      })}
    </nav>
  );
}
