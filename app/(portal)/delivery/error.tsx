'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function DeliveryError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Today’s deliveries could not be shown" />;
}
