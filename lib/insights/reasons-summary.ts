import { reasonLabel } from '../otp/reason-codes';
import { labelDaysOf, type LabelDayRange } from './period';

export interface ReasonCell {
  day: string;
  reason: string;
  shipments: number;
}

/** The reasons of a period, most shipments first, with their totals. */
export function reasonTotals(cells: readonly ReasonCell[]): { reason: string; shipments: number }[] {
  const totals = new Map<string, number>();
  for (const c of cells) totals.set(c.reason, (totals.get(c.reason) ?? 0) + c.shipments);
  return [...totals]
    .map(([reason, shipments]) => ({ reason, shipments }))
    .filter((t) => t.shipments > 0)
    .sort((a, b) => b.shipments - a.shipments || a.reason.localeCompare(b.reason));
}

/** One row per label day with a column per reason (0 where none), for the stacked chart and its table. */
export function reasonsByDayRows(
  cells: readonly ReasonCell[],
  range: LabelDayRange,
  reasons: readonly string[],
): Record<string, number | string>[] {
  const byDay = new Map<string, Record<string, number | string>>(
    labelDaysOf(range).map((day) => [day, { day, ...Object.fromEntries(reasons.map((r) => [r, 0])) }]),
  );
  for (const c of cells) {
    const row = byDay.get(c.day);
    if (row) row[c.reason] = (row[c.reason] as number) + c.shipments;
  }
  return [...byDay.values()];
}

const percent = (part: number, whole: number) => `${Math.round((part / whole) * 100)}%`;
const count = (n: number) => n.toLocaleString('en-GB');

/**
 * What the reasons chart shows, in words: how many were not eligible, the leading reasons, and whether the
 * leading one grew or shrank between the period's first and second half.
 */
export function reasonsSummary(cells: readonly ReasonCell[], range: LabelDayRange, shipments: number): string {
  const totals = reasonTotals(cells);
  const notEligible = totals.reduce((sum, t) => sum + t.shipments, 0);
  if (shipments === 0) return 'No shipments were labelled in this period.';
  if (notEligible === 0) return `Every one of the ${count(shipments)} shipments labelled in this period was OTP eligible.`;
  const leading = totals
    .slice(0, 3)
    .map((t) => `${reasonLabel(t.reason)} (${count(t.shipments)}, ${percent(t.shipments, notEligible)})`)
    .join('; ');
  const days = labelDaysOf(range);
  const middle = days[Math.floor(days.length / 2)]!;
  const top = totals[0]!.reason;
  const firstHalf = cells.filter((c) => c.reason === top && c.day < middle).reduce((s, c) => s + c.shipments, 0);
  const secondHalf = cells.filter((c) => c.reason === top && c.day >= middle).reduce((s, c) => s + c.shipments, 0);
  const trend =
    days.length < 2 || firstHalf === secondHalf
      ? ''
      : ` ${reasonLabel(top)} ${secondHalf > firstHalf ? 'rose' : 'fell'} from ${count(firstHalf)} in the first half of the period to ${count(secondHalf)} in the second.`;
  return `${count(notEligible)} of ${count(shipments)} shipments (${percent(notEligible, shipments)}) were not OTP eligible. Leading reasons: ${leading}.${trend}`;
}
