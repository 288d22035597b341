import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decryptSecret,
  deliveryDayAt,
  encryptSecret,
  endOfDeliveryDay,
  generatePasscode,
  hashSecretCode,
  isPasscodeShaped,
  secretCodeMatches,
} from './index';

describe('generatePasscode', () => {
  it('keeps leading zeros', () => {
    expect(generatePasscode(() => 42)).toBe('000042');
    expect(generatePasscode(() => 0)).toBe('000000');
    expect(generatePasscode(() => 999_999)).toBe('999999');
  });

  it('draws 6 digits with every first digit occurring', () => {
    const codes = Array.from({ length: 20_000 }, () => generatePasscode());
    expect(codes.every(isPasscodeShaped)).toBe(true);
    expect(new Set(codes.map((c) => c[0])).size).toBe(10);
  });

  it('asks the generator for the full 0..999999 range', () => {
    let asked = 0;
    generatePasscode((max) => {
      asked = max;
      return 1;
    });
    expect(asked).toBe(1_000_000);
  });
});

describe('keyed hash', () => {
  const pepper = randomBytes(32);

  it('matches only the same code under the same pepper', () => {
    const stored = hashSecretCode('012345', pepper);
    expect(stored).not.toContain('012345');
    expect(secretCodeMatches('012345', stored, pepper)).toBe(true);
    expect(secretCodeMatches('012346', stored, pepper)).toBe(false);
    expect(secretCodeMatches('012345', stored, randomBytes(32))).toBe(false);
  });

  it('salts each row', () => {
    expect(hashSecretCode('111111', pepper)).not.toBe(hashSecretCode('111111', pepper));
  });

  it('refuses malformed stored values', () => {
    expect(secretCodeMatches('111111', 'garbage', pepper)).toBe(false);
    expect(secretCodeMatches('111111', 'aa$bb', pepper)).toBe(false);
  });
});

describe('cipher', () => {
  const key = randomBytes(32);

  it('round-trips and hides the plaintext', () => {
    const sealed = encryptSecret('004711', key, '+447700900123|2026-11-25');
    expect(sealed).not.toContain('004711');
    expect(decryptSecret(sealed, key, '+447700900123|2026-11-25')).toBe('004711');
  });

  it('does not open under other associated data or another key', () => {
    const sealed = encryptSecret('004711', key, 'a');
    expect(() => decryptSecret(sealed, key, 'b')).toThrow();
    expect(() => decryptSecret(sealed, randomBytes(32), 'a')).toThrow();
  });
});

describe('delivery day', () => {
  it('is the date in the marketplace time zone', () => {
    const at = new Date('2026-11-25T19:00:00Z');
    expect(deliveryDayAt('UK', at)).toBe('2026-11-25');
    expect(deliveryDayAt('IN', at)).toBe('2026-11-26');
  });

  it('ends at local midnight', () => {
    expect(endOfDeliveryDay('IN', '2026-11-25').toISOString()).toBe('2026-11-25T18:30:00.000Z');
    expect(endOfDeliveryDay('UK', '2026-11-25').toISOString()).toBe('2026-11-26T00:00:00.000Z');
    expect(endOfDeliveryDay('UK', '2026-07-01').toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(endOfDeliveryDay('FR', '2026-10-24').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfDeliveryDay('FR', '2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });

  it('23:59:59 local is still the day, 00:00:00 is the next', () => {
    const end = endOfDeliveryDay('IN', '2026-11-25');
    expect(deliveryDayAt('IN', new Date(end.getTime() - 1000))).toBe('2026-11-25');
    expect(deliveryDayAt('IN', end)).toBe('2026-11-26');
  });
});
