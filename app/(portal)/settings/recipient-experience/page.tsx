import type { Metadata } from 'next';
import { NotificationSwitchesForm } from '@/components/settings/notification-switches-form';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getAccountSettings } from '@/db/queries/account-settings';
import { requirePageActor } from '../../../_lib/session';
import { saveNotificationSwitches } from '../actions';

export const metadata: Metadata = { title: 'Recipient Experience' };

export default async function RecipientExperiencePage() {
  const actor = await requirePageActor(['shipper']);
  const settings = await getAccountSettings(await getDb(), actor);
  return (
    <>
      <PageHeader
        title="Recipient Experience"
        description="How your recipients hear about their packages. Both are on by default; OTP Secure Delivery needs both."
      />
      <Card title="Recipient notifications" className="max-w-3xl">
        <NotificationSwitchesForm
          initial={{ emailNotifications: settings.emailNotifications, smsNotifications: settings.smsNotifications }}
          save={saveNotificationSwitches}
        />
      </Card>
    </>
  );
}
