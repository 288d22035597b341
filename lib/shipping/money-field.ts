import { z } from 'zod';

/** Largest accepted amount: its minor units stay a safe integer (and fit a bigint column). */
export const MAX_MONEY_VALUE = 999_999_999.99;

/**
 * The amount in hundredths of its unit (pence, cents, paise), exactly, or null when the value is
 * not a finite, non-negative amount with at most 2 decimals. It reads the number's shortest
 * decimal form (String(0.29) is "0.29", String(115.01) is "115.01"), so no float multiplication
 * touches the fraction and nothing is ever rounded.
 */
export function toMinorUnits(value: number): number | null {
  if (!Number.isFinite(value) || value < 0 || Object.is(value, -0) || value > MAX_MONEY_VALUE) {
    return null;
  }
  const text = String(value);
  // Below the cap, the exponent form only appears for values under 1e-6: too many decimals.
  if (text.includes('e')) return null;
  const dot = text.indexOf('.');
  const whole = dot === -1 ? text : text.slice(0, dot);
  const fraction = dot === -1 ? '' : text.slice(dot + 1);
  if (fraction.length > 2) return null;
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** 0 is allowed: the model sets no minimum, and a zero value is simply below any OTP threshold. */
export const moneyValueSchema = z.number().check(
  z.superRefine((value: number, ctx) => {
    if (value < 0 || Object.is(value, -0)) {
      ctx.addIssue({ code: 'custom', input: value, message: `must not be negative (got ${Object.is(value, -0) ? '-0' : value})` });
    } else if (value > MAX_MONEY_VALUE) {
      ctx.addIssue({ code: 'custom', input: value, message: `must be at most ${MAX_MONEY_VALUE} (got ${value})` });
    } else if (toMinorUnits(value) === null) {
      ctx.addIssue({
        code: 'custom',
        input: value,
        message: `must have at most 2 decimal places; it is never rounded (got ${value})`,
      });
    }
  }),
);
