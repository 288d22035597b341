export { addressSchema, countryCodeSchema, type Address } from './address-schema';
export {
  currencyCodeSchema,
  currencySchema,
  dimensionsSchema,
  weightSchema,
  DIMENSION_UNITS,
  WEIGHT_UNITS,
  type Currency,
  type DimensionUnit,
  type Dimensions,
  type Weight,
  type WeightUnit,
} from './measure-schemas';
export { moneyValueSchema, toMinorUnits, MAX_MONEY_VALUE } from './money-field';
export { itemSchema, packageClientReferenceIdSchema, packageListSchema, packageSchema, type Item, type Package } from './package-schema';
export {
  channelDetailsSchema,
  channelTypeSchema,
  getRatesEnvelopeSchema,
  getRatesRequestSchema,
  oneClickEnvelopeSchema,
  oneClickShipmentRequestSchema,
  oneClickValueAddedServiceSchema,
  valueAddedServiceDetailsSchema,
  CHANNEL_TYPES,
  type ChannelType,
  type GetRatesRequest,
  type OneClickShipmentRequest,
} from './request-schemas';
export { requestKind, shipmentRequestSchema, type RequestKind, type ShipmentRequest } from './request-kind';
export { formatPath, shipperErrorMap, validate, type FieldIssue, type Validation } from './issue-messages';
