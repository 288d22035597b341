import { byMarketplace, type Marketplace } from './marketplaces';
import { MAX_RAW_LENGTH, PHONE_RULES, type PhoneRule } from './phone-rules';

export type PhoneFailure = { ok: false; reason: string };

export interface PhoneFailures {
  empty: PhoneFailure;
  format: PhoneFailure;
  hyphenAtEdge: PhoneFailure;
  notMobile: PhoneFailure;
  tooShort: PhoneFailure;
  tooLong: PhoneFailure;
  tooLongText: PhoneFailure;
  wrongCountry: PhoneFailure;
  countryNeedsPlus: PhoneFailure;
  trunkZeroAfterCountry: PhoneFailure;
  leadingZero: PhoneFailure;
}

function fail(rule: PhoneRule, detail: string | null): PhoneFailure {
  const head = `Not a valid ${rule.name} mobile number: `;
  const reason = detail === null ? `${head}${rule.expected}.` : `${head}${detail}; ${rule.expected}.`;
  return Object.freeze({ ok: false as const, reason });
}

function failuresFor(rule: PhoneRule): PhoneFailures {
  return Object.freeze({
    empty: Object.freeze({ ok: false as const, reason: 'No phone number given.' }),
    format: fail(rule, '"+" and brackets are only accepted in the country prefix'),
    hyphenAtEdge: fail(rule, 'a hyphen may only stand between two characters'),
    notMobile: fail(rule, null),
    tooShort: fail(rule, 'too few digits'),
    tooLong: fail(rule, 'too many digits'),
    tooLongText: fail(rule, `it is longer than ${MAX_RAW_LENGTH} characters`),
    wrongCountry: fail(rule, `the country prefix must be +${rule.ccText} or 00${rule.ccText}`),
    countryNeedsPlus: fail(rule, `write the country prefix as +${rule.ccText} or 00${rule.ccText}`),
    trunkZeroAfterCountry: fail(rule, `drop the 0 after +${rule.ccText}`),
    leadingZero: fail(rule, 'a leading 0 is not an accepted prefix'),
  });
}

// Built once: the hot path returns these shared, frozen objects instead of new strings.
export const PHONE_FAILURES: Readonly<Record<Marketplace, PhoneFailures>> = byMarketplace(({ code }) => failuresFor(PHONE_RULES[code]));

export function badCharacterFailure(rule: PhoneRule, raw: string, index: number): PhoneFailure {
  return fail(rule, `it contains ${describeCharacter(raw.codePointAt(index) ?? 0)}`);
}

const NON_ASCII_DIGIT = /^\p{Nd}$/u;

function hex(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

function describeCharacter(cp: number): string {
  if ((cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122)) return `the letter "${String.fromCodePoint(cp)}"`;
  if (cp < 32 || (cp >= 127 && cp <= 159)) return `an invisible control character (${hex(cp)})`;
  if (cp < 127) return `the character "${String.fromCodePoint(cp)}"`;
  if (cp === 0xa0 || cp === 0x2007 || cp === 0x202f || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a)) {
    return `a non-standard space (${hex(cp)}); use an ordinary space`;
  }
  if (
    (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) ||
    (cp >= 0x2060 && cp <= 0x206f) ||
    cp === 0xfeff ||
    cp === 0x061c ||
    cp === 0x180e
  ) {
    return `an invisible formatting character (${hex(cp)})`;
  }
  if (cp >= 0xd800 && cp <= 0xdfff) return `a broken character (${hex(cp)})`;
  const text = String.fromCodePoint(cp);
  if (NON_ASCII_DIGIT.test(text)) return `a digit that is not one of 0–9 (${hex(cp)}); type the digits 0–9`;
  return `the character "${text}" (${hex(cp)})`;
}
