'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState, useTransition } from 'react';
import { managedAccountsSearch, type ManagedAccountsQuery } from '@/lib/settings/managed-accounts-query';

export type ManagedAccountsChange = (next: Partial<ManagedAccountsQuery>, resetPage?: boolean) => void;

export interface ManagedAccountsNavigation {
  /** The table's state as last asked for: what the controls show, even before the server has answered. */
  query: ManagedAccountsQuery;
  navigate: ManagedAccountsChange;
  pending: boolean;
}

/**
 * Each change builds on the state last asked for, not on the page the server last sent: two quick
 * filter changes both reach the URL. A navigation from elsewhere (back button, a link) is taken over
 * once none of ours is on its way.
 */
export function useManagedAccountsNavigation(shown: ManagedAccountsQuery): ManagedAccountsNavigation {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [wanted, setWanted] = useState(shown);
  const [lastShown, setLastShown] = useState(shown);
  if (lastShown !== shown) {
    setLastShown(shown);
    if (!pending) setWanted(shown);
  }
  // Changes made before React renders again (a timer and a click in one tick) read this, not the render's state.
  const latest = useRef(wanted);
  useEffect(() => {
    latest.current = wanted;
  }, [wanted]);

  const navigate = useCallback<ManagedAccountsChange>(
    (next, resetPage = true) => {
      const merged = { ...latest.current, ...next, ...(resetPage ? { page: 1 } : {}) };
      latest.current = merged;
      setWanted(merged);
      startTransition(() => router.push(`${pathname}${managedAccountsSearch(merged)}`, { scroll: false }));
    },
    [pathname, router],
  );

  return { query: wanted, navigate, pending };
}
