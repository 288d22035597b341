'use client';

import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { useCloseWhenWide } from '@/components/ui/use-close-when-wide';

interface FilterSheetProps {
  /** The phone's button, e.g. "Filters (2 active)". */
  buttonLabel: string;
  /** The filter bar. */
  children: ReactNode;
}

/**
 * The filter bar in a card from md up; on a phone, a button that opens it in a bottom sheet. The sheet is a
 * modal <dialog>: focus moves in and stays there, Escape closes it, and focus returns to the button.
 * The bar is mounted in one place at a time, so its field ids stay unique.
 */
export function FilterSheet({ buttonLabel, children }: FilterSheetProps) {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const close = useCallback(() => dialog.current?.close(), []);

  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
  }, [open]);
  useCloseWhenWide(open, close);

  return (
    <>
      <Button type="button" variant="secondary" aria-haspopup="dialog" className="md:hidden" onClick={() => setOpen(true)}>
        {buttonLabel}
      </Button>
      {open ? (
        <dialog
          ref={dialog}
          aria-labelledby={titleId}
          onClose={() => setOpen(false)}
          // Applying the filters navigates; the sheet has done its job.
          onSubmit={close}
          // A click on the dialog itself, not its content, is a click on the backdrop.
          onClick={(event) => {
            if (event.target === event.currentTarget) close();
          }}
          className="m-0 mt-auto max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-2xl border-0 bg-white p-0 shadow-xl backdrop:bg-slate-900/40"
        >
          <div className="p-4">
            <div className="mb-3 flex items-center justify-between gap-2">
              <h2 id={titleId} className="text-base font-semibold text-slate-900">
                Filters
              </h2>
              <Button type="button" variant="secondary" onClick={close}>
                Close
              </Button>
            </div>
            {children}
          </div>
        </dialog>
      ) : (
        <Card className="hidden min-w-0 md:block">{children}</Card>
      )}
    </>
  );
}
