'use client';

import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ThresholdSetting } from '@/db/queries/account-settings';
import type { OtpPreview } from '@/db/queries/otp-preview';
import type { ServerAction } from '@/lib/actions/action-result';
import type { Marketplace } from '@/lib/otp/marketplaces';
import { thresholdMinorOf } from '@/lib/settings/threshold-input';
import { ThresholdRow } from './threshold-row';

interface Props {
  thresholds: ThresholdSetting[];
  accountId?: string;
  /** "your" for the shipper, "this account's" for its manager. */
  whose: string;
  initialPreview: OtpPreview;
  setAction: ServerAction<ThresholdSetting>;
  clearAction: ServerAction<ThresholdSetting>;
  previewAction: ServerAction<OtpPreview>;
}

const PREVIEW_DELAY_MS = 300;

function previewSentence(p: OtpPreview, whose: string): string {
  const base = `${p.wouldNeedPasscode} of ${whose} ${p.shipments} shipments from the last ${p.days} days would have needed a passcode`;
  if (p.otpEnabled) return `With these settings, ${base}.`;
  return `OTP Secure Delivery is off, so none of ${whose} ${p.shipments} shipments from the last ${p.days} days would have needed a passcode. With OTP enabled and these thresholds, ${p.wouldNeedPasscodeIfEnabled} would have.`;
}

/** The thresholds of an account's marketplaces, with a live preview of what typed values would do. */
export function ThresholdEditor({ thresholds, accountId, whose, initialPreview, setAction, clearAction, previewAction }: Props) {
  const router = useRouter();
  const [typed, setTyped] = useState<Partial<Record<Marketplace, string>>>({});
  // The last preview that came back, with the typed amounts it was for.
  const [fetched, setFetched] = useState<{ key: string; preview: OtpPreview }>({ key: '{}', preview: initialPreview });

  // Only amounts that would be accepted are previewed; a half-typed one keeps the saved value.
  const proposed = useMemo(() => {
    const out: Partial<Record<Marketplace, string>> = {};
    for (const [marketplace, amount] of Object.entries(typed) as [Marketplace, string][]) {
      if (amount && thresholdMinorOf(amount).ok) out[marketplace] = amount;
    }
    return out;
  }, [typed]);
  const key = JSON.stringify(proposed);
  const preview = key === '{}' ? initialPreview : fetched.preview;
  const refreshing = key !== '{}' && fetched.key !== key;

  useEffect(() => {
    if (key === '{}') return;
    let live = true;
    const timer = setTimeout(async () => {
      const thresholdsToTry = JSON.parse(key) as Partial<Record<Marketplace, string>>;
      const result = await previewAction(accountId ? { accountId, thresholds: thresholdsToTry } : { thresholds: thresholdsToTry }).catch(
        () => null,
      );
      if (!live) return;
      setFetched((last) => ({ key, preview: result?.ok && result.data ? result.data : last.preview }));
    }, PREVIEW_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key, accountId, previewAction]);

  const onTypedFor = useMemo(
    () =>
      Object.fromEntries(
        thresholds.map((t) => [
          t.marketplace,
          (amount: string) => setTyped((prev) => (prev[t.marketplace] === amount ? prev : { ...prev, [t.marketplace]: amount })),
        ]),
      ) as Record<Marketplace, (amount: string) => void>,
    [thresholds],
  );
  const onSaved = useCallback(() => router.refresh(), [router]);

  return (
    <div>
      <ul className="divide-y divide-slate-100">
        {thresholds.map((t) => (
          <ThresholdRow
            key={t.marketplace}
            setting={t}
            accountId={accountId}
            setAction={setAction}
            clearAction={clearAction}
            onTyped={onTypedFor[t.marketplace]}
            onSaved={onSaved}
          />
        ))}
      </ul>
      <div className="mt-4 rounded-lg border border-brand-100 bg-brand-50 px-4 py-3" aria-live="polite" aria-busy={refreshing}>
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">
          Preview{key === '{}' ? '' : ' with the amounts typed above'}
        </p>
        <p className="mt-1 text-sm text-brand-900" data-testid="otp-preview">
          {previewSentence(preview, whose)}
        </p>
      </div>
    </div>
  );
}
