'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function ShipmentsError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="The shipment tracker could not be shown" />;
}
