export type CsvCellKind = 'text' | 'number' | 'yes-no';

export interface CsvFieldSpec {
  name: string;
  /** The column must be in the file (a ship_to cell may still be blank when channel_type is AMAZON). */
  required: boolean;
  description: string;
  kind: CsvCellKind;
  /** Where the cell goes in the row object the carrier schemas validate. */
  path: readonly (string | number)[];
}

const address = (prefix: 'ship_to' | 'ship_from', key: 'shipTo' | 'shipFrom', who: string) => {
  const when = prefix === 'ship_to' ? ' (may be blank when channel_type is AMAZON)' : '';
  return [
    { name: `${prefix}_name`, required: true, kind: 'text', path: [key, 'name'], description: `${who} name, 1–50 characters${when}` },
    {
      name: `${prefix}_address_line1`,
      required: true,
      kind: 'text',
      path: [key, 'addressLine1'],
      description: `${who} first address line, 1–60 characters${when}`,
    },
    {
      name: `${prefix}_address_line2`,
      required: false,
      kind: 'text',
      path: [key, 'addressLine2'],
      description: `${who} second address line, up to 60 characters`,
    },
    { name: `${prefix}_city`, required: true, kind: 'text', path: [key, 'city'], description: `${who} city or town${when}` },
    {
      name: `${prefix}_state_or_region`,
      required: true,
      kind: 'text',
      path: [key, 'stateOrRegion'],
      description: `${who} state, county or region${when}`,
    },
    { name: `${prefix}_postal_code`, required: true, kind: 'text', path: [key, 'postalCode'], description: `${who} postal code${when}` },
    {
      name: `${prefix}_country_code`,
      required: true,
      kind: 'text',
      path: [key, 'countryCode'],
      description: `${who} country: 2 capital letters (ISO 3166-1), e.g. GB${when}`,
    },
    {
      name: `${prefix}_email`,
      required: false,
      kind: 'text',
      path: [key, 'email'],
      description: `${who} email address, up to 64 characters`,
    },
    {
      name: `${prefix}_phone`,
      required: false,
      kind: 'text',
      path: [key, 'phoneNumber'],
      description:
        prefix === 'ship_to'
          ? 'Recipient mobile number with its country code, up to 20 characters (OTP delivery needs it)'
          : 'Sender phone number, up to 20 characters',
    },
  ] as const;
};

/** The canonical CSV header, in order: one row per package, with one item per package. */
export const CSV_FIELDS = [
  {
    name: 'package_client_reference_id',
    required: true,
    kind: 'text',
    path: ['package', 'packageClientReferenceId'],
    description: 'Your unique id for the package, 1–128 characters; spaces around it are trimmed; case-sensitive',
  },
  {
    name: 'channel_type',
    required: true,
    kind: 'text',
    path: ['channelType'],
    description: 'EXTERNAL for an off-Amazon shipment, AMAZON for an Amazon order',
  },
  {
    name: 'collect_on_delivery',
    required: false,
    kind: 'yes-no',
    path: ['collectOnDelivery'],
    description: 'yes when the recipient pays on delivery; no or blank when prepaid',
  },
  ...address('ship_to', 'shipTo', 'Recipient'),
  ...address('ship_from', 'shipFrom', 'Sender'),
  {
    name: 'insured_value',
    required: true,
    kind: 'number',
    path: ['package', 'insuredValue', 'value'],
    description: 'Declared value of the package (drives OTP), at most 2 decimals, dot as decimal point, e.g. 115.01',
  },
  {
    name: 'insured_value_currency',
    required: true,
    kind: 'text',
    path: ['package', 'insuredValue', 'unit'],
    description: 'ISO 4217 currency code in capitals: GBP, EUR, INR…',
  },
  {
    name: 'weight_value',
    required: true,
    kind: 'number',
    path: ['package', 'weight', 'value'],
    description: 'Package weight, greater than 0',
  },
  { name: 'weight_unit', required: true, kind: 'text', path: ['package', 'weight', 'unit'], description: 'GRAM, KILOGRAM, OUNCE or POUND' },
  {
    name: 'length',
    required: true,
    kind: 'number',
    path: ['package', 'dimensions', 'length'],
    description: 'Package length, greater than 0',
  },
  { name: 'width', required: true, kind: 'number', path: ['package', 'dimensions', 'width'], description: 'Package width, greater than 0' },
  {
    name: 'height',
    required: true,
    kind: 'number',
    path: ['package', 'dimensions', 'height'],
    description: 'Package height, greater than 0',
  },
  { name: 'dimension_unit', required: true, kind: 'text', path: ['package', 'dimensions', 'unit'], description: 'INCH or CENTIMETER' },
  {
    name: 'is_hazmat',
    required: false,
    kind: 'yes-no',
    path: ['package', 'isHazmat'],
    description: 'yes when the package holds hazardous materials; no or blank otherwise',
  },
  {
    name: 'item_description',
    required: false,
    kind: 'text',
    path: ['package', 'items', 0, 'description'],
    description: 'What the item is, up to 250 characters',
  },
  {
    name: 'item_identifier',
    required: false,
    kind: 'text',
    path: ['package', 'items', 0, 'itemIdentifier'],
    description: 'Your id for the item, up to 100 characters',
  },
  {
    name: 'item_quantity',
    required: true,
    kind: 'number',
    path: ['package', 'items', 0, 'quantity'],
    description: 'Number of units, a whole number of at least 1',
  },
  {
    name: 'item_value',
    required: false,
    kind: 'number',
    path: ['package', 'items', 0, 'itemValue', 'value'],
    description: 'Value of the item, at most 2 decimals (recommended; not checked against insured_value)',
  },
  {
    name: 'item_value_currency',
    required: false,
    kind: 'text',
    path: ['package', 'items', 0, 'itemValue', 'unit'],
    description: 'Currency of item_value (needed when item_value is given)',
  },
] as const satisfies readonly CsvFieldSpec[];

export type CsvField = (typeof CSV_FIELDS)[number]['name'];

/** A mapping may also set a column aside. */
export const CSV_IGNORE = 'ignore';
export type CsvMappingTarget = CsvField | typeof CSV_IGNORE;

const FIELD_BY_NAME: ReadonlyMap<string, CsvFieldSpec & { name: CsvField }> = new Map(CSV_FIELDS.map((field) => [field.name, field]));

export function csvFieldSpec(name: string): (CsvFieldSpec & { name: CsvField }) | undefined {
  return FIELD_BY_NAME.get(name);
}
