import type { Metadata } from 'next';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { listManagedAccounts } from '@/db/queries/accounts';
import { requirePageActor } from '../../_lib/session';

export const metadata: Metadata = { title: 'Shipper accounts' };

const onOff = (on: boolean) => (on ? 'On' : 'Off');

export default async function ManagerPage() {
  const actor = await requirePageActor(['account_manager'], '/manager');
  const accounts = await listManagedAccounts(actor);
  return (
    <>
      <PageHeader title="Shipper accounts" description="The shipper accounts you manage, their OTP Secure Delivery status and notification switches." />
      <Card>
        {accounts.length === 0 ? (
          <p className="text-sm text-slate-600">No shipper accounts are assigned to you.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="min-w-full divide-y divide-slate-200 text-sm">
              <caption className="sr-only">Managed shipper accounts</caption>
              <thead>
                <tr className="text-left text-xs font-semibold uppercase tracking-wide text-slate-500">
                  <th scope="col" className="py-2 pr-4">Account</th>
                  <th scope="col" className="py-2 pr-4">Marketplaces</th>
                  <th scope="col" className="py-2 pr-4">OTP</th>
                  <th scope="col" className="py-2 pr-4">Email</th>
                  <th scope="col" className="py-2">SMS</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {accounts.map((a) => (
                  <tr key={a.id}>
                    <td className="py-2 pr-4 font-medium">{a.name}</td>
                    <td className="py-2 pr-4">{a.marketplaces.join(', ')}</td>
                    <td className="py-2 pr-4">{onOff(a.otpEnabled)}</td>
                    <td className="py-2 pr-4">{onOff(a.emailNotifications)}</td>
                    <td className="py-2">{onOff(a.smsNotifications)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </>
  );
}
