'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function SettingsError(props: ErrorBoundaryProps) {
  return <SectionError {...props} title="Your settings could not be shown" />;
}
