import { OnOffBadge } from '@/components/settings/on-off-badge';

/** Enabled, switched off by the shipper, or switched off automatically after repeated failures. */
export function EndpointStateBadge({ enabled, disabledReason }: { enabled: boolean; disabledReason: string | null }) {
  if (!enabled && disabledReason) {
    return (
      <span className="inline-flex items-center whitespace-nowrap rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-900 ring-1 ring-inset ring-amber-600/30">
        Switched off automatically
      </span>
    );
  }
  return <OnOffBadge on={enabled} onLabel="Enabled" offLabel="Switched off" />;
}
