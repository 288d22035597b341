'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useCallback, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTimeZone, useTranslations } from 'use-intl';
import { Button } from '@/components/ui/button';
import { useWebOtp } from '@/components/i18n/use-web-otp';
import { Field, inputClass } from '@/components/ui/field';
import { retryTimeValues } from '@/lib/auth/sign-in-messages';
import { parseSignInRefusal } from '@/lib/auth/sign-in-refusal';
import {
  type RecipientCodeForm,
  recipientCodeFormSchema,
  type RecipientIdentifierForm,
  recipientIdentifierFormSchema,
  type RecipientSignInErrorKey,
} from '@/lib/validations/recipient-sign-in';
import { SIGN_IN_CODE_VALID_MINUTES } from '@/lib/recipient/sign-in-code-validity';
import { requestSignInCodeAction } from './actions';

const alertClass = 'rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800';

/** Two steps: who you are (e-mail or mobile), then the 6-digit code we sent there. */
export function RecipientSignInForm() {
  const [identifier, setIdentifier] = useState<string | null>(null);
  return identifier === null ? (
    <IdentifierStep onSent={setIdentifier} />
  ) : (
    <CodeStep identifier={identifier} onChangeIdentifier={() => setIdentifier(null)} />
  );
}

/** A form field's refusal: the schema gives the catalogue key, the page says it in its language. */
function useFieldError() {
  const t = useTranslations('recipientSignIn.errors');
  return (message: string | undefined) => (message ? t(message as RecipientSignInErrorKey) : undefined);
}

function IdentifierStep({ onSent }: { onSent: (identifier: string) => void }) {
  const t = useTranslations('recipientSignIn');
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RecipientIdentifierForm>({ resolver: zodResolver(recipientIdentifierFormSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestSignInCodeAction(values);
    if (result.ok) return onSent(values.identifier);
    setFormError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field id="identifier" label={t('identifierLabel')} error={fieldError(errors.identifier?.message)} hint={t('identifierHint')}>
        <input
          id="identifier"
          type="text"
          autoComplete="username"
          spellCheck={false}
          className={inputClass}
          aria-invalid={errors.identifier ? true : undefined}
          aria-describedby="identifier-error"
          {...register('identifier')}
        />
      </Field>
      {formError && (
        <p role="alert" className={alertClass}>
          {formError}
        </p>
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t('sending') : t('send')}
      </Button>
    </form>
  );
}

function CodeStep({ identifier, onChangeIdentifier }: { identifier: string; onChangeIdentifier: () => void }) {
  const router = useRouter();
  const t = useTranslations('recipientSignIn');
  const timeZone = useTimeZone();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<RecipientCodeForm>({ resolver: zodResolver(recipientCodeFormSchema), defaultValues: { identifier, code: '' } });
  useWebOtp(useCallback((code: string) => setValue('code', code, { shouldValidate: true }), [setValue]));

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    const result = await signIn('recipient-code', { ...values, redirect: false });
    if (!result || result.error) {
      const refusal = parseSignInRefusal(result?.error);
      setFormError(refusal ? t('errors.tooManyWrongCodes', retryTimeValues(refusal.until, timeZone ?? 'UTC')) : t('errors.wrongCode'));
      return;
    }
    router.replace('/recipient');
    router.refresh();
  });

  const resend = async () => {
    setFormError(null);
    const result = await requestSignInCodeAction({ identifier });
    setNotice(result.ok ? t('resent') : result.error);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="status" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800">
        <p className="font-medium">{t('sentTitle')}</p>
        <p className="mt-1">
          {t.rich('sentText', {
            identifier,
            minutes: SIGN_IN_CODE_VALID_MINUTES,
            b: (chunks) => <span className="font-medium break-all">{chunks}</span>,
          })}
        </p>
      </div>
      <input type="hidden" {...register('identifier')} />
      <Field id="code" label={t('codeLabel')} error={fieldError(errors.code?.message)}>
        <input
          id="code"
          type="text"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={6}
          className={`${inputClass} text-center font-mono text-xl tracking-[0.5em]`}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby="code-error"
          {...register('code')}
        />
      </Field>
      {formError && (
        <p role="alert" className={alertClass}>
          {formError}
        </p>
      )}
      {notice && (
        <p role="status" className="text-sm text-slate-700">
          {notice}
        </p>
      )}
      <Button type="submit" disabled={isSubmitting} className="w-full">
        {isSubmitting ? t('submitting') : t('submit')}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" onClick={resend} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          {t('resend')}
        </button>
        <button type="button" onClick={onChangeIdentifier} className="text-slate-600 underline-offset-2 hover:underline">
          {t('otherIdentifier')}
        </button>
      </div>
    </form>
  );
}
