import { describe, expect, it } from 'vitest';
import { parseSignInIdentifier } from './sign-in-identifier';

describe('parseSignInIdentifier', () => {
  it.each([
    ['  Emma.Wilson@Example.com ', { kind: 'email', email: 'emma.wilson@example.com' }],
    ['07700 900123', { kind: 'phone', phonesE164: ['+447700900123'] }],
    ['+91 98765 43210', { kind: 'phone', phonesE164: ['+919876543210'] }],
    ['(0091)8123456789', { kind: 'phone', phonesE164: ['+918123456789'] }],
  ])('reads %j', (raw, expected) => {
    expect(parseSignInIdentifier(raw)).toEqual(expected);
  });

  it('keeps every marketplace a local number could belong to', () => {
    expect(parseSignInIdentifier('612 345 678')).toEqual({ kind: 'phone', phonesE164: ['+33612345678', '+34612345678'] });
  });

  it.each(['', '   ', 'abc', 'name@', '@example.com', 'a b@example.com', '020 7946 0018', `${'a'.repeat(250)}@x.io`])(
    'refuses %j',
    (raw) => {
      expect(parseSignInIdentifier(raw)).toEqual({ kind: 'invalid' });
    },
  );
});
