import { MARKETPLACE_CODES } from '../otp/marketplaces';
import { deliveryDayAt } from '../passcode/delivery-day';
import { DAY_MS, HOUR_MS } from '../time/durations';

/** Inclusive label days (each shipment's day in its marketplace's time zone), `YYYY-MM-DD`. */
export interface LabelDayRange {
  from: string;
  to: string;
}

export const PERIOD_PRESETS = ['7', '30', '90'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number] | 'custom';

export interface InsightsPeriod extends LabelDayRange {
  preset: PeriodPreset;
  days: number;
}

/** The longest custom period: a year and a day, so a leap year fits. */
export const MAX_PERIOD_DAYS = 366;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
// Wider than any time zone's offset from UTC, so a label day's shipments always fall inside.
const ZONE_SLACK_MS = 14 * HOUR_MS;

export function isLabelDay(text: string): boolean {
  if (!DAY.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

export function daysBetween(range: LabelDayRange): number {
  return Math.round((Date.parse(`${range.to}T00:00:00Z`) - Date.parse(`${range.from}T00:00:00Z`)) / DAY_MS) + 1;
}

/** Every label day of the range, in order. */
export function labelDaysOf(range: LabelDayRange): string[] {
  return Array.from({ length: daysBetween(range) }, (_, i) => addDays(range.from, i));
}

/**
 * Bounds on `created_at` that hold every shipment labelled in the range whatever its marketplace's zone, so a
 * query can use the (account, created_at) index before checking the exact label day.
 */
export function createdAtBoundsOf(range: LabelDayRange): { from: Date; before: Date } {
  return {
    from: new Date(Date.parse(`${range.from}T00:00:00Z`) - ZONE_SLACK_MS),
    before: new Date(Date.parse(`${addDays(range.to, 1)}T00:00:00Z`) + ZONE_SLACK_MS),
  };
}

/**
 * The latest label day any marketplace has reached at `now` (India's day starts hours before Europe's), so a
 * range ending on it holds every shipment labelled so far, wherever it was labelled.
 */
export function latestLabelDay(now: Date = new Date()): string {
  return MARKETPLACE_CODES.map((marketplace) => deliveryDayAt(marketplace, now)).reduce((latest, day) => (day > latest ? day : latest));
}

/** The last `days` label days up to the latest one at `now`. */
export function lastLabelDays(days: number, now: Date): LabelDayRange {
  const to = latestLabelDay(now);
  return { from: addDays(to, 1 - days), to };
}

export type PeriodParse = { ok: true; period: InsightsPeriod } | { ok: false; field: 'period' | 'from' | 'to'; message: string };

/**
 * The period a page asks for: the last 7, 30 or 90 label days ending `today`, or a custom range of at most
 * 366 days that does not start after it ends or end after today. Anything else names the field at fault.
 */
export function parseInsightsPeriod(
  input: { period?: string | null; from?: string | null; to?: string | null },
  today: string,
): PeriodParse {
  const preset = input.period ?? '30';
  if ((PERIOD_PRESETS as readonly string[]).includes(preset)) {
    const days = Number(preset);
    return { ok: true, period: { preset: preset as PeriodPreset, from: addDays(today, 1 - days), to: today, days } };
  }
  if (preset !== 'custom') return { ok: false, field: 'period', message: 'Period: choose 7, 30 or 90 days, or a custom range.' };
  const from = input.from ?? '';
  const to = input.to ?? '';
  if (!isLabelDay(from)) return { ok: false, field: 'from', message: 'From: enter a date as YYYY-MM-DD.' };
  if (!isLabelDay(to)) return { ok: false, field: 'to', message: 'To: enter a date as YYYY-MM-DD.' };
  if (from > to) return { ok: false, field: 'from', message: `From: ${from} is after the end of the period (${to}).` };
  if (to > today) return { ok: false, field: 'to', message: `To: ${to} is in the future; the last day with data is ${today}.` };
  const days = daysBetween({ from, to });
  if (days > MAX_PERIOD_DAYS) {
    return { ok: false, field: 'from', message: `From: a custom period is at most ${MAX_PERIOD_DAYS} days (this one is ${days}).` };
  }
  return { ok: true, period: { preset: 'custom', from, to, days } };
}
