import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { MARKETPLACE_CODES, MARKETPLACES } from '@/lib/otp/marketplaces';
import { MAX_PASTED_IDS, PAGE_SIZES, type TrackerQuery } from '@/lib/tracker/query';
import { HiddenQueryFields } from './hidden-query-fields';

const labelClass = 'block text-xs font-medium text-slate-700';

/** The view's filters as a GET form: submitting it navigates to the new URL, so the back button works. */
export function FilterBar({ query }: { query: TrackerQuery }) {
  return (
    <Form action="/shipments" className="space-y-3" aria-label="Filter shipments">
      <HiddenQueryFields query={query} omit={['q', 'market', 'otp', 'from', 'to', 'ids', 'size']} />
      <div className="grid grid-cols-2 gap-3 lg:grid-cols-6">
        <div className="col-span-2">
          <label htmlFor="tracker-q" className={labelClass}>
            Search
          </label>
          <input
            id="tracker-q"
            name="q"
            type="search"
            defaultValue={query.q}
            placeholder="Tracking id, client reference or recipient name"
            className={inputClass}
          />
        </div>
        <div>
          <label htmlFor="tracker-market" className={labelClass}>
            Marketplace
          </label>
          <select id="tracker-market" name="market" defaultValue={query.marketplace ?? ''} className={inputClass}>
            <option value="">All</option>
            {MARKETPLACE_CODES.map((m) => (
              <option key={m} value={m}>
                {MARKETPLACES[m].name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="tracker-otp" className={labelClass}>
            OTP eligible
          </label>
          <select id="tracker-otp" name="otp" defaultValue={query.otp} className={inputClass}>
            <option value="any">Any</option>
            <option value="yes">Yes</option>
            <option value="no">No</option>
          </select>
        </div>
        <div>
          <label htmlFor="tracker-from" className={labelClass}>
            Last event from
          </label>
          <input id="tracker-from" name="from" type="date" defaultValue={query.from ?? ''} className={inputClass} />
        </div>
        <div>
          <label htmlFor="tracker-to" className={labelClass}>
            Last event to
          </label>
          <input id="tracker-to" name="to" type="date" defaultValue={query.to ?? ''} className={inputClass} />
        </div>
      </div>
      <details className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2" open={query.ids.length > 0}>
        <summary className="cursor-pointer text-sm font-medium text-slate-700">
          Find many at once{query.ids.length > 0 ? ` (${query.ids.length} pasted)` : ''}
        </summary>
        <label htmlFor="tracker-ids" className={`${labelClass} mt-2`}>
          Tracking ids or client references, one per line or comma-separated (up to {MAX_PASTED_IDS})
        </label>
        <textarea id="tracker-ids" name="ids" rows={4} defaultValue={query.ids.join('\n')} className={`${inputClass} font-mono`} />
      </details>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="tracker-size" className={labelClass}>
            Rows per page
          </label>
          <select id="tracker-size" name="size" defaultValue={String(query.size)} className={inputClass}>
            {PAGE_SIZES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
        <Button type="submit">Apply filters</Button>
      </div>
    </Form>
  );
}
