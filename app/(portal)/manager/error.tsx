'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function ManagerError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Shipper accounts could not be shown" />;
}
