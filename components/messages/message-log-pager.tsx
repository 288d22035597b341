import { PageLinks } from '@/components/ui/page-links';
import { messageLogHref, type MessageLogQuery } from '@/lib/messages/log-query';

export function MessageLogPager({ query, hasNextPage }: { query: MessageLogQuery; hasNextPage: boolean }) {
  return (
    <PageLinks
      summary={<p className="text-sm text-slate-600">Page {query.page.toLocaleString('en-GB')}</p>}
      prevHref={query.page > 1 ? messageLogHref(query, { page: query.page - 1 }) : null}
      nextHref={hasNextPage ? messageLogHref(query, { page: query.page + 1 }) : null}
    />
  );
}
