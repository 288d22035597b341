import { z } from 'zod';
import { addressSchema } from './address-schema';
import { currencySchema } from './measure-schemas';
import { packageListSchema, unusedList, unusedObject } from './package-schema';
import { textField } from './text-field';

export const CHANNEL_TYPES = ['AMAZON', 'EXTERNAL'] as const;
export const channelTypeSchema = z.enum(CHANNEL_TYPES);

export const channelDetailsSchema = z.strictObject({
  channelType: channelTypeSchema,
  amazonOrderDetails: unusedObject.optional(),
  amazonShipmentDetails: unusedObject.optional(),
});

export const valueAddedServiceDetailsSchema = z.strictObject({
  collectOnDelivery: z.strictObject({ amount: currencySchema }).optional(),
});

export const oneClickValueAddedServiceSchema = z.strictObject({
  id: textField(1, 100),
  amount: currencySchema.optional(),
});

const shipperInstructionSchema = z.strictObject({ deliveryNotes: z.string().max(256).optional() });
const shipDateSchema = z.iso.datetime({ offset: true });

function commonShape<P extends z.ZodType>(packages: P) {
  return {
    shipTo: addressSchema.optional(),
    shipFrom: addressSchema,
    returnTo: addressSchema.optional(),
    shipDate: shipDateSchema.optional(),
    shipperInstruction: shipperInstructionSchema.optional(),
    packages,
    taxDetails: unusedList.optional(),
    channelDetails: channelDetailsSchema,
    destinationAccessPointDetails: unusedObject.optional(),
  };
}

function getRatesShape<P extends z.ZodType>(packages: P) {
  return {
    ...commonShape(packages),
    valueAddedServices: valueAddedServiceDetailsSchema.optional(),
    clientReferenceDetails: unusedList.optional(),
    shipmentType: z.enum(['FORWARD', 'RETURNS']).optional(),
    carrierAccounts: unusedList.optional(),
  };
}

function oneClickShape<P extends z.ZodType>(packages: P) {
  return {
    ...commonShape(packages),
    goodsOwner: unusedObject.optional(),
    valueAddedServicesDetails: z.array(oneClickValueAddedServiceSchema).optional(),
    labelSpecifications: unusedObject,
    serviceSelection: z.looseObject({ serviceId: z.array(z.string()) }),
  };
}

// "When the channelType is Amazon, the shipTo address is not required" (both request models).
// It runs even when other fields failed, so the shipper sees every problem at once.
const requireShipToUnlessAmazon = z.superRefine(
  (request: unknown, ctx) => {
    if (typeof request !== 'object' || request === null) return;
    const { shipTo, channelDetails } = request as { shipTo?: unknown; channelDetails?: { channelType?: unknown } };
    if (channelDetails?.channelType === 'EXTERNAL' && shipTo === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['shipTo'],
        input: undefined,
        message: 'is required unless channelDetails.channelType is AMAZON',
      });
    }
  },
  { when: () => true },
);

export const getRatesRequestSchema = z.strictObject(getRatesShape(packageListSchema)).check(requireShipToUnlessAmazon);
export const oneClickShipmentRequestSchema = z.strictObject(oneClickShape(packageListSchema)).check(requireShipToUnlessAmazon);

// The same request models with packages left unvalidated, so an upload can validate each package
// on its own and keep the good ones.
const envelopePackages = z.array(z.unknown()).min(1);
export const getRatesEnvelopeSchema = z.strictObject(getRatesShape(envelopePackages)).check(requireShipToUnlessAmazon);
export const oneClickEnvelopeSchema = z.strictObject(oneClickShape(envelopePackages)).check(requireShipToUnlessAmazon);

export type ChannelType = z.infer<typeof channelTypeSchema>;
export type GetRatesRequest = z.infer<typeof getRatesRequestSchema>;
export type OneClickShipmentRequest = z.infer<typeof oneClickShipmentRequestSchema>;
