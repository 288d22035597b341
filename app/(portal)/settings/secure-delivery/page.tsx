import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditLogList } from '@/components/settings/audit-log-list';
import { OnOffBadge } from '@/components/settings/on-off-badge';
import { ThresholdEditor } from '@/components/settings/threshold-editor';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { getDb } from '@/db/client';
import { getAccountSettings } from '@/db/queries/account-settings';
import { listAuditLog } from '@/db/queries/audit-log';
import { previewOtpEligibility } from '@/db/queries/otp-preview';
import { MARKETPLACES } from '@/lib/otp/marketplaces';
import { MAX_THRESHOLD_MAJOR } from '@/lib/settings/threshold-input';
import { requirePageActor } from '../../../_lib/session';
import { clearOwnThreshold, previewOwnThresholds, setOwnThreshold } from '../actions';

export const metadata: Metadata = { title: 'Secure Delivery (OTP)' };

export default async function SecureDeliveryPage() {
  const actor = await requirePageActor(['shipper']);
  const db = await getDb();
  const [settings, preview, audit] = await Promise.all([
    getAccountSettings(db, actor),
    previewOtpEligibility(db, actor, null),
    listAuditLog(db, actor),
  ]);
  const notificationsOff = !settings.emailNotifications || !settings.smsNotifications;
  return (
    <>
      <PageHeader
        title="Secure Delivery (OTP)"
        description="A package whose declared value (insuredValue) exceeds the threshold of its marketplace is handed over only against a 6-digit passcode sent to the recipient."
      />
      <div className="space-y-6">
        <Card title="OTP Secure Delivery">
          <p className="flex items-center gap-2 text-sm text-slate-700" data-testid="otp-status">
            Status for {settings.name}: <OnOffBadge on={settings.otpEnabled} onLabel="Enabled" offLabel="Not enabled" />
          </p>
          <p className="mt-2 text-sm text-slate-600">
            Only your account manager can turn OTP Secure Delivery on or off. To change it, ask your account manager
            {settings.managerName ? (
              <>
                {' '}
                <span className="font-medium text-slate-900">{settings.managerName}</span>
                {settings.managerEmail && (
                  <>
                    {' '}
                    (
                    <a className="text-brand-700 underline" href={`mailto:${settings.managerEmail}`}>
                      {settings.managerEmail}
                    </a>
                    )
                  </>
                )}
              </>
            ) : null}
            .
          </p>
          {notificationsOff && (
            <p className="mt-2 text-sm text-amber-900">
              Recipient notifications are not both on, so no new shipment is OTP eligible. Turn them on in{' '}
              <Link href="/settings/recipient-experience" className="underline">
                Recipient Experience
              </Link>
              .
            </p>
          )}
        </Card>
        <Card title="Thresholds per marketplace">
          <p className="mb-2 text-sm text-slate-600">
            A package needs a passcode when its declared value is more than the threshold (exactly the threshold is not enough). Set your
            own amount in the marketplace&apos;s currency, above 0 and at most {MAX_THRESHOLD_MAJOR.toLocaleString('en-GB')}, or use the
            default.
          </p>
          <ThresholdEditor
            thresholds={settings.thresholds}
            whose="your"
            initialPreview={preview}
            setAction={setOwnThreshold}
            clearAction={clearOwnThreshold}
            previewAction={previewOwnThresholds}
          />
        </Card>
        <Card title="Change history">
          <AuditLogList entries={audit} timeZone={MARKETPLACES[settings.homeMarketplace].timeZone} />
        </Card>
      </div>
    </>
  );
}
