import { PageLinks } from '@/components/ui/page-links';
import type { Translator } from '@/lib/i18n/translator';
import { type PackageCursor, packagePageHref } from '@/lib/recipient/package-pages';

interface PackagePagerProps {
  /** The edges to page on from; null at the newest or the oldest page. */
  newer: PackageCursor | null;
  older: PackageCursor | null;
  t: Translator<'recipient'>;
}

/** Newest / Newer / Older under the recipient's packages, in the page's language. */
export function PackagePager({ newer, older, t }: PackagePagerProps) {
  if (!newer && !older) return null;
  return (
    <div className="mt-4 border-t border-slate-100">
      <PageLinks
        summary={null}
        label={t('pager.label')}
        words={{ first: t('pager.newest'), prev: t('pager.newer'), next: t('pager.older') }}
        firstHref={newer ? '/recipient' : null}
        prevHref={newer && packagePageHref({ newer })}
        nextHref={older && packagePageHref({ older })}
      />
    </div>
  );
}
