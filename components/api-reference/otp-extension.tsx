import { EXAMPLE_PACKAGES } from '@/lib/api/openapi/request-examples';
import { otpSecureDeliveryExample } from '@/lib/api/openapi/response-examples';
import { REASON_CODES, REASON_LABELS } from '@/lib/otp';

const EXAMPLE = JSON.stringify(
  { otpSecureDelivery: otpSecureDeliveryExample([EXAMPLE_PACKAGES.sample, EXAMPLE_PACKAGES.belowThreshold]) },
  null,
  2,
);

/** What the one field this API adds to the carrier's answers holds. */
export function OtpExtension() {
  return (
    <div className="space-y-3 text-sm text-slate-700">
      <p>
        The answers are the carrier&apos;s, field for field, so code written for the carrier reads them unchanged. getRates and
        oneClickShipment add one field, <code className="font-mono">payload.otpSecureDelivery</code>: for each package of the request (in
        its order), <code className="font-mono">otpRequired</code> says whether the recipient will have to give the delivery associate a
        6-digit passcode, and <code className="font-mono">reasons</code> lists every rule the package fails when not. Code that does not
        know the field ignores it.
      </p>
      <pre className="max-h-96 overflow-auto rounded-md bg-slate-900 p-3 text-xs leading-relaxed text-slate-100">
        <code>{EXAMPLE}</code>
      </pre>
      <p>The reasons, in the order the rules are checked:</p>
      <dl className="divide-y divide-slate-100 rounded-md border border-slate-200">
        {REASON_CODES.map((code) => (
          <div key={code} className="px-3 py-2 sm:flex sm:gap-4">
            <dt className="font-mono text-xs break-all text-slate-900 sm:w-64 sm:shrink-0">{code}</dt>
            <dd className="text-slate-600">{REASON_LABELS[code]}</dd>
          </div>
        ))}
      </dl>
      <p>
        Tracking adds nothing: a package delivered against its passcode has <code className="font-mono">DeliveredWithOTP</code> in{' '}
        <code className="font-mono">summary.trackingDetailCodes.forward</code>, and one whose passcode was entered wrongly three times has{' '}
        <code className="font-mono">OtpNotAvailable</code>, both the carrier&apos;s own codes.
      </p>
    </div>
  );
}
