import { z } from 'zod';
import { toMinorUnits as exactMinorUnits } from '@/lib/otp/money';

/** Largest accepted amount: its minor units stay a safe integer (and fit a bigint column). */
export const MAX_MONEY_VALUE = 999_999_999.99;

/**
 * The amount in hundredths of its unit (pence, cents, paise), exactly, or null when the value is
 * not a finite, non-negative amount with at most 2 decimals within MAX_MONEY_VALUE. The exact
 * conversion is the rules module's: one copy of money arithmetic.
 */
export function toMinorUnits(value: number): number | null {
  if (Object.is(value, -0) || value > MAX_MONEY_VALUE) return null;
  const exact = exactMinorUnits(value);
  return exact.ok ? exact.minor : null;
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
