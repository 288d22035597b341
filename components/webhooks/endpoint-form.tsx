'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { useForm } from 'react-hook-form';
import { Button } from '@/components/ui/button';
import { Field, inputClass } from '@/components/ui/field';
import { Notice } from '@/components/ui/notice';
import type { ServerAction } from '@/lib/actions/action-result';
import { type EndpointFields, type EndpointFieldsInput, endpointFieldsSchema } from '@/lib/webhooks/endpoint-input';
import { WEBHOOK_EVENT_DESCRIPTIONS, WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES, type WebhookEventType } from '@/lib/webhooks/events';

interface Props {
  /** Editing this endpoint; without it the form adds a new one and opens its page. */
  endpointId?: string;
  initial?: { url: string; description: string; events: readonly string[] };
  save: ServerAction<{ id: string } | undefined>;
}

const FIELDS = ['url', 'description', 'events'] as const;
const isEventType = (type: string): type is WebhookEventType => (WEBHOOK_EVENT_TYPES as readonly string[]).includes(type);

/** An endpoint's URL, description and events, checked with the schema its server action uses. */
export function EndpointForm({ endpointId, initial, save }: Props) {
  const router = useRouter();
  const id = useId();
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<EndpointFieldsInput, unknown, EndpointFields>({
    resolver: zodResolver(endpointFieldsSchema),
    defaultValues: { url: initial?.url ?? '', description: initial?.description ?? '', events: initial?.events.filter(isEventType) ?? [] },
  });

  const onSubmit = handleSubmit((fields) =>
    startTransition(async () => {
      setStatus(null);
      const result = await save(endpointId ? { endpointId, ...fields } : fields).catch(() => null);
      if (!result) {
        setStatus({ tone: 'error', text: 'The endpoint could not be saved. Check your connection and try again.' });
        return;
      }
      if (!result.ok) {
        const fieldMessages = FIELDS.filter((field) => result.fieldErrors?.[field]?.[0]);
        for (const field of fieldMessages) setError(field, { message: result.fieldErrors![field]![0] });
        if (fieldMessages.length === 0) setStatus({ tone: 'error', text: result.error });
        return;
      }
      if (!endpointId) {
        router.push(`/settings/webhooks/${result.data!.id}`);
        return;
      }
      reset(fields);
      setStatus({ tone: 'success', text: result.message ?? 'Saved.' });
      router.refresh();
    }),
  );

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      <Field
        id={`${id}-url`}
        label="Endpoint URL"
        error={errors.url?.message}
        hint="An https:// address on your side that accepts POST requests."
      >
        <input
          id={`${id}-url`}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/webhooks/shipper-central"
          className={`${inputClass} font-mono`}
          aria-invalid={errors.url ? true : undefined}
          aria-describedby={`${id}-url-error`}
          {...register('url')}
        />
      </Field>
      <Field id={`${id}-description`} label="Description (optional)" error={errors.description?.message}>
        <input
          id={`${id}-description`}
          autoComplete="off"
          className={inputClass}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={`${id}-description-error`}
          {...register('description')}
        />
      </Field>
      <fieldset aria-describedby={`${id}-events-error`}>
        <legend className="text-sm font-medium text-slate-700">Events to send</legend>
        <ul className="mt-2 space-y-3">
          {WEBHOOK_EVENT_TYPES.map((type) => (
            <li key={type} className="flex items-start gap-3">
              <input
                id={`${id}-event-${type}`}
                type="checkbox"
                value={type}
                className="mt-0.5 h-4 w-4 rounded border-slate-300 text-brand-600"
                aria-describedby={`${id}-event-${type}-description`}
                {...register('events')}
              />
              <div>
                <label htmlFor={`${id}-event-${type}`} className="font-mono text-sm text-slate-900">
                  {type}
                </label>
                <p id={`${id}-event-${type}-description`} className="text-sm text-slate-600">
                  <span className="font-medium text-slate-700">{WEBHOOK_EVENT_LABELS[type]}.</span> {WEBHOOK_EVENT_DESCRIPTIONS[type]}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <p id={`${id}-events-error`} aria-live="polite" className="mt-1 min-h-4 text-xs text-red-700">
          {errors.events?.message ?? errors.events?.root?.message}
        </p>
      </fieldset>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending || (endpointId !== undefined && !isDirty)}>
          {pending ? 'Saving…' : endpointId ? 'Save changes' : 'Add endpoint'}
        </Button>
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </form>
  );
}
