import Link from 'next/link';
import type { ReactNode } from 'react';

interface StatusPageProps {
  /** The small line above the title: "404", "403", "Error". */
  code: string;
  title: string;
  children: ReactNode;
  /** The way on: a page to go back to, or an action (a button). */
  way: { href: string; label: string } | ReactNode;
}

function isLink(way: StatusPageProps['way']): way is { href: string; label: string } {
  return typeof way === 'object' && way !== null && 'href' in way;
}

/** The look of every error, 403 and 404 page. */
export function StatusPage({ code, title, children, way }: StatusPageProps) {
  return (
    <div className="mx-auto max-w-lg px-6 py-24 text-center">
      <p className="text-sm font-semibold text-brand-600">{code}</p>
      <h1 className="mt-2 text-2xl font-semibold">{title}</h1>
      <div className="mt-3 text-slate-600">{children}</div>
      <div className="mt-6">
        {isLink(way) ? (
          <Link
            href={way.href}
            className="inline-block rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700"
          >
            {way.label}
          </Link>
        ) : (
          way
        )}
      </div>
    </div>
  );
}
