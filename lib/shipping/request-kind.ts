import { z } from 'zod';
import { shipperErrorMap } from './issue-messages';
import { getRatesRequestSchema, oneClickShipmentRequestSchema } from './request-schemas';

export type RequestKind = 'getRates' | 'oneClick';

// Fields only a one-click-shipment request has (two of them required there).
const ONE_CLICK_KEYS = ['labelSpecifications', 'serviceSelection', 'valueAddedServicesDetails', 'goodsOwner'];

export function requestKind(input: unknown): RequestKind {
  if (typeof input !== 'object' || input === null) return 'getRates';
  return ONE_CLICK_KEYS.some((key) => Object.hasOwn(input, key)) ? 'oneClick' : 'getRates';
}

export type ShipmentRequest =
  | { kind: 'getRates'; request: z.output<typeof getRatesRequestSchema> }
  | { kind: 'oneClick'; request: z.output<typeof oneClickShipmentRequestSchema> };

/**
 * Either request body. The kind is decided by the one-click-only fields, then that model alone
 * validates, so errors speak about one model instead of a union's "matched neither".
 */
export const shipmentRequestSchema = z.unknown().transform((input, ctx): ShipmentRequest => {
  const kind = requestKind(input);
  const schema = kind === 'oneClick' ? oneClickShipmentRequestSchema : getRatesRequestSchema;
  const result = schema.safeParse(input, { error: shipperErrorMap });
  if (!result.success) {
    for (const issue of result.error.issues) ctx.issues.push({ ...issue, input } as z.core.$ZodRawIssue);
    return z.NEVER;
  }
  return kind === 'oneClick'
    ? { kind, request: result.data as z.output<typeof oneClickShipmentRequestSchema> }
    : { kind, request: result.data as z.output<typeof getRatesRequestSchema> };
});
