'use client';

import type { DetailsHTMLAttributes } from 'react';

/**
 * A <details> that closes when a form inside it is submitted. A GET form that navigates on the client
 * re-renders the page around the same element, which would otherwise stay open over the new view.
 */
export function CloseOnSubmitDetails(props: Omit<DetailsHTMLAttributes<HTMLDetailsElement>, 'onSubmit'>) {
  return (
    <details
      {...props}
      onSubmit={(event) => {
        event.currentTarget.open = false;
      }}
    />
  );
}
