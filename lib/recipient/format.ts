const DAY_FORMAT = new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

/** A calendar date (YYYY-MM-DD) as "Wed 25 Nov 2026"; the date is already the marketplace's own day. */
export function formatDeliveryDate(day: string): string {
  return DAY_FORMAT.format(new Date(`${day}T00:00:00Z`));
}
