import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { OtpToggle } from '@/components/manager/otp-toggle';
import { AuditLogList } from '@/components/settings/audit-log-list';
import { ThresholdEditor } from '@/components/settings/threshold-editor';
import { Card } from '@/components/ui/card';
import { PageHeader } from '@/components/ui/page-header';
import { Switch } from '@/components/ui/switch';
import { getDb } from '@/db/client';
import { getAccountSettings } from '@/db/queries/account-settings';
import { listAuditLog } from '@/db/queries/audit-log';
import { previewOtpEligibility } from '@/db/queries/otp-preview';
import { NotFoundError } from '@/lib/auth/errors';
import { MARKETPLACES } from '@/lib/otp/marketplaces';
import { MAX_THRESHOLD_MAJOR } from '@/lib/settings/threshold-input';
import { requirePageActor } from '../../../../_lib/session';
import { clearAccountThreshold, previewAccountThresholds, setAccountOtp, setAccountThreshold } from '../../actions';

export const metadata: Metadata = { title: 'Shipper account' };

async function load(actor: Awaited<ReturnType<typeof requirePageActor>>, accountId: string) {
  const db = await getDb();
  try {
    return await Promise.all([
      getAccountSettings(db, actor, accountId),
      previewOtpEligibility(db, actor, accountId),
      listAuditLog(db, actor, accountId),
    ]);
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}

export default async function ManagedAccountPage({ params }: { params: Promise<{ accountId: string }> }) {
  const { accountId } = await params;
  const actor = await requirePageActor(['account_manager']);
  const [settings, preview, audit] = await load(actor, accountId);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/manager" className="text-brand-700 underline-offset-2 hover:underline">
          ← Shipper accounts
        </Link>
      </p>
      <PageHeader
        title={settings.name}
        description={`Home marketplace ${settings.homeMarketplace} · ships in ${settings.marketplaces.join(', ')}`}
        actions={
          <>
            <Link href={`/insights?account=${settings.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
              OTP insights and threshold what-if
            </Link>
            <Link href={`/settings/webhooks?account=${settings.id}`} className="text-sm text-brand-700 underline-offset-2 hover:underline">
              Webhooks (read-only)
            </Link>
          </>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="OTP Secure Delivery">
          <OtpToggle accountId={settings.id} accountName={settings.name} otpEnabled={settings.otpEnabled} setOtp={setAccountOtp} />
        </Card>
        <Card title="Recipient notifications">
          <p className="mb-4 text-sm text-slate-600">
            Set by the shipper on their Recipient Experience tab; shown here read-only. OTP needs both on.
          </p>
          <div className="space-y-4">
            <Switch label="Email notifications" checked={settings.emailNotifications} />
            <Switch label="SMS notifications" checked={settings.smsNotifications} />
          </div>
        </Card>
        <Card title="Thresholds per marketplace" className="lg:col-span-2">
          <p className="mb-2 text-sm text-slate-600">
            A package needs a passcode when its declared value is more than the threshold. Amounts are in the marketplace&apos;s currency,
            above 0 and at most {MAX_THRESHOLD_MAJOR.toLocaleString('en-GB')}.
          </p>
          <ThresholdEditor
            thresholds={settings.thresholds}
            accountId={settings.id}
            whose="this account's"
            initialPreview={preview}
            setAction={setAccountThreshold}
            clearAction={clearAccountThreshold}
            previewAction={previewAccountThresholds}
          />
        </Card>
        <Card title="Change history" className="lg:col-span-2">
          <AuditLogList entries={audit} timeZone={MARKETPLACES[settings.homeMarketplace].timeZone} />
        </Card>
      </div>
    </>
  );
}
