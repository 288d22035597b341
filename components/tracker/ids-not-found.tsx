import { Notice } from '@/components/ui/notice';
import { summariseNotFound } from '@/lib/tracker/pasted-ids';

/** Which pasted ids name no shipment of the account: the first few, then how many more. */
export function IdsNotFound({ ids, className }: { ids: string[]; className?: string }) {
  if (ids.length === 0) return null;
  const { count, shown, more } = summariseNotFound(ids);
  return (
    <Notice tone="warning" title={`${count.toLocaleString('en-GB')} not found`} className={className}>
      Not a tracking id or client reference of this account: <span className="font-mono text-xs">{shown.join(', ')}</span>
      {more > 0 && ` and ${more.toLocaleString('en-GB')} more`}.
    </Notice>
  );
}
