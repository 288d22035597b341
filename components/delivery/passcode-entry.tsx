'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Notice, type NoticeContent } from '@/components/ui/notice';
import type { PasscodeEntryResult } from '@/db/queries/delivery-passcode';
import type { ServerAction } from '@/lib/actions/action-result';
import { type PasscodeForm, passcodeFormSchema } from '@/lib/validations/delivery';

export interface PasscodeEntryProps {
  shipmentId: string;
  attemptsLeft: number;
  resendAvailable: boolean;
  resendsLeft: number;
  enterPasscode: ServerAction<PasscodeEntryResult>;
  resendPasscode: ServerAction<{ resendsLeft: number }>;
}

type EntryTranslator = ReturnType<typeof useTranslations<'delivery'>>;

function noticeFor(result: PasscodeEntryResult, t: EntryTranslator): NoticeContent | null {
  switch (result.outcome) {
    case 'delivered':
      return null;
    case 'wrong':
      return { tone: 'warning', title: t('passcodeEntry.wrongTitle'), text: t('passcodeEntry.wrongText', { count: result.attemptsLeft }) };
    case 'locked':
      return { tone: 'error', title: t('notices.lockedTitle'), text: t('passcodeEntry.lockedText') };
    case 'expired':
      return { tone: 'error', title: t('notices.expiredTitle'), text: t('passcodeEntry.expiredText') };
    case 'not_out_for_delivery':
      return { tone: 'info', title: t('passcodeEntry.notOutTitle') };
  }
}

/** The DA types the code the recipient reads out; the device never learns the code itself. */
export function PasscodeEntry({
  shipmentId,
  attemptsLeft,
  resendAvailable,
  resendsLeft,
  enterPasscode,
  resendPasscode,
}: PasscodeEntryProps) {
  const router = useRouter();
  const t = useTranslations('delivery');
  const [notice, setNotice] = useState<NoticeContent | null>(null);
  const [resending, setResending] = useState(false);
  // What the last resend answered: the button is off right after the last one, before the page refreshes.
  const [resendsLeftAfterMine, setResendsLeftAfterMine] = useState<number | null>(null);
  const resendsLeftNow = Math.min(resendsLeft, resendsLeftAfterMine ?? resendsLeft);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<PasscodeForm>({ resolver: zodResolver(passcodeFormSchema), defaultValues: { passcode: '' } });

  const onSubmit = handleSubmit(async ({ passcode }) => {
    const result = await enterPasscode({ shipmentId, passcode });
    reset({ passcode: '' });
    if (!result.ok) {
      setNotice({ tone: 'error', title: result.error });
    } else {
      setNotice(result.data ? noticeFor(result.data, t) : null);
    }
    router.refresh();
  });

  const resend = async () => {
    setResending(true);
    const result = await resendPasscode({ shipmentId });
    setResending(false);
    if (result.ok && result.data) setResendsLeftAfterMine(result.data.resendsLeft);
    setNotice(
      result.ok
        ? { tone: 'info', title: t('passcodeEntry.resentTitle'), text: t('passcodeEntry.resentText') }
        : { tone: 'error', title: result.error },
    );
    router.refresh();
  };

  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate className="space-y-3">
        <Field
          id="passcode"
          label={t('passcodeEntry.label')}
          error={errors.passcode ? t('passcodeEntry.invalid') : undefined}
          hint={t('passcodeEntry.hint')}
        >
          <input
            id="passcode"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={6}
            placeholder="••••••"
            className="block w-full rounded-md border border-slate-300 bg-white px-3 py-3 text-center font-mono text-2xl tracking-[0.5em] shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-[invalid=true]:border-red-500"
            aria-invalid={errors.passcode ? true : undefined}
            aria-describedby="passcode-error"
            {...register('passcode')}
          />
        </Field>
        <p className="text-sm font-medium text-slate-700" data-testid="attempts-left">
          {t('passcodeEntry.attemptsLeft', { count: attemptsLeft })}
        </p>
        <Button type="submit" className="w-full py-3 text-base" disabled={isSubmitting}>
          {t('passcodeEntry.confirm')}
        </Button>
      </form>
      {notice && (
        <Notice tone={notice.tone} title={notice.title}>
          {notice.text}
        </Notice>
      )}
      {resendAvailable && (
        <div className="flex items-center justify-between gap-3 border-t border-slate-100 pt-4">
          <p id="resends-left" className="text-sm text-slate-600">
            {resendsLeftNow > 0 ? t('passcodeEntry.resendsLeft', { count: resendsLeftNow }) : t('passcodeEntry.noResendsLeft')}
          </p>
          <Button
            variant="secondary"
            className="shrink-0"
            onClick={resend}
            disabled={resending || resendsLeftNow === 0}
            aria-describedby="resends-left"
          >
            {t('passcodeEntry.resend')}
          </Button>
        </div>
      )}
    </div>
  );
}
