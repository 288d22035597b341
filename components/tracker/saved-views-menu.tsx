'use client';

import { type MouseEvent, type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useCloseWhenWide } from '@/components/ui/use-close-when-wide';

const TITLE = 'Saved views';

/**
 * The saved views in a card from md up; on a phone, a button that drops them down below it. Opening moves
 * focus to the first saved view; Escape closes it and returns focus to the button; a click outside closes it.
 * The list is mounted in one place at a time, so its ids stay unique.
 */
export function SavedViewsMenu({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const panelId = useId();
  const close = useCallback(() => setOpen(false), []);

  useEffect(() => {
    if (!open) return;
    (panel.current?.querySelector<HTMLElement>('a[href]') ?? panel.current)?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    // On the document: saving a view disables its button for a moment, which drops focus to the body.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      document.getElementById(buttonId)?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open, buttonId]);
  useCloseWhenWide(open, close);

  // Opening a saved view navigates: the menu has done its job.
  const onPanelClick = (event: MouseEvent) => {
    if ((event.target as Element).closest('a[href]')) setOpen(false);
  };

  return (
    <>
      <div ref={root} className="relative md:hidden">
        <Button
          id={buttonId}
          type="button"
          variant="secondary"
          aria-expanded={open}
          aria-controls={open ? panelId : undefined}
          className="w-full"
          onClick={() => setOpen((was) => !was)}
        >
          {TITLE} <span aria-hidden="true">{open ? '▴' : '▾'}</span>
        </Button>
        {open && (
          <div
            ref={panel}
            id={panelId}
            role="group"
            aria-labelledby={buttonId}
            tabIndex={-1}
            onClick={onPanelClick}
            className="absolute right-0 z-20 mt-2 w-[calc(100vw-2rem)] max-w-sm rounded-lg border border-slate-200 bg-white p-4 shadow-lg"
          >
            {children}
          </div>
        )}
      </div>
      {!open && (
        <Card title={TITLE} className="hidden md:block">
          {children}
        </Card>
      )}
    </>
  );
}
