const MAX_MINOR = Number.MAX_SAFE_INTEGER;
// From 2^46 up, doubles are more than a cent apart, so a number can no longer name every cent;
// such amounts (over 70 trillion) must come as strings.
const MAX_EXACT_NUMBER = 2 ** 46;
const MAX_WHOLE = Math.floor(MAX_MINOR / 100);

/** Negative results of parseMinorUnits; index into MONEY_ERRORS with -code. */
const NOT_A_NUMBER = -1;
const NOT_FINITE = -2;
const NEGATIVE = -3;
const EMPTY = -4;
const TOO_MANY_DECIMALS = -5;
const TOO_LARGE = -6;
const BAD_FORMAT = -7;

const MONEY_ERRORS: readonly string[] = Object.freeze([
  '',
  'The amount is not a number.',
  'The amount must be a finite number.',
  'The amount must not be negative.',
  'The amount is empty.',
  'The amount has more than 2 decimal places.',
  'The amount is too large.',
  'The amount must be written as digits with an optional decimal point and at most 2 decimals, e.g. 115.01.',
]);

export function moneyErrorMessage(code: number): string {
  return MONEY_ERRORS[-code] ?? 'The amount is not valid.';
}

/**
 * Minor units (≥ 0) of a major-unit amount, or a negative error code (see moneyErrorMessage).
 * Returning a number keeps the rules' hot path free of result objects.
 */
export function parseMinorUnits(value: unknown): number {
  if (typeof value === 'number') return numberToMinor(value);
  if (typeof value === 'string') return stringToMinor(value);
  return NOT_A_NUMBER;
}

function numberToMinor(value: number): number {
  if (Number.isNaN(value)) return NOT_A_NUMBER;
  if (!Number.isFinite(value)) return NOT_FINITE;
  if (value < 0) return NEGATIVE;
  if (value >= MAX_EXACT_NUMBER) return TOO_LARGE;
  const whole = Math.floor(value);
  // value - whole is exact, so the cents come from a number below 1 and need no big-number rounding.
  const minor = whole * 100 + Math.round((value - whole) * 100);
  // minor / 100 is the double nearest to that 2-decimal amount; it is value itself exactly when
  // value's shortest decimal form has at most 2 decimals (0.29 → 29 passes, 1.005 fails).
  return minor / 100 === value ? minor : TOO_MANY_DECIMALS;
}

function stringToMinor(text: string): number {
  const length = text.length;
  if (length === 0) return EMPTY;
  let whole = 0;
  let i = 0;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) break;
    if (c < 48 || c > 57) return c === 45 && i === 0 ? NEGATIVE : BAD_FORMAT;
    whole = whole * 10 + (c - 48);
    if (whole > MAX_WHOLE) return TOO_LARGE;
  }
  if (i === 0) return BAD_FORMAT;
  if (i === length) return whole * 100;
  const decimals = length - i - 1;
  if (decimals === 0) return BAD_FORMAT;
  let fraction = 0;
  for (let j = i + 1; j < length; j++) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) return BAD_FORMAT;
    if (j - i <= 2) fraction = fraction * 10 + (c - 48);
  }
  if (decimals > 2) return TOO_MANY_DECIMALS;
  const minor = whole * 100 + (decimals === 1 ? fraction * 10 : fraction);
  return minor > MAX_MINOR ? TOO_LARGE : minor;
}
