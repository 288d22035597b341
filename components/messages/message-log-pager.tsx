import Link from 'next/link';
import { messageLogHref, type MessageLogQuery } from '@/lib/messages/log-query';

const linkClass = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50';
const offClass = 'rounded-md border border-slate-200 px-3 py-1.5 text-sm text-slate-500';

export function MessageLogPager({ query, hasNextPage }: { query: MessageLogQuery; hasNextPage: boolean }) {
  return (
    <nav aria-label="Pages" className="flex flex-wrap items-center justify-between gap-3 pt-4">
      <p className="text-sm text-slate-600">Page {query.page.toLocaleString('en-GB')}</p>
      <div className="flex gap-2">
        {query.page > 1 ? (
          <Link href={messageLogHref(query, { page: query.page - 1 })} className={linkClass} rel="prev">
            Previous
          </Link>
        ) : (
          <span className={offClass}>Previous</span>
        )}
        {hasNextPage ? (
          <Link href={messageLogHref(query, { page: query.page + 1 })} className={linkClass} rel="next">
            Next
          </Link>
        ) : (
          <span className={offClass}>Next</span>
        )}
      </div>
    </nav>
  );
}
