'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function RecipientError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your packages could not be shown" />;
}
