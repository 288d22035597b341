'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { recipientCodeErrorMessage } from '@/lib/auth/sign-in-messages';
import {
  type RecipientCodeForm,
  recipientCodeFormSchema,
  type RecipientIdentifierForm,
  recipientIdentifierFormSchema,
} from '@/lib/validations/recipient-sign-in';
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

function IdentifierStep({ onSent }: { onSent: (identifier: string) => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RecipientIdentifierForm>({ resolver: zodResolver(recipientIdentifierFormSchema) });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    const result = await requestSignInCodeAction(values);
    if (result.ok) return onSent(values.identifier);
    const fieldError = result.fieldErrors?.identifier?.[0];
    if (fieldError) setError('identifier', { message: fieldError });
    else setFormError(result.error);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id="identifier"
        label="E-mail address or mobile number"
        error={errors.identifier?.message}
        hint="The one the shipper has for your deliveries. Outside the UK, start a mobile number with its country code."
      >
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
        {isSubmitting ? 'Sending…' : 'Send me a sign-in code'}
      </Button>
    </form>
  );
}

function CodeStep({ identifier, onChangeIdentifier }: { identifier: string; onChangeIdentifier: () => void }) {
  const router = useRouter();
  const [formError, setFormError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
  } = useForm<RecipientCodeForm>({ resolver: zodResolver(recipientCodeFormSchema), defaultValues: { identifier, code: '' } });

  const onSubmit = handleSubmit(async (values) => {
    setFormError(null);
    setNotice(null);
    const result = await signIn('recipient-code', { ...values, redirect: false });
    if (!result || result.error) {
      setFormError(recipientCodeErrorMessage(result?.error));
      return;
    }
    router.replace('/recipient');
    router.refresh();
  });

  const resend = async () => {
    setFormError(null);
    const result = await requestSignInCodeAction({ identifier });
    setNotice(result.ok ? 'We sent a new code. Only the newest code works.' : result.error);
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <div role="status" className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-slate-800">
        <p className="font-medium">We sent a code</p>
        <p className="mt-1">
          If <span className="font-medium break-all">{identifier}</span> has packages with us, a 6-digit code is on its way by SMS and
          e-mail. It is valid for 10 minutes.
        </p>
      </div>
      <input type="hidden" {...register('identifier')} />
      <Field id="code" label="Sign-in code" error={errors.code?.message}>
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
        {isSubmitting ? 'Signing in…' : 'Sign in'}
      </Button>
      <div className="flex flex-wrap justify-between gap-2 text-sm">
        <button type="button" onClick={resend} className="font-medium text-brand-700 underline-offset-2 hover:underline">
          Send a new code
        </button>
        <button type="button" onClick={onChangeIdentifier} className="text-slate-600 underline-offset-2 hover:underline">
          Use another e-mail or number
        </button>
      </div>
    </form>
  );
}
