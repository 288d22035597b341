import { StatusBadge } from '@/components/shipments/status-badge';
import type { PasscodeNotice, RecipientPackage } from '@/db/queries/recipient-packages';
import type { Translator } from '@/lib/i18n/translator';
import { formatMoney } from '@/lib/otp/money';
import { calendarDay } from '@/lib/i18n/calendar-day';
import type { TrackerState } from '@/lib/tracker/states';

const NOTICE_TONES: Record<Exclude<PasscodeNotice['kind'], 'none'>, string> = {
  coming: 'text-slate-700',
  ready: 'text-brand-700 font-medium',
  expired: 'text-slate-700',
  locked: 'text-amber-900 font-medium',
  delivered_with_otp: 'text-emerald-800 font-medium',
  other_number: 'text-slate-700',
};

interface PackageListProps {
  packages: RecipientPackage[];
  t: Translator<'recipient'>;
  stateLabel: (state: TrackerState) => string;
  locale: string;
}

export function PackageList({ packages, t, stateLabel, locale }: PackageListProps) {
  return (
    <ul className="-my-4 divide-y divide-slate-100">
      {packages.map((p) => {
        const notice = p.passcode.kind === 'none' ? null : p.passcode.kind;
        return (
          <li
            key={p.trackingId}
            data-testid="recipient-package"
            className="flex flex-col gap-2 py-4 sm:flex-row sm:items-start sm:justify-between"
          >
            <div className="min-w-0">
              <p className="text-sm font-semibold text-slate-900">{p.shipperName}</p>
              <p className="font-mono text-xs text-slate-500" data-testid="tracking-id">
                {p.trackingId}
              </p>
              {notice && <p className={`mt-1 text-sm ${NOTICE_TONES[notice]}`}>{t(`notices.${notice}`)}</p>}
            </div>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:flex-col sm:items-end sm:gap-1">
              <StatusBadge state={p.trackerState} label={stateLabel(p.trackerState)} />
              <p className="text-xs text-slate-600">
                {p.deliveryDate ? t('deliveryOn', { day: calendarDay(p.deliveryDate) }) : t('deliveryToCome')}
              </p>
              <p className="text-xs text-slate-600">
                {t('declaredValue', { value: formatMoney(p.declaredValue.minor, p.declaredValue.currency, locale) })}
              </p>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
