import type { Formats } from 'use-intl/core';

/** The named date formats catalogues use: `{day, date, day}` → "Monday 30 November 2026". */
export const FORMATS = {
  dateTime: {
    day: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
    dayMonth: { day: 'numeric', month: 'long' },
  },
} satisfies Formats;
