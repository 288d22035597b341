import Link from 'next/link';
import type { FigureTile } from '@/lib/insights/figure-tiles';

/** The period's headline figures; a figure with a tracker view behind it links there. */
export function FigureTiles({ tiles, hrefOf }: { tiles: FigureTile[]; hrefOf: (tile: FigureTile) => string | null }) {
  return (
    <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label="OTP figures">
      {tiles.map((tile) => {
        const href = hrefOf(tile);
        const body = (
          <>
            <span className="block text-sm font-medium text-slate-600">{tile.label}</span>
            <span className="mt-1 block text-xl font-semibold text-slate-900 sm:text-2xl">{tile.value}</span>
            <span className="mt-1 block text-xs text-slate-600">{tile.detail}</span>
          </>
        );
        return (
          <li key={tile.key} data-testid={`figure-${tile.key}`} className="rounded-xl border border-slate-200 bg-white shadow-sm">
            {href ? (
              <Link
                href={href}
                className="block h-full rounded-xl p-3 hover:bg-slate-50 sm:p-4 focus-visible:outline-2 focus-visible:outline-brand-600"
                aria-label={`${tile.label}: ${tile.value}, ${tile.detail}. Open these shipments in the tracker`}
              >
                {body}
                <span className="mt-2 block text-xs font-medium text-brand-700">Open in the tracker →</span>
              </Link>
            ) : (
              <div className="p-3 sm:p-4">{body}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
