'use client';

import { useTranslations } from 'use-intl';
import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

/** The error page of Recipient Central and the DA app, in the page's language. */
export function LocalisedSectionError({ titleKey, ...props }: ErrorBoundaryProps & { titleKey: 'recipient' | 'delivery' }) {
  const t = useTranslations();
  const copy = { somethingWrong: t('errors.somethingWrong'), tryAgain: t('errors.tryAgain'), reference: t('errors.reference') };
  return <SectionError {...props} title={t(`${titleKey}.couldNotShow`)} copy={copy} />;
}
