import { parseSignInRefusal, type SignInRefusal } from './sign-in-refusal';

const MINUTE = 60_000;
const TIME = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "Try again after 15:42 UTC." (the minute rounded up, so it is never early), with the date when not today. */
export function tryAgainAfter(until: Date, now = new Date()): string {
  const at = new Date(Math.ceil(until.getTime() / MINUTE) * MINUTE);
  const sameDay = at.toISOString().slice(0, 10) === now.toISOString().slice(0, 10);
  return `Try again after ${TIME.format(at)} UTC${sameDay ? '' : ` on ${DAY.format(at)}`}.`;
}

const WRONG_PASSWORD_MESSAGE = 'The e-mail address or password is not right. Check both and try again.';
const WRONG_CODE_MESSAGE =
  'That code did not work. It may be mistyped, already used or older than 10 minutes, or tried 5 times. Check it, or send a new code.';

export function passwordSignInErrorMessage(error: string | null | undefined, now = new Date()): string {
  const refusal = parseSignInRefusal(error);
  if (!refusal) return WRONG_PASSWORD_MESSAGE;
  const why =
    refusal.kind === 'locked' ? 'Too many failed sign-ins for this e-mail address.' : 'Too many failed sign-ins from your network.';
  return `${why} ${tryAgainAfter(refusal.until, now)}`;
}

export function recipientCodeErrorMessage(error: string | null | undefined, now = new Date()): string {
  const refusal = parseSignInRefusal(error);
  if (!refusal) return WRONG_CODE_MESSAGE;
  return `Too many wrong sign-in codes were entered from your network. ${tryAgainAfter(refusal.until, now)}`;
}

/** Says nothing about whether the e-mail address or number belongs to anyone: unknown ones are capped alike. */
export function codeRequestRefusedMessage(refusal: SignInRefusal, now = new Date()): string {
  const why =
    refusal.kind === 'locked'
      ? 'Too many sign-in codes were asked for with this e-mail address or mobile number.'
      : 'Too many sign-in codes were asked for from your network.';
  return `${why} ${tryAgainAfter(refusal.until, now)}`;
}
