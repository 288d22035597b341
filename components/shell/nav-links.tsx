'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useRef } from 'react';
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
  const strip = useRef<HTMLElement>(null);
  useEffect(() => {
    const nav = strip.current;
    const active = nav?.querySelector('[aria-current="page"]');
    if (!nav || !active) return;
    // Centre the active tab by scrolling the strip alone: scrollIntoView would scroll the page too.
    const navBox = nav.getBoundingClientRect();
    const tabBox = active.getBoundingClientRect();
    nav.scrollLeft += tabBox.left - navBox.left - (navBox.width - tabBox.width) / 2;
  }, [pathname]);
  return (
    <nav ref={strip} aria-label={label} className="-mb-px flex min-w-0 gap-1 overflow-x-auto">
      {links.map((link) => {
        const active = isActive(pathname, link.href, links);
        return (
          <Link
            key={link.href}
            href={link.href}
            aria-current={active ? 'page' : undefined}
            className={`shrink-0 whitespace-nowrap border-b-2 px-3 py-3 text-sm font-medium ${
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
