import { BUSINESS_ID_HEADER, businessIdOf } from '@/lib/api/business-id';
import { MARKETPLACE_CODES } from '@/lib/otp';
import { CARRIER } from '@/lib/shipping/services';
import { schemaRef } from './carrier-schemas';
import { type ErrorStatus, errorResponseName } from './error-responses';
import { EXAMPLE_PACKAGES, getRatesRequestExample, oneClickRequestExample } from './request-examples';
import { EXAMPLE_TRACKING_IDS, getRatesResponseExample, oneClickResponseExample, trackingResponseExample } from './response-examples';

export const BUSINESS_ID_PARAMETER = {
  name: BUSINESS_ID_HEADER,
  in: 'header',
  required: false,
  description:
    "The carrier's shipping business to act as; the default is AmazonShipping_UK. This portal serves the OTP marketplaces only: any other value is refused with a 400.",
  schema: { type: 'string', enum: MARKETPLACE_CODES.map(businessIdOf), default: businessIdOf('UK') },
};

const { sample, belowThreshold } = EXAMPLE_PACKAGES;
const ONE_PACKAGE = [sample];
const TWO_PACKAGES = [sample, belowThreshold];

function errors(statuses: readonly ErrorStatus[]) {
  return Object.fromEntries(statuses.map((status) => [status, { $ref: `#/components/responses/${errorResponseName(status)}` }]));
}

function jsonBody(schema: string, examples: Record<string, { summary: string; value: unknown }>) {
  return { content: { 'application/json': { schema: schemaRef(schema), examples } } };
}

const POST_ERRORS: ErrorStatus[] = ['400', '401', '403', '413', '415', '429', '500'];
const GET_ERRORS: ErrorStatus[] = ['400', '401', '404', '429', '500'];

const EXAMPLE_SUMMARIES = {
  sample: "The announcement's sample package (115.01 GBP): a passcode will be needed",
  twoPackages: 'With a second package declared at 45 GBP: below the threshold, no passcode',
};

const getRates = {
  operationId: 'getRates',
  summary: 'Get rates',
  description:
    "The services, charges and delivery promises for the packages, and (our extension `otpSecureDelivery`) whether each package will need a passcode. Stores no shipment; the quote is kept for an hour under the answer's `requestToken`, which a oneClickShipment can name (with a `rateId`) to ship at the quoted charge.",
  tags: ['shipping'],
  parameters: [{ $ref: '#/components/parameters/ShippingBusinessId' }],
  requestBody: {
    required: true,
    ...jsonBody('GetRatesRequest', {
      sample: { summary: EXAMPLE_SUMMARIES.sample, value: getRatesRequestExample(ONE_PACKAGE) },
      twoPackages: { summary: EXAMPLE_SUMMARIES.twoPackages, value: getRatesRequestExample(TWO_PACKAGES) },
    }),
  },
  responses: {
    '200': {
      description: "The rates, and each package's OTP outcome in `payload.otpSecureDelivery`.",
      ...jsonBody('GetRatesResponse', {
        sample: { summary: EXAMPLE_SUMMARIES.sample, value: getRatesResponseExample(ONE_PACKAGE) },
        twoPackages: { summary: EXAMPLE_SUMMARIES.twoPackages, value: getRatesResponseExample(TWO_PACKAGES) },
      }),
    },
    ...errors(POST_ERRORS),
  },
};

const oneClickShipment = {
  operationId: 'oneClickShipment',
  summary: 'Create a shipment with its labels',
  description:
    "Ships the packages with the chosen service and answers the shipment id, a tracking id and a 4×6 in label per package in the requested format (PDF, PNG or ZPL), and each package's OTP outcome. Sending the same `packageClientReferenceId` again answers the first shipment again, never a second one.",
  tags: ['shipping'],
  parameters: [{ $ref: '#/components/parameters/ShippingBusinessId' }],
  requestBody: {
    required: true,
    ...jsonBody('OneClickShipmentRequest', {
      sample: { summary: EXAMPLE_SUMMARIES.sample, value: oneClickRequestExample(ONE_PACKAGE) },
      twoPackages: { summary: EXAMPLE_SUMMARIES.twoPackages, value: oneClickRequestExample(TWO_PACKAGES) },
    }),
  },
  responses: {
    '200': {
      description: "The shipment, its labels (base64 in `contents`), and each package's OTP outcome in `payload.otpSecureDelivery`.",
      ...jsonBody('OneClickShipmentResponse', {
        sample: { summary: EXAMPLE_SUMMARIES.sample, value: oneClickResponseExample(ONE_PACKAGE) },
        twoPackages: { summary: EXAMPLE_SUMMARIES.twoPackages, value: oneClickResponseExample(TWO_PACKAGES) },
      }),
    },
    ...errors(POST_ERRORS),
  },
};

const getTracking = {
  operationId: 'getTracking',
  summary: 'Track a package',
  description:
    "The package's events and status. After a passcode delivery `summary.trackingDetailCodes.forward` holds `DeliveredWithOTP`; after three wrong passcodes it holds `OtpNotAvailable` and the package goes back to the station.",
  tags: ['shipping'],
  parameters: [
    {
      name: 'trackingId',
      in: 'query',
      required: true,
      description: 'A tracking id from a oneClickShipment answer.',
      schema: { type: 'string' },
      example: EXAMPLE_TRACKING_IDS[0],
    },
    {
      name: 'carrierId',
      in: 'query',
      required: true,
      description: `The carrierId of the rates: ${CARRIER.id}.`,
      schema: { type: 'string' },
      example: CARRIER.id,
    },
    { $ref: '#/components/parameters/ShippingBusinessId' },
  ],
  responses: {
    '200': {
      description: 'The tracking events, newest last, and the summary.',
      ...jsonBody('GetTrackingResponse', {
        deliveredWithOtp: { summary: 'Delivered against the passcode', value: trackingResponseExample('DeliveredWithOTP') },
        otpNotAvailable: { summary: 'Passcode entered wrongly three times', value: trackingResponseExample('OtpNotAvailable') },
      }),
    },
    ...errors(GET_ERRORS),
  },
};

export const OPERATIONS = {
  '/shipping/v2/shipments/rates': { post: getRates },
  '/shipping/v2/oneClickShipment': { post: oneClickShipment },
  '/shipping/v2/tracking': { get: getTracking },
};

/** The carrier's definitions the three operations use: the roots of the document's schemas. */
export const OPERATION_SCHEMAS = [
  'GetRatesRequest',
  'GetRatesResponse',
  'OneClickShipmentRequest',
  'OneClickShipmentResponse',
  'GetTrackingResponse',
  'ErrorList',
];
