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

/** The words of an error page, for pages in another language than English. */
export interface SectionErrorCopy {
  somethingWrong: string;
  tryAgain: string;
  reference: string;
}

const ENGLISH: SectionErrorCopy = {
  somethingWrong: 'Something went wrong on our side. Try again; if it keeps happening, give support the reference below.',
  tryAgain: 'Try again',
  reference: 'Reference:',
};

/** A page that failed: no internals, the digest that finds the server's log line, and a retry. */
export function SectionError({ error, retry, title, copy = ENGLISH }: ErrorBoundaryProps & { title: string; copy?: SectionErrorCopy }) {
  const digest = digestOf(error);
  return (
    <StatusPage code="Error" title={title} way={<Button onClick={retry}>{copy.tryAgain}</Button>}>
      <p>{copy.somethingWrong}</p>
      {digest && (
        <p className="mt-2 text-sm">
          {copy.reference} <code className="font-mono">{digest}</code>
        </p>
      )}
    </StatusPage>
  );
}
