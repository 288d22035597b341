'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { Notice } from '@/components/ui/notice';
import { Switch } from '@/components/ui/switch';
import type { NotificationSwitches } from '@/db/queries/account-settings';
import type { ServerAction } from '@/lib/actions/action-result';

interface Props {
  initial: NotificationSwitches;
  save: ServerAction<NotificationSwitches>;
}

function costOf(switches: NotificationSwitches): string | null {
  const off = [!switches.emailNotifications && 'Email', !switches.smsNotifications && 'SMS'].filter(Boolean);
  if (off.length === 0) return null;
  return `OTP Secure Delivery needs both Email and SMS notifications. With ${off.join(' and ')} off, no new shipment will be OTP eligible, however valuable: packages are handed over without a passcode.`;
}

/** The Recipient Experience switches: the cost of turning one off is shown before saving. */
export function NotificationSwitchesForm({ initial, save }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(initial);
  const [draft, setDraft] = useState(initial);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [pending, startTransition] = useTransition();
  const dirty = draft.emailNotifications !== saved.emailNotifications || draft.smsNotifications !== saved.smsNotifications;
  const cost = costOf(draft);

  const change = (next: Partial<NotificationSwitches>) => {
    setStatus(null);
    setDraft((d) => ({ ...d, ...next }));
  };

  const submit = () => {
    const previous = saved;
    const proposed = draft;
    setSaved(proposed);
    setStatus(null);
    startTransition(async () => {
      const result = await save(proposed).catch(() => null);
      if (!result?.ok) {
        setSaved(previous);
        setDraft(previous);
        setStatus({ tone: 'error', text: result?.error ?? 'The settings could not be saved. Check your connection and try again.' });
        return;
      }
      setStatus({ tone: 'success', text: 'Saved. New shipments use these settings.' });
      router.refresh();
    });
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      className="space-y-5"
    >
      <Switch
        label="Email notifications"
        description="Recipients get e-mails about their package, including the passcode for OTP Secure Delivery."
        checked={draft.emailNotifications}
        onChange={(on) => change({ emailNotifications: on })}
        disabled={pending}
      />
      <Switch
        label="SMS notifications"
        description="Recipients get text messages about their package, including the passcode for OTP Secure Delivery."
        checked={draft.smsNotifications}
        onChange={(on) => change({ smsNotifications: on })}
        disabled={pending}
      />
      {cost && <Notice tone="warning">{cost}</Notice>}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={!dirty || pending}>
          {pending ? 'Saving…' : 'Save'}
        </Button>
        {dirty && !pending && (
          <Button type="button" variant="secondary" onClick={() => change(saved)}>
            Cancel
          </Button>
        )}
      </div>
      {status && <Notice tone={status.tone}>{status.text}</Notice>}
    </form>
  );
}
