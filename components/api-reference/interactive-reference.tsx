'use client';

import dynamic from 'next/dynamic';

// Scalar renders in the browser only (it is a Vue app), and its code loads only on this page.
const ScalarReference = dynamic(() => import('./scalar-reference'), {
  ssr: false,
  loading: () => <p className="text-sm text-slate-600">Loading the interactive reference…</p>,
});

// Scalar's section decorations reach past its box; clip (not hide) keeps its sticky search bar working.
export function InteractiveReference() {
  return (
    <div className="overflow-x-clip">
      <ScalarReference />
    </div>
  );
}
