import Form from 'next/form';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** For account managers: which managed account the tracker shows. */
export function AccountSwitcher({ accounts, current }: { accounts: { id: string; name: string }[]; current: string }) {
  return (
    <Form action="/shipments" className="flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor="tracker-account" className="block text-xs font-medium text-slate-700">
          Shipper account
        </label>
        <select id="tracker-account" name="account" defaultValue={current} className={inputClass}>
          {accounts.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <Button type="submit" variant="secondary">
        Switch
      </Button>
    </Form>
  );
}
