'use client';

import { LocalisedSectionError } from '@/components/i18n/localised-section-error';
import type { ErrorBoundaryProps } from '@/components/ui/section-error';

export default function DeliveryError(props: ErrorBoundaryProps) {
  return <LocalisedSectionError {...props} titleKey="delivery" />;
}
