'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';

const MASK = 'whsec_••••••••••••••••••••••••';

/** The endpoint's signing secret, masked until the shipper reveals it; copyable either way. */
export function SecretReveal({ secret }: { secret: string }) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied('Secret copied to the clipboard.');
    } catch {
      setShown(true);
      setCopied('Copying is not allowed here: select the secret and copy it.');
    }
  };

  return (
    <div className="space-y-2">
      <code
        id="webhook-secret"
        data-testid="webhook-secret"
        className="block rounded-md border border-slate-200 bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-900 select-all"
      >
        {shown ? secret : MASK}
      </code>
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" aria-controls="webhook-secret" onClick={() => setShown((s) => !s)}>
          {shown ? 'Hide' : 'Reveal'}
        </Button>
        <Button type="button" variant="secondary" onClick={copy}>
          Copy secret
        </Button>
      </div>
      <p aria-live="polite" className="min-h-4 text-xs text-slate-600">
        {copied}
      </p>
    </div>
  );
}
