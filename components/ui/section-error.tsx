'use client';

import { Button } from './button';
import { StatusPage } from './status-page';

/** What Next.js hands an error.tsx boundary. */
export interface ErrorBoundaryProps {
  error: unknown;
  /** Fetches and renders the segment again (`reset` would only re-render what already failed). */
  retry: () => void;
}

function digestOf(error: unknown): string | null {
  return error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
}

/** A page that failed: no internals, the digest that finds the server's log line, and a retry. */
export function SectionError({ error, retry, title }: ErrorBoundaryProps & { title: string }) {
  const digest = digestOf(error);
  return (
    <StatusPage code="Error" title={title} way={<Button onClick={retry}>Try again</Button>}>
      <p>Something went wrong on our side. Try again; if it keeps happening, give support the reference below.</p>
      {digest && (
        <p className="mt-2 text-sm">
          Reference: <code className="font-mono">{digest}</code>
        </p>
      )}
    </StatusPage>
  );
}
