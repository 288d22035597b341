import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Marketplace } from './marketplaces';
import { parseMobileNumber } from './phone';
import { SOURCE_PHONE_EXAMPLES } from './phone-examples';

// The carrier's announcement, copied into docs/spec so a clone with nothing beside it tests alone.
const SOURCE = fileURLToPath(new URL('../../docs/spec/otp-secure-delivery-announcement.txt', import.meta.url));

describe("the source's phone table", () => {
  it.each(SOURCE_PHONE_EXAMPLES)('$marketplace accepts $raw as $e164', ({ marketplace, raw, e164 }) => {
    expect(parseMobileNumber(raw, marketplace)).toEqual({ ok: true, e164 });
  });

  it('covers every marketplace', () => {
    expect(new Set(SOURCE_PHONE_EXAMPLES.map((e) => e.marketplace))).toEqual(new Set(['UK', 'FR', 'IT', 'ES', 'IN']));
  });

  it('copies every example verbatim from the announcement', () => {
    const table = readFileSync(SOURCE, 'utf8').split('What are the valid phone numbers in different marketplaces?')[1] ?? '';
    for (const { raw } of SOURCE_PHONE_EXAMPLES) expect(table).toContain(raw);
    // The table's examples are its +, 00, ( and bare-number tokens; none may be missing here.
    const inSource = table.match(/\(?(?:\+|00)\d\d\)?\d{8,11}|\b0?[3-9]\d{8,9}(?=\s|[A-Z]{2}\s|$)/g) ?? [];
    expect(inSource).toEqual(SOURCE_PHONE_EXAMPLES.map((e) => e.raw));
  });
});

describe('accepted forms beyond the table', () => {
  it.each([
    ['UK', '07123 456789', '+447123456789'],
    ['UK', '+44 7123 456 789', '+447123456789'],
    ['UK', '(+44) 7123-456-789', '+447123456789'],
    ['UK', '  07123456789  ', '+447123456789'],
    ['UK', '0 7 1 2 3 4 5 6 7 8 9', '+447123456789'],
    ['UK', '0044--7123456789', '+447123456789'],
    ['UK', `${' '.repeat(89)}07123456789`, '+447123456789'],
    ['IT', '+39 333 123 4567', '+393331234567'],
    ['IT', '333 1234 5678', '+3933312345678'],
    ['FR', '06 12 34 56 78', '+33612345678'],
    ['FR', '+33 6-12-34-56-78', '+33612345678'],
    ['ES', '(0034) 712 345 678', '+34712345678'],
    ['IN', '+91 98765-43210', '+919876543210'],
    ['IN', '(0091) 87654 32109', '+918765432109'],
  ] as const)('%s %j → %s', (marketplace, raw, e164) => {
    expect(parseMobileNumber(raw, marketplace)).toEqual({ ok: true, e164 });
  });
});

type Refusal = [Marketplace, string, string, RegExp?];

const REFUSALS: Refusal[] = [
  ['UK', 'landline', '02079460000'],
  ['UK', 'landline with +44', '+442079460000'],
  ['UK', 'landline 01…', '01632960000'],
  ['UK', 'wrong country prefix', '+33712345678', /country prefix must be \+44/],
  ['UK', 'wrong country prefix in brackets', '(+33)7123456789', /country prefix must be \+44/],
  ['UK', 'country code without + or 00', '447123456789', /write the country prefix as \+44/],
  ['UK', '0 after the country prefix', '+4407123456789', /drop the 0 after \+44/],
  ['UK', '0 after 0044', '004407123456789', /drop the 0 after \+44/],
  ['UK', 'prefix (44) not listed', '(44)7123456789'],
  ['UK', 'prefix +(44) not listed', '+(44)7123456789'],
  ['UK', 'prefix +44 (0) not listed', '+44 (0)7123 456789'],
  ['UK', 'prefix 044 not listed', '0447123456789'],
  ['UK', 'too short (7 + 7 digits)', '71234567', /too few digits/],
  ['UK', 'too long (7 + 10 digits)', '071234567890', /too many digits/],
  ['UK', 'letters', '07123 45678a', /letter "a"/],
  ['UK', 'only a prefix', '+44', /too few digits/],
  ['UK', 'over 100 characters', `${' '.repeat(90)}07123456789`, /longer than 100 characters/],
  ['UK', 'empty', '', /No phone number given/],
  ['UK', 'only spaces', '   ', /No phone number given/],
  ['UK', 'leading hyphen', '-07123456789', /hyphen/],
  ['UK', 'trailing hyphen', '07123456789-', /hyphen/],
  ['UK', 'dot separators', '07123.456.789', /character "\."/],
  ['UK', 'slash', '07123/456789', /character "\/"/],
  ['UK', 'a + inside the number', '0712+3456789', /"\+" and brackets/],
  ['UK', 'unbalanced bracket', '(+447123456789'],
  ['UK', 'tab separator', '07123\t456789', /control character \(U\+0009\)/],
  ['IT', 'landline (Rome)', '0612345678', /leading 0 is not an accepted prefix/],
  ['IT', 'landline with +39', '+39061234567'],
  ['IT', 'wrong country prefix', '+333331234567', /country prefix must be \+39/],
  ['IT', 'country code without + or 00', '393331234567', /write the country prefix as \+39/],
  ['IT', 'too short (3 + 8 digits)', '333123456', /too few digits/],
  ['IT', 'too long (3 + 11 digits)', '333123456789', /too many digits/],
  ['IT', 'trunk 0 not listed', '03331234567', /leading 0/],
  ['IT', 'letters', '+39 333 ABC 4567', /letter "A"/],
  ['IT', 'empty', '', /No phone number given/],
  ['FR', 'landline (Paris)', '0140000000'],
  ['FR', 'landline with +33', '+33140000000'],
  ['FR', 'starts with 8', '0812345678'],
  ['FR', 'wrong country prefix', '+34612345678', /country prefix must be \+33/],
  ['FR', 'country code without + or 00', '33612345678', /write the country prefix as \+33/],
  ['FR', '0 after the country prefix', '+330612345678', /drop the 0 after \+33/],
  ['FR', 'too short', '061234567', /too few digits/],
  ['FR', 'too long', '06123456789', /too many digits/],
  ['FR', 'letters', '06 12 34 56 7O', /letter "O"/],
  ['FR', 'empty', '', /No phone number given/],
  ['ES', 'landline (Madrid)', '912345678'],
  ['ES', 'landline with +34', '+34912345678'],
  ['ES', 'wrong country prefix', '+33612345678', /country prefix must be \+34/],
  ['ES', 'country code without + or 00', '34612345678', /write the country prefix as \+34/],
  ['ES', 'trunk 0 not listed', '0612345678', /leading 0/],
  ['ES', 'too short', '61234567', /too few digits/],
  ['ES', 'too long', '6123456789', /too many digits/],
  ['ES', 'letters', '6l2345678', /letter "l"/],
  ['ES', 'empty', '', /No phone number given/],
  ['IN', 'landline (Delhi) with 0', '01123456789', /leading 0/],
  ['IN', 'landline with +91', '+911123456789'],
  ['IN', 'starts with 6 (not in the source list)', '6123456789'],
  ['IN', 'trunk 0 not listed', '09876543210', /leading 0/],
  ['IN', 'country code without + or 00', '919876543210', /write the country prefix as \+91/],
  ['IN', 'wrong country prefix', '+44 9876543210', /country prefix must be \+91/],
  ['IN', 'too short', '987654321', /too few digits/],
  ['IN', 'too long', '+9198765432101', /too many digits/],
  ['IN', '16+ digits', '9876543210987654321', /too many digits/],
  ['IN', 'letters', '+91-CALL-NOW', /letter "C"/],
  ['IN', 'empty', '', /No phone number given/],
];

const SHAPE = /^Not a valid (UK|Italian|French|Spanish|Indian) mobile number: .*expected .+\.$/;

describe('refusals', () => {
  it.each(REFUSALS)('%s refuses %s: %j', (marketplace, _what, raw, reason) => {
    const result = parseMobileNumber(raw, marketplace);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    if (reason) expect(result.reason).toMatch(reason);
    if (raw.trim() !== '') expect(result.reason).toMatch(SHAPE);
  });

  it.each([
    ['UK', 'Not a valid UK mobile number: expected 07 or +44 7 followed by 8–9 digits.'],
    ['IT', 'Not a valid Italian mobile number: expected 3 or +39 3 followed by 9–10 digits.'],
    ['FR', 'Not a valid French mobile number: expected 06/07 or +33 6/7 followed by 8 digits.'],
    ['ES', 'Not a valid Spanish mobile number: expected 6/7 or +34 6/7 followed by 8 digits.'],
    ['IN', 'Not a valid Indian mobile number: expected 10 digits starting with 7, 8 or 9, optionally after +91.'],
  ] as const)('%s names the marketplace and what it expects', (marketplace, reason) => {
    expect(parseMobileNumber('+0000000000', marketplace)).toEqual({ ok: false, reason: expect.stringContaining('country prefix') });
    expect(parseMobileNumber('5555555555', marketplace)).toEqual({ ok: false, reason });
  });

  it('never echoes the number itself', () => {
    const result = parseMobileNumber('07999 000111 x', 'UK');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).not.toContain('07999');
  });

  it('refuses a marketplace it does not know, without throwing', () => {
    expect(parseMobileNumber('07123456789', 'US' as Marketplace).ok).toBe(false);
    expect(parseMobileNumber('07123456789', 'toString' as Marketplace).ok).toBe(false);
    expect(parseMobileNumber(undefined as unknown as string, 'UK').ok).toBe(false);
  });
});

describe('Unicode is refused, never normalised', () => {
  it.each([
    ['IN', 'Devanagari digits', '९८७६५४३२१०', /U\+096F.*digits 0–9/],
    ['IN', 'Arabic-Indic digits', '٩٨٧٦٥٤٣٢١٠', /U\+0669.*digits 0–9/],
    ['IN', 'Extended Arabic-Indic digits', '۹۸۷۶۵۴۳۲۱۰', /U\+06F9/],
    ['IN', 'full-width digits', '９８７６５４３２１０', /U\+FF19.*digits 0–9/],
    ['IN', 'full-width plus', '＋919876543210', /U\+FF0B/],
    ['IN', 'full-width digits after +91', '+91９８７６５４３２１０', /U\+FF19/],
    ['IN', 'zero-width space', '98765\u200b43210', /invisible formatting character \(U\+200B\)/],
    ['IN', 'zero-width joiner at the end', '9876543210\u200d', /U\+200D/],
    ['IN', 'byte-order mark in front', '\ufeff9876543210', /U\+FEFF/],
    ['IN', 'right-to-left override', '\u202e9876543210', /U\+202E/],
    ['IN', 'left-to-right mark', '+91\u200e9876543210', /U\+200E/],
    ['IN', 'bidi isolate', '\u20669876543210\u2069', /U\+2066/],
    ['IN', 'Arabic letter mark', '98765\u061c43210', /U\+061C/],
    ['UK', 'no-break space', '07123\u00a0456789', /non-standard space \(U\+00A0\)/],
    ['UK', 'narrow no-break space', '07123\u202f456789', /U\+202F/],
    ['UK', 'figure space', '07123\u2007456789', /U\+2007/],
    ['UK', 'ideographic space', '07123\u3000456789', /U\+3000/],
    ['UK', 'non-breaking hyphen', '07123\u2011456789', /U\+2011/],
    ['UK', 'en dash', '07123\u2013456789', /U\+2013/],
    ['UK', 'newline', '07123\n456789', /U\+000A/],
    ['UK', 'NUL', '07123\u0000456789', /U\+0000/],
    ['UK', 'lone surrogate', '07123\ud800456789', /U\+D800/],
    ['UK', 'emoji', '07123456789\u{1F4DE}', /U\+1F4DE/],
    ['UK', 'mathematical bold digit', '0712345678\u{1D7D7}', /U\+1D7D7.*digits 0–9/],
  ] as const)('%s: %s', (marketplace, _what, raw, reason) => {
    const result = parseMobileNumber(raw, marketplace);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('the same numbers in ASCII are accepted, so the refusal is about the characters', () => {
    expect(parseMobileNumber('9876543210', 'IN')).toEqual({ ok: true, e164: '+919876543210' });
    expect(parseMobileNumber('07123 456789', 'UK')).toEqual({ ok: true, e164: '+447123456789' });
  });
});
