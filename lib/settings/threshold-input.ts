import { z } from 'zod';
import { MARKETPLACE_CODES, type Marketplace } from '../otp/marketplaces';
import { moneyErrorMessage, parseMinorUnits } from '../otp/money-parse';

/** The highest threshold an account may set, in major units of any marketplace's currency. */
export const MAX_THRESHOLD_MAJOR = 1_000_000;
const MAX_THRESHOLD_MINOR = MAX_THRESHOLD_MAJOR * 100;
// Longer than any accepted amount ("1000000.00"); keeps the parser's work bounded.
const MAX_INPUT_LENGTH = 32;

export const marketplaceSchema = z.enum(MARKETPLACE_CODES as [Marketplace, ...Marketplace[]], {
  error: `marketplace: choose one of ${MARKETPLACE_CODES.join(', ')}.`,
});

/** Minor units of a threshold written in major units, or the sentence saying why it is refused. */
export function thresholdMinorOf(amount: unknown): { ok: true; minor: number } | { ok: false; reason: string } {
  if (typeof amount !== 'string') return { ok: false, reason: 'Enter the amount as a decimal number, e.g. 400 or 99.50.' };
  if (amount.length > MAX_INPUT_LENGTH)
    return { ok: false, reason: `The amount must be at most ${MAX_THRESHOLD_MAJOR.toLocaleString('en-GB')}.` };
  const minor = parseMinorUnits(amount);
  if (minor < 0) return { ok: false, reason: moneyErrorMessage(minor) };
  if (minor === 0) return { ok: false, reason: 'The amount must be more than 0.' };
  if (minor > MAX_THRESHOLD_MINOR)
    return { ok: false, reason: `The amount must be at most ${MAX_THRESHOLD_MAJOR.toLocaleString('en-GB')}.` };
  return { ok: true, minor };
}

/** A threshold amount field for one marketplace; its messages name the field ("IN threshold: …"). */
export function thresholdAmountSchema(marketplace: Marketplace) {
  return z.unknown().transform((amount, ctx) => {
    const result = thresholdMinorOf(amount);
    if (result.ok) return result.minor;
    ctx.addIssue({ code: 'custom', message: `${marketplace} threshold: ${result.reason}` });
    return z.NEVER;
  });
}

/**
 * Setting one marketplace's threshold: `{ marketplace, amount, ...extra }` with amount a decimal string
 * in the marketplace's currency (never chosen by the input). Parses amount to integer minor units.
 */
export function thresholdSchemaWith<E extends z.ZodRawShape>(extra: E) {
  const entries = MARKETPLACE_CODES.map((marketplace) =>
    z.strictObject({ ...extra, marketplace: z.literal(marketplace), amount: thresholdAmountSchema(marketplace) }),
  );
  return z.discriminatedUnion('marketplace', entries as [(typeof entries)[number], ...(typeof entries)[number][]], {
    error: `marketplace: choose one of ${MARKETPLACE_CODES.join(', ')}.`,
  });
}

export const thresholdInputSchema = thresholdSchemaWith({});

export const clearThresholdInputSchema = z.strictObject({ marketplace: marketplaceSchema });
