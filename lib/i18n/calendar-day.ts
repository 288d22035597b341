/** A marketplace calendar day (YYYY-MM-DD) as a Date that falls on that day in every marketplace's time zone. */
export function calendarDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}
