import { describe, expect, it } from 'vitest';
import { passwordSignInErrorMessage, retryTimeValues, tryAgainAfter } from './sign-in-messages';
import { parseSignInRefusal, SignInRefusedError } from './sign-in-refusal';

const now = new Date('2026-03-02T15:30:00Z');

describe('sign-in refusal codes', () => {
  it('travel as a short code and read back', () => {
    const refusal = { kind: 'locked', until: new Date('2026-03-02T15:41:30Z') } as const;
    const error = new SignInRefusedError(refusal);
    expect(error.message).toBe('LOCKED:2026-03-02T15:41:30.000Z');
    expect(parseSignInRefusal(error.message)).toEqual(refusal);
    expect(parseSignInRefusal(new SignInRefusedError({ kind: 'address_limited', until: now }).message)).toEqual({
      kind: 'address_limited',
      until: now,
    });
  });

  it.each([undefined, null, '', 'CredentialsSignin', 'LOCKED:', 'LOCKED:soon', 'Configuration'])('reads %j as no refusal', (error) => {
    expect(parseSignInRefusal(error)).toBeNull();
  });
});

describe('sign-in messages', () => {
  it('round the time up to the minute, in UTC, with the date when it is not today', () => {
    expect(tryAgainAfter(new Date('2026-03-02T15:41:30Z'), now)).toBe('Try again after 15:42 UTC.');
    expect(tryAgainAfter(new Date('2026-03-02T15:42:00Z'), now)).toBe('Try again after 15:42 UTC.');
    expect(tryAgainAfter(new Date('2026-03-03T09:05:00Z'), now)).toBe('Try again after 09:05 UTC on 3 March.');
  });

  it('keep the generic answer for a wrong password or code', () => {
    expect(passwordSignInErrorMessage('CredentialsSignin', now)).toBe(
      'The e-mail address or password is not right. Check both and try again.',
    );
  });

  it('say why and when for a refusal', () => {
    expect(passwordSignInErrorMessage('LOCKED:2026-03-02T15:41:30.000Z', now)).toBe(
      'Too many failed sign-ins for this e-mail address. Try again after 15:42 UTC.',
    );
    expect(passwordSignInErrorMessage('ADDRESS_LIMITED:2026-03-02T15:45:00.000Z', now)).toBe(
      'Too many failed sign-ins from your network. Try again after 15:45 UTC.',
    );
  });

  it('give a localised "try again after" the minute rounded up, and whether it is still today where the reader is', () => {
    expect(retryTimeValues(new Date('2026-03-02T15:41:30Z'), 'Europe/London', now)).toEqual({
      until: new Date('2026-03-02T15:42:00Z'),
      sameDay: 'yes',
    });
    // 23:30 UTC is already tomorrow in Kolkata (UTC+5:30), still today in London.
    expect(retryTimeValues(new Date('2026-03-02T23:30:00Z'), 'Asia/Kolkata', now).sameDay).toBe('no');
    expect(retryTimeValues(new Date('2026-03-02T23:30:00Z'), 'Europe/London', now).sameDay).toBe('yes');
  });
});
