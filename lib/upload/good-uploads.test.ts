import { describe, expect, it } from 'vitest';
import { sampleGetRatesRequest, sampleOneClickRequest, samplePackage, sampleShipFrom, sampleShipTo } from '@/lib/shipping/sample-package';
import { parseShipmentFile } from './parse-file';
import { csvFile, utf8 } from './sample-files';
import type { ParseOutcome } from './types';

function rows(outcome: ParseOutcome) {
  if (!outcome.ok) throw new Error(`expected rows, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

const parseJson = (value: unknown) => rows(parseShipmentFile(utf8(JSON.stringify(value))));

const expectedSample = (location: string) => ({
  location,
  packageClientReferenceId: '20231003140431gkuelozg2ys',
  channelType: 'EXTERNAL',
  prepaid: true,
  shipTo: sampleShipTo(),
  shipFrom: sampleShipFrom(),
  insuredValue: { value: 115.01, unit: 'GBP', minor: 11501 },
  weight: { value: 2800, unit: 'GRAM' },
  dimensions: { length: 15, width: 10, height: 10, unit: 'CENTIMETER' },
  isHazmat: false,
  items: [
    {
      description: 'Item-1',
      itemIdentifier: '2023100314043',
      quantity: 1,
      itemValue: { value: 90, unit: 'GBP', minor: 9000 },
      weight: { value: 1900, unit: 'GRAM' },
    },
    {
      description: 'Item-2',
      itemIdentifier: '2023100314033',
      quantity: 1,
      itemValue: { value: 15.01, unit: 'GBP', minor: 1501 },
      weight: { value: 900, unit: 'GRAM' },
    },
  ],
});

describe('JSON uploads', () => {
  it("the announcement's sample package in a get-rates request → one package, 11501 minor units, 2 items", () => {
    const out = parseJson(sampleGetRatesRequest());
    expect(out.format).toBe('json');
    expect(out.rejected).toEqual([]);
    expect(out.packages).toEqual([expectedSample('request 1 › packages[0]')]);
  });

  it('the same package in a one-click-shipment request', () => {
    const out = parseJson(sampleOneClickRequest());
    expect(out.rejected).toEqual([]);
    expect(out.packages).toEqual([expectedSample('request 1 › packages[0]')]);
  });

  it('an array of 3 requests → each package placed by request number', () => {
    const requests = ['A', 'B', 'C'].map((id, i) =>
      i === 1 ? sampleOneClickRequest([samplePackage(id)]) : sampleGetRatesRequest([samplePackage(id)]),
    );
    const out = parseJson(requests);
    expect(out.packages.map((p) => [p.location, p.packageClientReferenceId])).toEqual([
      ['request 1 › packages[0]', 'A'],
      ['request 2 › packages[0]', 'B'],
      ['request 3 › packages[0]', 'C'],
    ]);
  });

  it('NDJSON of 3 requests → ndjson, each package placed by its line', () => {
    const lines = ['A', 'B', 'C'].map((id) => JSON.stringify(sampleGetRatesRequest([samplePackage(id), samplePackage(`${id}2`)])));
    const out = rows(parseShipmentFile(utf8(`${lines[0]}\n\n${lines[1]}\r\n${lines[2]}\n`)));
    expect(out.format).toBe('ndjson');
    expect(out.packages.map((p) => p.location)).toEqual([
      'line 1 › packages[0]',
      'line 1 › packages[1]',
      'line 3 › packages[0]',
      'line 3 › packages[1]',
      'line 4 › packages[0]',
      'line 4 › packages[1]',
    ]);
  });

  it('an NDJSON line that is not a request object is a rejected row, the others still parse', () => {
    const out = rows(parseShipmentFile(utf8(`${JSON.stringify(sampleGetRatesRequest())}\n[1, 2]\n`)));
    expect(out.packages).toHaveLength(1);
    expect(out.rejected).toEqual([
      {
        location: 'line 2',
        errors: [{ field: '', message: 'line 2: must be a get-rates or one-click-shipment request object (got a list)' }],
        raw: null,
      },
    ]);
  });

  it('collect-on-delivery in a get-rates request → prepaid false', () => {
    const request = { ...sampleGetRatesRequest(), valueAddedServices: { collectOnDelivery: { amount: { value: 115.01, unit: 'GBP' } } } };
    expect(parseJson(request).packages.map((p) => p.prepaid)).toEqual([false]);
  });

  it.each(['CollectOnDelivery', 'COLLECT_ON_DELIVERY', 'cod'])('a one-click value-added service "%s" → prepaid false', (id) => {
    const request = { ...sampleOneClickRequest(), valueAddedServicesDetails: [{ id, amount: { value: 115.01, unit: 'GBP' } }] };
    expect(parseJson(request).packages.map((p) => p.prepaid)).toEqual([false]);
  });

  it('another one-click value-added service keeps the package prepaid', () => {
    const request = { ...sampleOneClickRequest(), valueAddedServicesDetails: [{ id: 'SIGNATURE_ON_DELIVERY' }] };
    expect(parseJson(request).packages.map((p) => p.prepaid)).toEqual([true]);
  });

  it('an AMAZON request needs no shipTo (shipTo null); an EXTERNAL one does', () => {
    const amazon = { ...sampleGetRatesRequest(), shipTo: undefined, channelDetails: { channelType: 'AMAZON' } };
    expect(parseJson(amazon).packages.map((p) => [p.channelType, p.shipTo])).toEqual([['AMAZON', null]]);
    const external = { ...sampleGetRatesRequest(), shipTo: undefined };
    expect(parseJson(external).rejected.flatMap((r) => r.errors.map((e) => e.message))).toEqual([
      'request 1 › shipTo: is required unless channelDetails.channelType is AMAZON',
    ]);
  });

  it('model fields the portal does not read are accepted and not carried into the package', () => {
    const request = {
      ...sampleGetRatesRequest([{ ...samplePackage(), sellerDisplayName: 'Shop', charges: [{ chargeType: 'TAX' }] }]),
      returnTo: sampleShipFrom(),
      shipDate: '2025-03-01T09:00:00Z',
      shipperInstruction: { deliveryNotes: 'Leave with the concierge' },
      taxDetails: [{ taxType: 'GST', taxRegistrationNumber: 'X' }],
      clientReferenceDetails: [{ clientReferenceType: 'IntegratorShipperId', clientReferenceId: '1' }],
      shipmentType: 'FORWARD',
      destinationAccessPointDetails: { accessPointId: 'AP1' },
      carrierAccounts: [],
    };
    const out = parseJson(request);
    expect(out.rejected).toEqual([]);
    expect(Object.keys(out.packages[0] ?? {})).toEqual(Object.keys(expectedSample('')));
  });

  it('one bad package does not reject its siblings; a bad request rejects all of its packages', () => {
    const mixed = sampleGetRatesRequest([samplePackage('OK-1'), { ...samplePackage('BAD'), weight: { unit: 'STONE', value: 1 } }]);
    const badShipFrom = { ...sampleGetRatesRequest([samplePackage('R2-1'), samplePackage('R2-2')]), shipFrom: { name: 'x' } };
    const out = parseJson([mixed, badShipFrom]);
    expect(out.packages.map((p) => p.packageClientReferenceId)).toEqual(['OK-1']);
    expect(out.rejected.map((r) => r.location)).toEqual(['request 1 › packages[1]', 'request 2 › packages[0]', 'request 2 › packages[1]']);
    expect(out.rejected[2]?.errors.map((e) => e.field)).toEqual([
      'shipFrom.addressLine1',
      'shipFrom.stateOrRegion',
      'shipFrom.city',
      'shipFrom.countryCode',
      'shipFrom.postalCode',
    ]);
  });

  it('the packageClientReferenceId is trimmed, and case makes a different id', () => {
    const out = parseJson(sampleGetRatesRequest([samplePackage('  ab-1 '), samplePackage('AB-1')]));
    expect(out.packages.map((p) => p.packageClientReferenceId)).toEqual(['ab-1', 'AB-1']);
  });

  it('packages of one request do not share address objects', () => {
    const out = parseJson(sampleGetRatesRequest([samplePackage('A'), samplePackage('B')]));
    expect(out.packages[0]?.shipTo).not.toBe(out.packages[1]?.shipTo);
  });

  it('an empty top-level array → 422 NO_PACKAGES', () => {
    expect(parseShipmentFile(utf8('[]'))).toMatchObject({ ok: false, status: 422, code: 'NO_PACKAGES' });
  });

  it('more packages than the limit → 413 before validating any', () => {
    const out = parseShipmentFile(utf8(JSON.stringify(sampleGetRatesRequest([samplePackage('A'), samplePackage('B')]))), {
      limits: { maxPackages: 1 },
    });
    expect(out).toMatchObject({ ok: false, status: 413, code: 'TOO_MANY_PACKAGES' });
  });
});

describe('CSV uploads', () => {
  it('a CSV of 3 rows → 3 packages from the same schema', () => {
    const out = rows(
      parseShipmentFile(
        utf8(csvFile([{ package_client_reference_id: 'A' }, { package_client_reference_id: 'B' }, { package_client_reference_id: 'C' }])),
      ),
    );
    expect(out.format).toBe('csv');
    expect(out.rejected).toEqual([]);
    expect(out.packages.map((p) => [p.location, p.packageClientReferenceId, p.insuredValue.minor])).toEqual([
      ['line 2', 'A', 11501],
      ['line 3', 'B', 11501],
      ['line 4', 'C', 11501],
    ]);
    expect(out.packages[0]).toMatchObject({
      channelType: 'EXTERNAL',
      prepaid: true,
      shipTo: sampleShipTo(),
      items: [
        {
          description: 'Item-1',
          itemIdentifier: '2023100314043',
          quantity: 1,
          itemValue: { value: 90, unit: 'GBP', minor: 9000 },
          weight: null,
        },
      ],
    });
  });

  it('line numbers are file lines, counting newlines inside quoted cells', () => {
    const file = csvFile([
      { package_client_reference_id: 'A', ship_to_address_line2: 'Flat 2\nBack door' },
      { package_client_reference_id: 'B', item_description: 'a\r\nb\r\nc' },
      { package_client_reference_id: 'C' },
      { package_client_reference_id: 'D', weight_unit: 'STONE' },
    ]);
    const out = rows(parseShipmentFile(utf8(file)));
    expect(out.packages.map((p) => p.location)).toEqual(['line 7']);
    expect(out.rejected.map((r) => r.errors.map((e) => e.message))).toEqual([
      ['line 2, column ship_to_address_line2: must not contain control characters such as line breaks, tabs or NUL'],
      ['line 4, column item_description: must not contain control characters such as line breaks, tabs or NUL'],
      ['line 8, column weight_unit: must be one of GRAM, KILOGRAM, OUNCE, POUND (got "STONE")'],
    ]);
  });

  it('an ignored column may hold line breaks; the packages after it keep their real lines', () => {
    const file = csvFile([{ package_client_reference_id: 'A' }, { package_client_reference_id: 'B' }])
      .replace('item_description', 'Notes')
      .replace('"Item-1"', '"first\nsecond\rthird"');
    const out = rows(parseShipmentFile(utf8(file), { csvMapping: { Notes: 'ignore' } }));
    expect(out.packages.map((p) => [p.location, p.items[0]?.description])).toEqual([
      ['line 2', null],
      ['line 5', null],
    ]);
  });

  it('collect_on_delivery yes → prepaid false', () => {
    const out = rows(parseShipmentFile(utf8(csvFile([{ collect_on_delivery: 'yes' }]))));
    expect(out.packages.map((p) => p.prepaid)).toEqual([false]);
  });

  it('an AMAZON row may leave every ship_to cell blank; an EXTERNAL one may not', () => {
    const blankShipTo = {
      ship_to_name: '',
      ship_to_address_line1: '',
      ship_to_city: '',
      ship_to_state_or_region: '',
      ship_to_postal_code: '',
      ship_to_country_code: '',
      ship_to_email: '',
      ship_to_phone: '',
    };
    const out = rows(
      parseShipmentFile(
        utf8(
          csvFile([
            { ...blankShipTo, package_client_reference_id: 'AMZ', channel_type: 'AMAZON' },
            { ...blankShipTo, package_client_reference_id: 'EXT' },
          ]),
        ),
      ),
    );
    expect(out.packages.map((p) => [p.packageClientReferenceId, p.shipTo])).toEqual([['AMZ', null]]);
    expect(out.rejected[0]?.errors.map((e) => e.message)).toEqual([
      'line 3, column ship_to_name: is required unless channel_type is AMAZON',
    ]);
  });

  it('headers match whatever their case and spacing; cells are trimmed', () => {
    const file = csvFile([{ insured_value: ' 150.5 ', weight_unit: 'GRAM ' }]).replace(
      'package_client_reference_id,channel_type',
      'Package Client Reference Id, CHANNEL-TYPE ',
    );
    const out = rows(parseShipmentFile(utf8(file)));
    expect(out.packages.map((p) => p.insuredValue)).toEqual([{ value: 150.5, unit: 'GBP', minor: 15050 }]);
    expect(out.csvHeaders?.slice(0, 2)).toEqual(['Package Client Reference Id', ' CHANNEL-TYPE ']);
  });

  it('a ";"-separated file (Excel in FR, IT, ES) parses the same', () => {
    const file = csvFile([{ package_client_reference_id: 'A' }])
      .replaceAll('","', '";"')
      .replaceAll(',', ';');
    const out = rows(parseShipmentFile(utf8(file)));
    expect(out.packages.map((p) => p.packageClientReferenceId)).toEqual(['A']);
  });

  it.each([
    ['1,000.50', 'insured_value'],
    ['115,01', 'insured_value'],
    ['0x1F', 'weight_value'],
    ['1e3', 'length'],
    ['Infinity', 'width'],
    ['£12', 'insured_value'],
  ] as const)('the number cell %s is refused with its column', (cell, column) => {
    const out = rows(parseShipmentFile(utf8(csvFile([{ [column]: cell }]))));
    expect(out.rejected[0]?.errors.map((e) => e.field)).toEqual([column]);
    expect(out.rejected[0]?.errors[0]?.message).toContain(`line 2, column ${column}: must be a plain number`);
  });

  it('a row with too few cells is rejected with its raw cells kept', () => {
    const file = `${csvFile([{ package_client_reference_id: 'A' }])}B,EXTERNAL\r\n`;
    const out = rows(parseShipmentFile(utf8(file)));
    expect(out.rejected).toHaveLength(1);
    expect(out.rejected[0]?.errors[0]?.message).toMatch(/^line 3: has 2 cells but the header row has 35 columns/);
    expect(out.rejected[0]?.raw?.package_client_reference_id).toBe('B');
  });

  it('a missing required column → CSV_HEADERS_UNMAPPED listing it', () => {
    const file = csvFile([{}]).replace(',insured_value_currency,', ',currency,');
    expect(parseShipmentFile(utf8(file))).toMatchObject({
      ok: false,
      status: 422,
      code: 'CSV_HEADERS_UNMAPPED',
      unknownHeaders: ['currency'],
      missingFields: ['insured_value_currency'],
    });
  });
});

describe('CSV line endings', () => {
  // The template's example row without its one comma, so the cells can also go unquoted.
  const rowsOf = (ids: string[]) =>
    csvFile(ids.map((id) => ({ package_client_reference_id: id, ship_from_address_line1: 'Unit 4 Trafford Park' })));
  const unquoted = (file: string) => file.replaceAll('"', '');

  /** The file with its header ended by `headerBreak` and each row by `rowBreak` (csvFile ends every line with CRLF). */
  function withBreaks(file: string, headerBreak: string, rowBreak: string): string {
    const [header, ...rows] = file.split('\r\n').filter((line) => line !== '');
    return `${header}${headerBreak}${rows.map((row) => `${row}${rowBreak}`).join('')}`;
  }

  it.each([
    ['a CRLF header and LF rows', '\r\n', '\n'],
    ['an LF header and CRLF rows', '\n', '\r\n'],
    ['a CR header and LF rows', '\r', '\n'],
    ['an LF header and CR rows', '\n', '\r'],
    ['a CRLF header and CR rows', '\r\n', '\r'],
  ])('%s: every row is a package on its own line, quoted or not', (_, headerBreak, rowBreak) => {
    for (const file of [rowsOf(['A', 'B', 'C']), unquoted(rowsOf(['A', 'B', 'C']))]) {
      const out = rows(parseShipmentFile(utf8(withBreaks(file, headerBreak, rowBreak))));
      expect(out.rejected).toEqual([]);
      expect(out.packages.map((p) => [p.location, p.packageClientReferenceId, p.shipFrom.addressLine1])).toEqual([
        ['line 2', 'A', 'Unit 4 Trafford Park'],
        ['line 3', 'B', 'Unit 4 Trafford Park'],
        ['line 4', 'C', 'Unit 4 Trafford Park'],
      ]);
    }
  });

  it('line breaks inside quoted cells stay as they were, a lone CR included, and count as file lines', () => {
    const file = withBreaks(
      csvFile([
        { package_client_reference_id: 'A', item_description: 'a<CR>b' },
        { package_client_reference_id: 'B', item_description: 'c<CRLF>d' },
        { package_client_reference_id: 'C' },
      ]),
      '\r\n',
      '\n',
    )
      .replaceAll('<CRLF>', '\r\n')
      .replaceAll('<CR>', '\r');
    const out = rows(parseShipmentFile(utf8(file)));
    expect(out.rejected.map((r) => [r.location, r.raw?.item_description])).toEqual([
      ['line 2', 'a\rb'],
      ['line 4', 'c\r\nd'],
    ]);
    expect(out.packages.map((p) => p.location)).toEqual(['line 6']);
  });
});

describe('CSV header mapping', () => {
  const theirs = () =>
    csvFile([{ package_client_reference_id: 'M-1' }, { package_client_reference_id: 'M-2', insured_value: '12.345' }])
      .replace('package_client_reference_id', 'Order Ref')
      .replace(',insured_value,', ',Declared Value,')
      .replace('item_description', 'Notes');

  it('without a mapping the mismatched headers come back to be mapped', () => {
    const out = parseShipmentFile(utf8(theirs()));
    expect(out).toMatchObject({
      ok: false,
      code: 'CSV_HEADERS_UNMAPPED',
      unknownHeaders: ['Order Ref', 'Declared Value', 'Notes'],
      missingFields: ['package_client_reference_id', 'insured_value'],
    });
    if (!out.ok && 'headers' in out) expect(out.headers).toHaveLength(35);
  });

  it('with a mapping the file parses, errors naming their header and the field', () => {
    const out = rows(
      parseShipmentFile(utf8(theirs()), {
        csvMapping: { 'order ref': 'package_client_reference_id', 'Declared Value': 'insured_value', Notes: 'ignore' },
      }),
    );
    expect(out.packages.map((p) => [p.packageClientReferenceId, p.items[0]?.description])).toEqual([['M-1', null]]);
    expect(out.rejected[0]?.errors).toEqual([
      {
        field: 'Declared Value',
        message: 'line 3, column Declared Value (insured_value): must have at most 2 decimal places; it is never rounded (got 12.345)',
      },
    ]);
  });

  it('a mapping to a field that does not exist, or two columns to one field → CSV_MAPPING_INVALID', () => {
    expect(parseShipmentFile(utf8(theirs()), { csvMapping: { 'Order Ref': 'order_id' as never } })).toMatchObject({
      code: 'CSV_MAPPING_INVALID',
    });
    expect(
      parseShipmentFile(utf8(theirs()), {
        csvMapping: { 'Order Ref': 'package_client_reference_id', 'Declared Value': 'insured_value', Notes: 'insured_value' },
      }),
    ).toMatchObject({ code: 'CSV_MAPPING_INVALID' });
  });

  it('a header named __proto__ is refused outright, mapped or not', () => {
    const file = csvFile([{}]).replace('item_description', '__proto__');
    const mapping = JSON.parse('{"__proto__": "ignore"}') as Record<string, 'ignore'>;
    expect(parseShipmentFile(utf8(file), { csvMapping: mapping })).toMatchObject({
      ok: false,
      status: 400,
      code: 'FORBIDDEN_KEY',
    });
  });
});
