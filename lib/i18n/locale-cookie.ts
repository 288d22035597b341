/** The cookie the language switch sets: a catalogue's locale, for a year, on this browser. */
export const LOCALE_COOKIE = 'sc-locale';
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;
