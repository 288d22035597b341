import type { ReactNode } from 'react';
import { OnOffBadge } from '@/components/settings/on-off-badge';
import { ActionButton } from '@/components/ui/action-button';
import { UtcTime } from '@/components/ui/utc-time';
import type { ApiKeyListRow } from '@/db/queries/api-keys';
import type { ServerAction } from '@/lib/actions/action-result';
import { maskedApiKey } from '@/lib/api/api-key';

interface Props {
  keys: ApiKeyListRow[];
  revoke: ServerAction;
}

/** One line of a key's details: the term beside its value, which fits a phone's width. */
function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt className="font-medium text-slate-500">{term}</dt>
      <dd className="min-w-0 break-words text-slate-700">{children}</dd>
    </>
  );
}

/** The account's keys, newest first: how each reads, when it was made and last used, by whom, and whether it still works. */
export function ApiKeyList({ keys, revoke }: Props) {
  if (keys.length === 0) return <p className="text-sm text-slate-600">No API keys yet.</p>;
  return (
    <ul className="divide-y divide-slate-100" aria-label="API keys">
      {keys.map((k) => (
        <li key={k.id} data-testid="api-key" className="grid gap-3 py-4 sm:grid-cols-[minmax(0,1.4fr)_minmax(0,2fr)_auto] sm:gap-6">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-medium break-words text-slate-900">{k.name}</span>
              <OnOffBadge on={k.revokedAt === null} onLabel="Active" offLabel="Revoked" />
            </p>
            <p className="mt-1 font-mono text-sm break-all text-slate-700">{maskedApiKey(k.prefix, k.lastFour)}</p>
          </div>
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] content-start gap-x-3 gap-y-1 text-xs">
            <Detail term="Created">
              <UtcTime at={k.createdAt} />
            </Detail>
            <Detail term="Last used">{k.lastUsedAt ? <UtcTime at={k.lastUsedAt} /> : 'Never'}</Detail>
            <Detail term="Created by">{k.createdBy}</Detail>
            {k.revokedAt && (
              <Detail term="Revoked">
                <UtcTime at={k.revokedAt} />
              </Detail>
            )}
          </dl>
          <div>
            {k.revokedAt === null && (
              <ActionButton
                action={revoke}
                payload={{ keyId: k.id }}
                variant="danger"
                label={`Revoke ${k.name}`}
                confirm={{
                  title: `Revoke “${k.name}”?`,
                  body: `Requests with ${maskedApiKey(k.prefix, k.lastFour)} are refused from the next one on. This cannot be undone: to use the API again, create a new key and put it where this one was.`,
                  confirmLabel: 'Revoke key',
                }}
              >
                Revoke
              </ActionButton>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
