import { StatusBadge } from '@/components/shipments/status-badge';
import type { PasscodeNotice, RecipientPackage } from '@/db/queries/recipient-packages';
import { formatDeliveryDate } from '@/lib/recipient/format';

const NOTICES: Record<Exclude<PasscodeNotice['kind'], 'none'>, { text: string; tone: string }> = {
  coming: { text: 'A passcode will be sent when your package is out for delivery.', tone: 'text-slate-700' },
  ready: { text: 'Tell the delivery associate your passcode from this shipper (above) at the door.', tone: 'text-brand-700 font-medium' },
  expired: { text: 'The delivery day has ended, and its passcode with it.', tone: 'text-slate-700' },
  locked: { text: 'The passcode was entered wrongly 3 times; your package went back to the station.', tone: 'text-amber-900 font-medium' },
  delivered_with_otp: { text: 'Delivered With OTP', tone: 'text-emerald-800 font-medium' },
  other_number: { text: 'The passcode for this package goes to the mobile number the shipper has for it.', tone: 'text-slate-700' },
};

export function PackageList({ packages }: { packages: RecipientPackage[] }) {
  return (
    <ul className="-my-4 divide-y divide-slate-100">
      {packages.map((p) => {
        const notice = p.passcode.kind === 'none' ? null : NOTICES[p.passcode.kind];
        return (
          <li
            key={p.trackingId}
            data-testid="recipient-package"
            className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <p className="text-sm font-semibold text-slate-900">{p.shipperName}</p>
              <p className="font-mono text-xs text-slate-500">{p.trackingId}</p>
              {notice && <p className={`mt-1 text-sm ${notice.tone}`}>{notice.text}</p>}
            </div>
            <div className="flex items-center gap-3 sm:flex-col sm:items-end sm:gap-1">
              <StatusBadge state={p.trackerState} />
              <p className="text-xs text-slate-600">
                {p.deliveryDate ? `Delivery ${formatDeliveryDate(p.deliveryDate)}` : 'Delivery date to come'}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
