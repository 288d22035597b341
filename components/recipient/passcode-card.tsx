import type { Translator } from '@/lib/i18n/translator';
import { calendarDay } from '@/lib/i18n/calendar-day';
import type { PasscodeCardContent } from '@/lib/recipient/passcode-cards';

interface PasscodeCardProps extends PasscodeCardContent {
  /** Unique on the page: one recipient may have several cards (a shipper each, per day). */
  headingId: string;
  t: Translator<'recipient'>;
}

/** One shipper's passcode for one day in large digits, with who it may be told to. */
export function PasscodeCard({ code, deliveryDate, shipperName, trackingIds, headingId, t }: PasscodeCardProps) {
  return (
    <section
      aria-labelledby={headingId}
      data-testid="passcode-card"
      className="rounded-xl border-2 border-brand-600 bg-white p-5 shadow-sm sm:p-6"
    >
      <h2 id={headingId} className="text-base font-semibold text-slate-900">
        {t('card.heading')}
      </h2>
      <p className="mt-1 text-sm font-medium text-slate-900" data-testid="passcode-shipper">
        {t('card.from', { shipper: shipperName })}
      </p>
      <p className="mt-1 text-sm text-slate-600">{t('card.covers', { count: trackingIds.length, day: calendarDay(deliveryDate) })}</p>
      <p
        data-testid="passcode"
        aria-label={t('card.codeLabel', { digits: code.split('').join(' ') })}
        className="my-5 text-center font-mono text-5xl font-semibold tracking-[0.25em] text-brand-900 tabular-nums sm:text-6xl"
      >
        {code}
      </p>
      <p className="rounded-md bg-amber-50 px-3 py-2 text-sm font-medium text-amber-900">{t('card.warning')}</p>
      <p className="mt-3 text-xs text-slate-500">{t('card.validity', { trackingIds: trackingIds.join(', ') })}</p>
    </section>
  );
}
