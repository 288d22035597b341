'use client';

import { useEffect } from 'react';

/** Tailwind's md breakpoint, from which the phone's sheets and menus give way to the inline layout. */
const WIDE = '(min-width: 48rem)';

/** Closes a phone-only overlay when the screen turns wide (a rotated tablet, a resized window); `close` must be stable. */
export function useCloseWhenWide(open: boolean, close: () => void): void {
  useEffect(() => {
    if (!open) return;
    const wide = window.matchMedia(WIDE);
    const onChange = () => {
      if (wide.matches) close();
    };
    wide.addEventListener('change', onChange);
    return () => wide.removeEventListener('change', onChange);
  }, [open, close]);
}
