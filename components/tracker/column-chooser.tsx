import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { CloseOnSubmitDetails } from '@/components/ui/close-on-submit-details';
import { ALWAYS_SHOWN, COLUMN_LABELS, TRACKER_COLUMNS } from '@/lib/tracker/columns';
import type { TrackerQuery } from '@/lib/tracker/query';
import { HiddenQueryFields } from './hidden-query-fields';

export function ColumnChooser({ query }: { query: TrackerQuery }) {
  return (
    <CloseOnSubmitDetails className="relative">
      <summary className="cursor-pointer rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50">
        Columns
      </summary>
      <Form
        action="/shipments"
        className="absolute right-0 z-10 mt-2 w-56 space-y-2 rounded-lg border border-slate-200 bg-white p-3 shadow-lg"
      >
        <HiddenQueryFields query={query} omit={['cols']} />
        <fieldset>
          <legend className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">Show columns</legend>
          {TRACKER_COLUMNS.map((c) => {
            const fixed = ALWAYS_SHOWN.includes(c);
            return (
              <label key={c} className="flex items-center gap-2 py-0.5 text-sm text-slate-800">
                <input
                  type="checkbox"
                  name="cols"
                  value={c}
                  defaultChecked={query.columns.includes(c)}
                  disabled={fixed}
                  className="size-4"
                />
                {COLUMN_LABELS[c]}
                {fixed && <input type="hidden" name="cols" value={c} />}
              </label>
            );
          })}
        </fieldset>
        <Button type="submit" className="w-full">
          Show
        </Button>
      </Form>
    </CloseOnSubmitDetails>
  );
}
