import type { AuditRow } from '@/db/queries/audit-log';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { auditFieldLabel, auditValueLabel } from '@/lib/settings/audit-fields';

interface Props {
  entries: AuditRow[];
  /** The account's home marketplace time zone: every entry is shown in it. */
  timeZone: string;
}

export function AuditLogList({ entries, timeZone }: Props) {
  if (entries.length === 0) return <p className="text-sm text-slate-600">No settings have been changed yet.</p>;
  const when = (at: Date) => at.toLocaleString('en-GB', { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  return (
    <>
      <p className="mb-2 text-xs text-slate-500">Times in {timeZone.replace('_', ' ')}.</p>
      <ol className="divide-y divide-slate-100" aria-label="Audit log" data-testid="audit-log">
        {entries.map((e) => (
          <li key={e.id} className="flex flex-col gap-1 py-3 sm:flex-row sm:items-baseline sm:justify-between sm:gap-6">
            <div className="text-sm">
              <p className="text-slate-900">
                <span className="font-medium">{auditFieldLabel(e.field)}</span>: {auditValueLabel(e.field, e.oldValue)}{' '}
                <span aria-label="changed to">→</span> <span className="font-medium">{auditValueLabel(e.field, e.newValue)}</span>
              </p>
              <p className="text-slate-600">
                {e.actorName ?? 'Unknown user'}
                {e.actorEmail ? ` (${e.actorEmail})` : ''} · {ROLE_LABELS[e.actorRole]}
              </p>
            </div>
            <time dateTime={e.at.toISOString()} className="shrink-0 text-sm whitespace-nowrap text-slate-500">
              {when(e.at)}
            </time>
          </li>
        ))}
      </ol>
    </>
  );
}
