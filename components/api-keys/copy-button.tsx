'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

interface Props {
  text: string;
  label: string;
  /** The element holding the text, selected for the shipper when the clipboard is not allowed. */
  targetId: string;
}

/** Copies `text` to the clipboard and says so; where copying is refused, selects the text instead. */
export function CopyButton({ text, label, targetId }: Props) {
  const [status, setStatus] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Copied to the clipboard.');
    } catch {
      const target = document.getElementById(targetId);
      if (target) window.getSelection()?.selectAllChildren(target);
      setStatus('Copying is not allowed here: the text is selected, copy it yourself.');
    }
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <Button type="button" variant="secondary" aria-controls={targetId} onClick={copy}>
        {label}
      </Button>
      <p aria-live="polite" className="text-xs text-slate-600">
        {status}
      </p>
    </div>
  );
}
