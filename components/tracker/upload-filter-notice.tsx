import Link from 'next/link';
import { Notice } from '@/components/ui/notice';
import { type TrackerQuery, trackerHref } from '@/lib/tracker/query';

/** Says the view holds one upload's shipments only, with the way back to all of them. */
export function UploadFilterNotice({ query, className }: { query: TrackerQuery; className?: string }) {
  if (!query.upload) return null;
  return (
    <Notice className={className}>
      Only the shipments stored by one upload.{' '}
      <Link href={trackerHref(query, { upload: null })} className="font-medium text-brand-700 underline">
        Show every shipment
      </Link>
    </Notice>
  );
}
