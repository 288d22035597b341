import { z } from 'zod';
import { currencySchema, dimensionsSchema, weightSchema } from './measure-schemas';
import { textField } from './text-field';

const MAX_ITEMS_PER_PACKAGE = 1_000;
const MAX_QUANTITY = 1_000_000;

// Fields the model defines but this portal never reads: accepted with their outer type, ignored.
export const unusedObject = z.looseObject({});
export const unusedList = z.array(z.unknown());

// The model says integer; checked after the range so 2^53+1 reads "too large", not "not whole".
function wholeNumber(min: number, max: number) {
  return z
    .number()
    .min(min)
    .max(max)
    .check(
      z.superRefine((value: number, ctx) => {
        if (!Number.isInteger(value)) ctx.addIssue({ code: 'custom', input: value, message: `must be a whole number (got ${value})` });
      }),
    );
}

export const itemSchema = z.strictObject({
  itemValue: currencySchema.optional(),
  description: textField(0, 250).optional(),
  itemIdentifier: textField(0, 100).optional(),
  quantity: wholeNumber(1, MAX_QUANTITY),
  weight: weightSchema.optional(),
  isHazmat: z.boolean().optional(),
  liquidVolume: unusedObject.optional(),
  dangerousGoodsDetails: unusedObject.optional(),
  productType: z.string().optional(),
  invoiceDetails: unusedObject.optional(),
  serialNumbers: z.array(z.string()).optional(),
  directFulfillmentItemIdentifiers: unusedObject.optional(),
});

/** Trimmed, case-sensitive; the cap is ours (the model only says string). */
export const packageClientReferenceIdSchema = z.string().trim().pipe(textField(1, 128));

export const packageSchema = z.strictObject({
  dimensions: dimensionsSchema,
  weight: weightSchema,
  insuredValue: currencySchema,
  isHazmat: z.boolean().optional(),
  sellerDisplayName: z.string().optional(),
  charges: unusedList.optional(),
  packageClientReferenceId: packageClientReferenceIdSchema,
  items: z.array(itemSchema).min(1).max(MAX_ITEMS_PER_PACKAGE),
});

export const packageListSchema = z.array(packageSchema).min(1);

export type Item = z.infer<typeof itemSchema>;
export type Package = z.infer<typeof packageSchema>;
