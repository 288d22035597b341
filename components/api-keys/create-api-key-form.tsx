'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { CreatedApiKey } from '@/db/queries/api-keys';
import type { ServerAction } from '@/lib/actions/action-result';
import { type ApiKeyForm, apiKeyFormSchema, MAX_API_KEY_NAME_LENGTH } from '@/lib/api/api-key-input';
import type { TrackingExample } from '@/lib/api/curl-example';
import { NewKeyPanel } from './new-key-panel';

interface Props {
  create: ServerAction<CreatedApiKey>;
  example: TrackingExample | null;
  apiReferenceHref: string;
}

/** Names and creates a key, then shows it once; the list below picks it up on refresh. */
export function CreateApiKeyForm({ create, example, apiReferenceHref }: Props) {
  const router = useRouter();
  const id = useId();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError: setFieldError,
    reset,
    formState: { errors },
  } = useForm<ApiKeyForm>({ resolver: zodResolver(apiKeyFormSchema), defaultValues: { name: '' } });

  const onSubmit = handleSubmit((fields) =>
    startTransition(async () => {
      setError(null);
      const result = await create(fields).catch(() => null);
      if (!result) {
        setError('The key could not be created. Check your connection and try again.');
        return;
      }
      if (!result.ok) {
        const nameError = result.fieldErrors?.name?.[0];
        if (nameError) setFieldError('name', { message: nameError });
        else setError(result.error);
        return;
      }
      setCreated(result.data!);
      reset();
      router.refresh();
    }),
  );

  if (created) {
    return (
      <NewKeyPanel
        name={created.apiKey.name}
        apiKey={created.key}
        example={example}
        apiReferenceHref={apiReferenceHref}
        onDone={() => setCreated(null)}
      />
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id={`${id}-name`}
        label="Key name"
        error={errors.name?.message}
        hint={`What uses it, e.g. "Warehouse system" (up to ${MAX_API_KEY_NAME_LENGTH} characters).`}
      >
        <input
          id={`${id}-name`}
          autoComplete="off"
          maxLength={MAX_API_KEY_NAME_LENGTH}
          className={inputClass}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={`${id}-name-error`}
          {...register('name')}
        />
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? 'Creating…' : 'Create key'}
      </Button>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
