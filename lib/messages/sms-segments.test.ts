import { describe, expect, it } from 'vitest';
import { isGsm7, smsSize, toGsm7 } from './sms-segments';

const a = (n: number) => 'a'.repeat(n);

describe('isGsm7', () => {
  it.each([
    ['', true],
    ['Your parcel is out for delivery @ 10:00, £5.99 & 50% off!', true],
    ['@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ¤¡ÄÖÑÜ§¿äöñüà', true],
    ['\f^{}\\[~]|€', true],
    ['Ç', true],
    ['ç', false],
    ['ê', false],
    ['\t', false],
    ['\x1b', false],
    ['`', false],
    ['😀', false],
    ['नमस्ते', false],
  ])('%j → %s', (text, expected) => {
    expect(isGsm7(text)).toBe(expected);
  });

  it('accepts the Greek capitals of the spec, not their mathematical lookalikes', () => {
    expect(isGsm7('\u0394\u03a6\u0393\u039b\u03a9\u03a0\u03a8\u03a3\u0398\u039e')).toBe(true);
    expect(isGsm7('\u2206')).toBe(false); // ∆ INCREMENT
    expect(isGsm7('\u2126')).toBe(false); // Ω OHM SIGN
  });
});

describe('smsSize in GSM-7', () => {
  it('sends empty text as one segment of no septets', () => {
    expect(smsSize('')).toEqual({ encoding: 'GSM-7', units: 0, segments: 1 });
  });

  it.each([
    [1, 1],
    [160, 1],
    [161, 2],
    [306, 2],
    [307, 3],
    [459, 3],
    [460, 4],
  ])('%i plain characters → %i segments', (length, segments) => {
    expect(smsSize(a(length))).toEqual({ encoding: 'GSM-7', units: length, segments });
  });

  it('counts an extension character as two septets', () => {
    expect(smsSize('{€}')).toEqual({ encoding: 'GSM-7', units: 6, segments: 1 });
    expect(smsSize('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSize('€'.repeat(81))).toEqual({ encoding: 'GSM-7', units: 162, segments: 2 });
  });

  it('fits a message with an extension character in one segment while it is within 160 septets', () => {
    expect(smsSize(a(152) + '€' + a(1))).toEqual({ encoding: 'GSM-7', units: 155, segments: 1 });
    expect(smsSize(a(158) + '€')).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsSize(a(159) + '€')).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
  });

  it('moves an escape pair that would straddle the 153-septet boundary to the next segment', () => {
    // 152 + [€ + 7]: the pair no longer fits after 152 septets.
    expect(smsSize(a(152) + '€' + a(7))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    // 151 + € fills the first segment exactly, so 153 more fit in the second.
    expect(smsSize(a(151) + '€' + a(153))).toEqual({ encoding: 'GSM-7', units: 306, segments: 2 });
    // Same 306 septets, but [152] + [€ + 151] + [1]: naive 306 / 153 would say 2.
    expect(smsSize(a(152) + '€' + a(152))).toEqual({ encoding: 'GSM-7', units: 306, segments: 3 });
  });
});

describe('smsSize in UCS-2', () => {
  it.each([
    ['ç', 70, 1],
    ['ç', 71, 2],
    ['ç', 134, 2],
    ['ç', 135, 3],
    ['ê', 70, 1],
    ['ê', 71, 2],
    ['ê', 134, 2],
    ['ê', 135, 3],
  ])('one %j in %i characters → %i segments', (char, length, segments) => {
    expect(smsSize(char + a(length - 1))).toEqual({ encoding: 'UCS-2', units: length, segments });
  });

  it('keeps Ç in GSM-7', () => {
    expect(smsSize('Ç' + a(159))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
  });

  it('counts an emoji as two UTF-16 units', () => {
    expect(smsSize('😀'.repeat(35))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    // 33 emoji (66 units) per segment: a 67th unit would split a pair.
    expect(smsSize('😀'.repeat(36))).toEqual({ encoding: 'UCS-2', units: 72, segments: 2 });
    expect(smsSize('😀'.repeat(67))).toEqual({ encoding: 'UCS-2', units: 134, segments: 3 });
  });

  it('never splits a surrogate pair across segments', () => {
    // 65 + 😀 fills the first segment exactly.
    expect(smsSize(a(65) + '😀' + a(67))).toEqual({ encoding: 'UCS-2', units: 134, segments: 2 });
    // Same 134 units, but [66] + [😀 + 65] + [1]: naive 134 / 67 would say 2.
    expect(smsSize(a(66) + '😀' + a(66))).toEqual({ encoding: 'UCS-2', units: 134, segments: 3 });
  });
});

describe('toGsm7', () => {
  it('keeps a shipper name in GSM-7, keeping è and é and folding the rest', () => {
    const name = toGsm7('Maison Lumière Crêperie – Façon “Opéra”…');
    expect(name).toBe('Maison Lumière Creperie - Facon "Opéra"...');
    expect(isGsm7(name)).toBe(true);
  });

  it('leaves GSM-7 text, including extension characters, unchanged', () => {
    const text = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./09:;<=>?¡AZÄÖÑÜ§¿azäöñüà\f^{}\\[~]|€';
    expect(toGsm7(text)).toBe(text);
  });

  it.each([
    ['ô ç Ê ã ő ł', 'o c E a o ?'],
    ['‘single’ “double” a–b—c', `'single' "double" a-b-c`],
    ['Crêpes\u00a0&\u202fCo', 'Crepes & Co'],
    ['Cre\u0302pe Lumie\u0300re', 'Crepe Lumière'],
  ])('%j → %j', (text, expected) => {
    expect(toGsm7(text)).toBe(expected);
  });

  it('replaces each character it cannot fold with ?', () => {
    expect(toGsm7('नमस्ते')).toBe('??????');
    expect(toGsm7('你好 世界')).toBe('?? ??');
    expect(toGsm7('Thanks 😀!')).toBe('Thanks ?!');
  });
});
