'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import type { ServerAction } from '@/lib/actions/action-result';

/** Puts one failed message back in the outbox; the row turns pending when the page refreshes. */
export function RetryMessageButton({ messageId, label, retry }: { messageId: string; label: string; retry: ServerAction }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  const onRetry = () =>
    startTransition(async () => {
      setError(null);
      const result = await retry({ messageId }).catch(() => null);
      if (!result?.ok) {
        setError(result?.error ?? 'The message could not be retried. Try again.');
        return;
      }
      router.refresh();
    });

  return (
    <div className="space-y-1">
      <Button
        type="button"
        variant="secondary"
        className="px-3 py-1 text-xs"
        onClick={onRetry}
        disabled={pending}
        aria-label={`Retry ${label}`}
      >
        {pending ? 'Retrying…' : 'Retry'}
      </Button>
      {error && (
        <p role="alert" className="max-w-48 text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
