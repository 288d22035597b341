import { parseSignInRefusal } from './sign-in-refusal';

const MINUTE = 60_000;

function roundedUpToMinute(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / MINUTE) * MINUTE);
}
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Try again after 15:42 UTC." (the minute rounded up, so it is never early), with the date when not today. */
export function tryAgainAfter(until: Date, now = new Date()): string {
  const at = roundedUpToMinute(until);
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return `Try again after ${TIME.format(at)} UTC${sameDay ? '' : ` on ${DAY.format(at)}`}.`;
}

const WRONG_PASSWORD_MESSAGE = 'The e-mail address or password is not right. Check both and try again.';

export function passwordSignInErrorMessage(error: string | null | undefined, now = new Date()): string {
  const refusal = parseSignInRefusal(error);
  if (!refusal) return WRONG_PASSWORD_MESSAGE;
  const why =
    refusal.kind === 'locked' ? 'Too many failed sign-ins for this e-mail address.' : 'Too many failed sign-ins from your network.';
  return `${why} ${tryAgainAfter(refusal.until, now)}`;
}

/** What a catalogue's "try again after" needs: the minute rounded up (never early), and whether it is still today where the reader is. */
export function retryTimeValues(until: Date, timeZone: string, now = new Date()): { until: Date; sameDay: 'yes' | 'no' } {
  const at = roundedUpToMinute(until);
  const dayOf = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  return { until: at, sameDay: dayOf.format(at) === dayOf.format(now) ? 'yes' : 'no' };
}
