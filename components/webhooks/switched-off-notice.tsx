import Link from 'next/link';
import { Notice } from '@/components/ui/notice';

interface Props {
  url: string;
  disabledReason: string;
  /** The endpoint's page, where it is switched on again; omitted on that page itself. */
  href?: string;
}

/** An endpoint the portal switched off after repeated failures: why, and what to do. */
export function SwitchedOffNotice({ url, disabledReason, href }: Props) {
  return (
    <Notice tone="warning" title={`Webhook endpoint switched off: ${url}`}>
      <p className="break-words">{disabledReason}</p>
      <p className="mt-1">
        No events are sent to it until it is enabled again. Fix the endpoint, enable it
        {href ? (
          <>
            {' '}
            on{' '}
            <Link href={href} className="font-medium underline">
              its page
            </Link>
          </>
        ) : null}
        , then send a test event to check it.
      </p>
    </Notice>
  );
}
