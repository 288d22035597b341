import { z } from 'zod';
import { isIso4217Code } from './iso-4217';
import { moneyValueSchema } from './money-field';

export const WEIGHT_UNITS = ['GRAM', 'KILOGRAM', 'OUNCE', 'POUND'] as const;
export const DIMENSION_UNITS = ['INCH', 'CENTIMETER'] as const;

// The model gives no upper bounds; these only stop absurd values (10 000 cm is 100 m).
const MAX_WEIGHT_VALUE = 1_000_000;
const MAX_DIMENSION_VALUE = 10_000;

export const currencyCodeSchema = z.string().check(
  z.superRefine((code: string, ctx) => {
    if (!/^[A-Z]{3}$/.test(code)) {
      ctx.addIssue({
        code: 'custom',
        input: code,
        message: `must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got ${JSON.stringify(code)})`,
      });
    } else if (!isIso4217Code(code)) {
      ctx.addIssue({ code: 'custom', input: code, message: `is not an ISO 4217 currency code (got "${code}")` });
    }
  }),
);

export const currencySchema = z.strictObject({
  value: moneyValueSchema,
  unit: currencyCodeSchema,
});

const positiveMeasure = (max: number) => z.number().gt(0).max(max);

export const weightSchema = z.strictObject({
  unit: z.enum(WEIGHT_UNITS),
  value: positiveMeasure(MAX_WEIGHT_VALUE),
});

export const dimensionsSchema = z.strictObject({
  length: positiveMeasure(MAX_DIMENSION_VALUE),
  width: positiveMeasure(MAX_DIMENSION_VALUE),
  height: positiveMeasure(MAX_DIMENSION_VALUE),
  unit: z.enum(DIMENSION_UNITS),
});

export type Currency = z.infer<typeof currencySchema>;
export type Weight = z.infer<typeof weightSchema>;
export type Dimensions = z.infer<typeof dimensionsSchema>;
export type WeightUnit = (typeof WEIGHT_UNITS)[number];
export type DimensionUnit = (typeof DIMENSION_UNITS)[number];
