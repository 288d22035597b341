import { MARKETPLACE_CODES, type Marketplace } from './marketplaces';
import { badCharacterFailure, PHONE_FAILURES, type PhoneFailure, type PhoneFailures } from './phone-messages';
import { MAX_RAW_LENGTH, MAX_SIGNIFICANT_CHARS, PHONE_RULES, type PhoneRule } from './phone-rules';
import { humanList } from './text';

export type { Marketplace } from './marketplaces';

export type MobileNumberResult = { ok: true; e164: string } | PhoneFailure;

const PLUS = 43;
const OPEN = 40;
const CLOSE = 41;
const SPACE = 32;
const HYPHEN = 45;
const ZERO = 48;
const NINE = 57;

// Scratch for the significant characters of the current call only (parsing is synchronous);
// `count` of them are valid, and every read goes through charAt() so stale bytes are never seen.
const chars = new Uint8Array(MAX_SIGNIFICANT_CHARS);
let count = 0;

const UNKNOWN_MARKETPLACE: PhoneFailure = Object.freeze({
  ok: false,
  reason: `Mobile numbers can only be checked for the ${humanList(MARKETPLACE_CODES, 'and')} marketplaces.`,
});

export function parseMobileNumber(raw: string, marketplace: Marketplace): MobileNumberResult {
  const result = normaliseMobileNumber(raw, marketplace);
  return typeof result === 'string' ? { ok: true, e164: result } : result;
}

/**
 * The E.164 form, or the failure. One linear pass over at most 100 characters: spaces anywhere and
 * hyphens between characters are dropped, digits and the prefix symbols `+ ( )` are kept (at most
 * 17 of them), anything else refuses the number.
 */
export function normaliseMobileNumber(raw: string, marketplace: Marketplace): string | PhoneFailure {
  const rule = Object.hasOwn(PHONE_RULES, marketplace) ? PHONE_RULES[marketplace] : undefined;
  if (rule === undefined) return UNKNOWN_MARKETPLACE;
  const failures = PHONE_FAILURES[marketplace];
  if (typeof raw !== 'string') return failures.empty;
  if (raw.length > MAX_RAW_LENGTH) return failures.tooLongText;

  count = 0;
  let hyphenPending = false;
  let compact = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if ((c >= ZERO && c <= NINE) || c === PLUS || c === OPEN || c === CLOSE) {
      if (count === chars.length) return failures.tooLong;
      chars[count++] = c;
      hyphenPending = false;
    } else if (c === HYPHEN) {
      if (count === 0) return failures.hyphenAtEdge;
      hyphenPending = true;
      compact = false;
    } else if (c === SPACE) {
      compact = false;
    } else {
      return badCharacterFailure(rule, raw, i);
    }
  }
  if (hyphenPending) return failures.hyphenAtEdge;
  if (count === 0) return failures.empty;
  const start = numberStart(rule, failures);
  if (typeof start !== 'number') return start;
  // Without separators the significant characters are raw itself, so a slice is enough.
  return compact ? `+${rule.ccText}${raw.slice(start)}` : `+${rule.ccText}${digitsFrom(start)}`;
}

/** Where the national number starts after an accepted prefix, once it is known to be valid. */
function numberStart(rule: PhoneRule, failures: PhoneFailures): number | PhoneFailure {
  let start = 0;
  let international = false;
  const c0 = charAt(0);
  if (c0 === OPEN) {
    const afterOpen = charAt(1) === PLUS ? 2 : charAt(1) === ZERO && charAt(2) === ZERO ? 3 : -1;
    if (afterOpen < 0 || charAt(afterOpen + 2) !== CLOSE) return failures.format;
    if (!isCountry(rule, afterOpen)) return failures.wrongCountry;
    start = afterOpen + 3;
    international = true;
  } else if (c0 === PLUS) {
    if (!isCountry(rule, 1)) return isDigit(1) && isDigit(2) ? failures.wrongCountry : failures.format;
    start = 3;
    international = true;
  } else if (c0 === ZERO && charAt(1) === ZERO) {
    if (!isCountry(rule, 2)) return failures.wrongCountry;
    start = 4;
    international = true;
  } else if (c0 === ZERO) {
    if (!rule.nationalZero) return failures.leadingZero;
    start = 1;
  }

  for (let i = start; i < count; i++) if (!isDigit(i)) return failures.format;
  const length = count - start;
  if (length === 0) return failures.tooShort;
  const first = charAt(start) - ZERO;
  const validStart = rule.firstDigits[first] === true;
  if (validStart && length >= rule.minDigits && length <= rule.maxDigits) return start;
  // A country code typed without + or 00 (447…, 919…) deserves its own hint.
  if (start === 0 && isCountry(rule, 0) && isMobile(rule, 2)) return failures.countryNeedsPlus;
  if (!validStart) return first === 0 && international ? failures.trunkZeroAfterCountry : failures.notMobile;
  return length < rule.minDigits ? failures.tooShort : failures.tooLong;
}

function charAt(i: number): number {
  return i < count ? (chars[i] ?? -1) : -1;
}

function isDigit(i: number): boolean {
  const c = charAt(i);
  return c >= ZERO && c <= NINE;
}

function isCountry(rule: PhoneRule, at: number): boolean {
  return charAt(at) === rule.cc0 && charAt(at + 1) === rule.cc1;
}

function isMobile(rule: PhoneRule, start: number): boolean {
  const length = count - start;
  return length >= rule.minDigits && length <= rule.maxDigits && rule.firstDigits[charAt(start) - ZERO] === true;
}

function digitsFrom(start: number): string {
  return String.fromCharCode.apply(null, chars.subarray(start, count) as unknown as number[]);
}
