'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState, useTransition } from 'react';
import { OnOffBadge } from '@/components/settings/on-off-badge';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import type { ServerAction } from '@/lib/actions/action-result';

interface Props {
  accountId: string;
  accountName: string;
  otpEnabled: boolean;
  setOtp: ServerAction<{ name: string; otpEnabled: boolean }>;
}

/** Enable / disable OTP for one account, after a confirmation that names the account. */
export function OtpToggle({ accountId, accountName, otpEnabled, setOtp }: Props) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const next = !otpEnabled;
  const verb = next ? 'Enable' : 'Disable';

  const confirm = () =>
    startTransition(async () => {
      const result = await setOtp({ accountId, otpEnabled: next }).catch(() => null);
      dialog.current?.close();
      if (!result?.ok) {
        setStatus({ tone: 'error', text: result?.error ?? 'OTP could not be changed. Try again.' });
        return;
      }
      setStatus({ tone: 'success', text: result.message ?? 'Saved.' });
      router.refresh();
    });

  return (
    <div className="space-y-3">
      <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="otp-status">
        Status: <OnOffBadge on={otpEnabled} onLabel="Enabled" offLabel="Not enabled" />
      </p>
      <Button
        type="button"
        variant={next ? 'primary' : 'danger'}
        onClick={() => {
          setStatus(null);
          dialog.current?.showModal();
        }}
      >
        {verb} OTP Secure Delivery
      </Button>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
      <dialog
        ref={dialog}
        aria-labelledby="otp-confirm-title"
        aria-describedby="otp-confirm-body"
        className="m-auto w-[min(28rem,calc(100vw-2rem))] rounded-xl border border-slate-200 bg-white p-5 shadow-xl backdrop:bg-slate-900/40"
      >
        <h2 id="otp-confirm-title" className="text-base font-semibold text-slate-900">
          {verb} OTP Secure Delivery for {accountName}?
        </h2>
        <p id="otp-confirm-body" className="mt-2 text-sm text-slate-600">
          {next
            ? `New ${accountName} shipments above their marketplace threshold will need the recipient's passcode at the door (when Email and SMS notifications are both on).`
            : `New ${accountName} shipments will be delivered without a passcode. Shipments already labelled keep their OTP status.`}
        </p>
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => dialog.current?.close()} disabled={pending}>
            Cancel
          </Button>
          <Button type="button" variant={next ? 'primary' : 'danger'} onClick={confirm} disabled={pending}>
            {pending ? 'Saving…' : `${verb} OTP for ${accountName}`}
          </Button>
        </div>
      </dialog>
    </div>
  );
}
