import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { SHIPPER_MESSAGE_TEMPLATES, type MessageLogQuery } from '@/lib/messages/log-query';
import { templateLabel } from '@/lib/messages/template-labels';

const labelClass = 'block text-xs font-medium text-slate-700';

/** The log's filters as a GET form: submitting it navigates to the new URL (page one), so the back button works. */
export function MessageLogFilters({ query, accounts }: { query: MessageLogQuery; accounts: { id: string; name: string }[] | null }) {
  return (
    <Form action="/messages/log" className="flex flex-wrap items-end gap-3" aria-label="Filter messages">
      {query.status && <input type="hidden" name="status" value={query.status} />}
      {accounts && (
        <div className="w-full sm:w-56">
          <label htmlFor="messages-account" className={labelClass}>
            Shipper account
          </label>
          <select id="messages-account" name="account" defaultValue={query.account ?? ''} className={inputClass}>
            <option value="">All my accounts</option>
            {accounts.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="w-full sm:w-48">
        <label htmlFor="messages-template" className={labelClass}>
          Message
        </label>
        <select id="messages-template" name="template" defaultValue={query.template ?? ''} className={inputClass}>
          <option value="">All messages</option>
          {SHIPPER_MESSAGE_TEMPLATES.map((t) => (
            <option key={t} value={t}>
              {templateLabel(t)}
            </option>
          ))}
        </select>
      </div>
      <div className="w-full sm:w-56">
        <label htmlFor="messages-tracking-id" className={labelClass}>
          Tracking id
        </label>
        <input
          id="messages-tracking-id"
          name="trackingId"
          type="search"
          defaultValue={query.trackingId ?? ''}
          maxLength={40}
          placeholder="Exact tracking id"
          className={`${inputClass} font-mono`}
        />
      </div>
      <Button type="submit">Apply filters</Button>
    </Form>
  );
}
