import type { PasscodeCardContent } from '@/lib/recipient/passcode-cards';
import { formatDeliveryDate } from '@/lib/recipient/format';

interface PasscodeCardProps extends PasscodeCardContent {
  /** Unique on the page: one recipient may have several cards (a shipper each, per day). */
  headingId: string;
}

/** One shipper's passcode for one day in large digits, with who it may be told to. */
export function PasscodeCard({ code, deliveryDate, shipperName, trackingIds, headingId }: PasscodeCardProps) {
  return (
    <section
      aria-labelledby={headingId}
      data-testid="passcode-card"
      className="rounded-xl border-2 border-brand-600 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        Your delivery passcode
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-900" data-testid="passcode-shipper">
        From {shipperName}
      </p>
      <p className="mt-1 text-sm text-slate-600">
        For {trackingIds.length === 1 ? 'your package' : `your ${trackingIds.length} packages`} out for delivery on{' '}
        {formatDeliveryDate(deliveryDate)}. Packages from other shippers have their own passcode.
      </p>
      <p
        data-testid="passcode"
        aria-label={`Passcode ${code.split('').join(' ')}`}
        className="my-5 text-center font-mono text-5xl font-semibold tracking-[0.25em] text-brand-900 tabular-nums sm:text-6xl"
      >
        {code}
      </p>
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">
        Only share it with the delivery associate at your door. We will never call or message you to ask for it.
      </p>
      <p className="mt-3 text-xs text-slate-500">
        Valid until the end of the delivery day. Packages: <span className="font-mono">{trackingIds.join(', ')}</span>
      </p>
    </section>
  );
}
