import Link from 'next/link';

/** Shown on every page in demo mode: nothing is sent, and the messages are readable on /messages. */
export function DemoBanner() {
  return (
    <div
      role="note"
      data-testid="demo-banner"
      className="bg-amber-100 px-4 py-1.5 text-center text-xs font-medium text-amber-950 sm:text-sm"
    >
      Demo: messages are shown here, not sent.{' '}
      <Link href="/messages" className="font-semibold underline underline-offset-2">
        Open the demo inbox
      </Link>
    </div>
  );
}
