import Link from 'next/link';
import type { ReactNode } from 'react';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
const offClass = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500';

/** The words of the links, for pages in another language or with other words ("Newer", "Older"). */
export interface PageLinkWords {
  first: string;
  prev: string;
  next: string;
}

const ENGLISH: PageLinkWords = { first: 'First', prev: 'Previous', next: 'Next' };

interface PageLinksProps {
  /** What the page shows ("Page 2", "50 shown of 1,234 shipments"). */
  summary: ReactNode;
  prevHref: string | null;
  nextHref: string | null;
  /** Back to the first page, for keyset paging where "previous" steps one page at a time. */
  firstHref?: string | null;
  label?: string;
  words?: PageLinkWords;
}

/** Previous/Next links under a list (greyed out at either end), with what the page shows. */
export function PageLinks({ summary, prevHref, nextHref, firstHref, label = 'Pages', words = ENGLISH }: PageLinksProps) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center justify-between gap-3 pt-4">
      {summary}
      <div className="flex gap-2">
        {firstHref && (
          <Link href={firstHref} className={linkClass}>
            {words.first}
          </Link>
        )}
        {prevHref ? (
          <Link href={prevHref} className={linkClass} rel="prev">
            {words.prev}
          </Link>
        ) : (
          <span className={offClass}>{words.prev}</span>
        )}
        {nextHref ? (
          <Link href={nextHref} className={linkClass} rel="next">
            {words.next}
          </Link>
        ) : (
          <span className={offClass}>{words.next}</span>
        )}
      </div>
    </nav>
  );
}
