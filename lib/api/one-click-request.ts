import { z } from 'zod';
import { labelSpecificationSchema, type LabelSpec } from '@/lib/labels';
import { formatPath, validate, type Validation } from '@/lib/shipping/schema';
import { textField } from '@/lib/shipping/text-field';
import { fieldError, invalidInput, type ApiError, type ApiFailure } from './errors';

const MAX_SERVICE_IDS = 10;

/**
 * The model's ServiceSelection (`serviceId`: a list) and our extension: the `requestToken` of a getRates answer
 * and the `rateId` of one of its rates, to ship at the quoted charge. Unknown fields are refused.
 */
export const serviceSelectionSchema = z.strictObject({
  serviceId: z.array(textField(1, 100)).min(1).max(MAX_SERVICE_IDS),
  requestToken: textField(1, 100).optional(),
  rateId: textField(1, 100).optional(),
});
export type ServiceSelection = z.output<typeof serviceSelectionSchema>;

export interface OneClickOptions {
  ok: true;
  labelSpec: LabelSpec;
  selection: ServiceSelection;
}

function errorsAt(field: string, result: Validation<unknown>): ApiError[] {
  return result.ok ? [] : result.issues.map((issue) => fieldError(formatPath([field, ...issue.path]), issue.message));
}

/**
 * The fields only a oneClickShipment has, which the shared request schema accepts with their outer type alone:
 * the label the shipper wants (PDF, PNG or ZPL at 4×6 in) and the service selection.
 */
export function oneClickOptionsOf(body: Record<string, unknown>): OneClickOptions | ApiFailure {
  const labelSpec = validate(labelSpecificationSchema, body.labelSpecifications);
  const selection = validate(serviceSelectionSchema, body.serviceSelection);
  if (!labelSpec.ok || !selection.ok) {
    return invalidInput([...errorsAt('labelSpecifications', labelSpec), ...errorsAt('serviceSelection', selection)]);
  }
  return { ok: true, labelSpec: labelSpec.data, selection: selection.data };
}
