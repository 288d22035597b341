'use client';

import { type ErrorBoundaryProps, SectionError } from '@/components/ui/section-error';

export default function RootError(props: ErrorBoundaryProps) {
  return (
    <main>
      <SectionError {...props} title="This page could not be shown" />
    </main>
  );
}
