import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { getRatesRequestSchema, validate } from '@/lib/shipping/schema';
import { sampleGetRatesRequest, sampleOneClickRequest, samplePackage } from '@/lib/shipping/sample-package';
import { cellText } from './csv-cells';
import { CSV_FIELDS, type CsvField } from './csv-fields';
import { parseShipmentFile } from './parse-file';
import { csvFile, utf8 } from './sample-files';
import type { ParseOutcome } from './types';

// fast-check runs 100 cases by default; these run 300 (FC_NUM_RUNS=10000 for a nightly soak).
// A failure prints its seed and path to replay.
const RUNS = { numRuns: Number(process.env.FC_NUM_RUNS ?? 300) };
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

afterAll(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
});

function expectOutcomeShape(outcome: ParseOutcome): void {
  if (outcome.ok) {
    expect(['json', 'ndjson', 'csv']).toContain(outcome.format);
    for (const pkg of outcome.packages) {
      expect(typeof pkg.location).toBe('string');
      expect(pkg.packageClientReferenceId.trim()).toBe(pkg.packageClientReferenceId);
      expect(Number.isSafeInteger(pkg.insuredValue.minor)).toBe(true);
      expect(pkg.items.length).toBeGreaterThan(0);
    }
    for (const row of outcome.rejected) {
      expect(typeof row.location).toBe('string');
      expect(row.errors.length).toBeGreaterThan(0);
      for (const error of row.errors) {
        expect(typeof error.field).toBe('string');
        expect(error.message.startsWith(row.location.split(' › ')[0] as string)).toBe(true);
      }
    }
    return;
  }
  expect([400, 413, 415, 422]).toContain(outcome.status);
  expect(outcome.code).toMatch(/^[A-Z0-9_]+$/);
  expect(outcome.code).not.toBe('INTERNAL_PARSE_ERROR');
  expect(outcome.message.length).toBeGreaterThan(10);
  if (outcome.code === 'CSV_HEADERS_UNMAPPED' && 'headers' in outcome) {
    expect(Array.isArray(outcome.unknownHeaders) && Array.isArray(outcome.missingFields)).toBe(true);
  }
}

// The bad-upload corpus seeds the byte-level property (checklist I5).
const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/bad-uploads/', import.meta.url));
const corpus = readdirSync(FIXTURES).map((name) => new Uint8Array(readFileSync(FIXTURES + name)));

const csvHeader = `${CSV_FIELDS.map((f) => f.name).join(',')}\n`;
const prefixes = fc.constantFrom('', '{', '[', '[{', '{"packages":[', csvHeader, '\uFEFF', '"');

describe('parseShipmentFile never throws and always returns an outcome', () => {
  it('for arbitrary bytes', () => {
    fc.assert(
      fc.property(prefixes, fc.uint8Array({ maxLength: 600 }), (prefix, bytes) => {
        const content = new Uint8Array([...utf8(prefix), ...bytes]);
        expectOutcomeShape(parseShipmentFile(content));
      }),
      { numRuns: RUNS.numRuns * 3, examples: corpus.map((bytes) => ['', bytes] as [string, Uint8Array]) },
    );
  });

  it('for arbitrary strings', () => {
    fc.assert(
      fc.property(prefixes, fc.string({ unit: 'binary', maxLength: 400 }), (prefix, text) => {
        expectOutcomeShape(parseShipmentFile(utf8(prefix + text)));
      }),
      { numRuns: RUNS.numRuns * 3 },
    );
  });

  it('for arbitrary JSON values, alone, as NDJSON, and in the places a request holds values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), fc.jsonValue({ maxDepth: 3 }), (value, other) => {
        expectOutcomeShape(parseShipmentFile(utf8(JSON.stringify(value))));
        expectOutcomeShape(parseShipmentFile(utf8(`${JSON.stringify(value)}\n${JSON.stringify(other)}`)));
        expectOutcomeShape(parseShipmentFile(utf8(JSON.stringify(sampleGetRatesRequest([value, samplePackage('X')])))));
        const request = { ...sampleOneClickRequest(), shipTo: value, valueAddedServicesDetails: other } as unknown;
        expectOutcomeShape(parseShipmentFile(utf8(JSON.stringify([request]))));
        const pkg = { ...samplePackage('Y'), items: [{ quantity: 1, itemValue: value }], insuredValue: other };
        expectOutcomeShape(parseShipmentFile(utf8(JSON.stringify(sampleGetRatesRequest([pkg]))), { csvMapping: null }));
      }),
      RUNS,
    );
  });

  it('for arbitrary CSV cells under the canonical header', () => {
    const cell = fc.string({ unit: 'binary', maxLength: 30 });
    fc.assert(
      fc.property(
        fc.array(fc.dictionary(fc.constantFrom(...CSV_FIELDS.map((f) => f.name)), cell), { minLength: 1, maxLength: 4 }),
        (rows) => {
          expectOutcomeShape(parseShipmentFile(utf8(csvFile(rows as Partial<Record<CsvField, string>>[]))));
        },
      ),
      RUNS,
    );
  });
});

// ---- valid rows in, exactly the valid rows out --------------------------------------------------

const text = (min: number, max: number) =>
  fc.string({ minLength: min, maxLength: max }).filter((s) => s.trim() !== '' && !/[\p{Cc}]/u.test(s));
const money = fc.integer({ min: 0, max: 99_999_999 }).map((minor) => minor / 100);

const validPackage = fc.record({
  dimensions: fc.record({
    length: fc.double({ min: 0.1, max: 10_000, noNaN: true }),
    width: fc.integer({ min: 1, max: 200 }),
    height: fc.integer({ min: 1, max: 200 }),
    unit: fc.constantFrom('INCH', 'CENTIMETER'),
  }),
  weight: fc.record({ unit: fc.constantFrom('GRAM', 'KILOGRAM', 'OUNCE', 'POUND'), value: fc.integer({ min: 1, max: 100_000 }) }),
  insuredValue: fc.record({ value: money, unit: fc.constantFrom('GBP', 'EUR', 'INR') }),
  isHazmat: fc.boolean(),
  items: fc.array(
    fc.record(
      {
        quantity: fc.integer({ min: 1, max: 50 }),
        description: text(1, 250),
        itemValue: fc.record({ value: money, unit: fc.constant('GBP') }),
      },
      { requiredKeys: ['quantity'] },
    ),
    { minLength: 1, maxLength: 3 },
  ),
});

type Mutation = (pkg: Record<string, unknown>) => void;
const at = (pkg: Record<string, unknown>, key: string) => pkg[key] as Record<string, unknown>;
const packageMutations: Mutation[] = [
  (p) => {
    at(p, 'insuredValue').value = 12.345;
  },
  (p) => {
    at(p, 'insuredValue').value = -1;
  },
  (p) => {
    at(p, 'insuredValue').unit = 'gbp';
  },
  (p) => {
    delete p.insuredValue;
  },
  (p) => {
    ((p.items as Record<string, unknown>[])[0] as Record<string, unknown>).quantity = 1.5;
  },
  (p) => {
    ((p.items as Record<string, unknown>[])[0] as Record<string, unknown>).quantity = 0;
  },
  (p) => {
    p.items = [];
  },
  (p) => {
    at(p, 'weight').value = 0;
  },
  (p) => {
    at(p, 'dimensions').unit = 'METER';
  },
  (p) => {
    p.shipperAccountId = 'ACME';
  },
  (p) => {
    p.otpEnabled = true;
  },
  (p) => {
    p.isHazmat = 'no';
  },
];

const rowsArbitrary = fc.array(fc.tuple(validPackage, fc.option(fc.integer({ min: 0, max: packageMutations.length - 1 }), { freq: 2 })), {
  minLength: 1,
  maxLength: 8,
});

describe('valid rows are kept and invalid rows never appear in packages', () => {
  it('JSON: one request with many packages, some mutated', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const packages = rows.map(([pkg, mutation], i) => {
          const copy = structuredClone({ ...pkg, packageClientReferenceId: `P-${i}` }) as Record<string, unknown>;
          if (mutation !== null) packageMutations[mutation]?.(copy);
          return copy;
        });
        const request = sampleGetRatesRequest(packages);
        const outcome = parseShipmentFile(utf8(JSON.stringify(request)));
        if (!outcome.ok) throw new Error(outcome.message);
        // The upload validates package by package; the API's whole-request schema must agree.
        expect(validate(getRatesRequestSchema, request).ok).toBe(outcome.rejected.length === 0);
        const valid = rows.flatMap(([, mutation], i) => (mutation === null ? [`P-${i}`] : []));
        const invalid = rows.flatMap(([, mutation], i) => (mutation === null ? [] : [`request 1 › packages[${i}]`]));
        expect(outcome.packages.map((p) => p.packageClientReferenceId)).toEqual(valid);
        expect(outcome.rejected.map((r) => r.location)).toEqual(invalid);
        outcome.packages.forEach((p) => {
          const source = packages[Number(p.packageClientReferenceId.slice(2))] as { insuredValue: { value: number } };
          expect(p.insuredValue.minor).toBe(Math.round(source.insuredValue.value * 100));
        });
      }),
      RUNS,
    );
  });

  const cellMutations: Partial<Record<CsvField, string>>[] = [
    { insured_value: '1.001' },
    { insured_value: '1,000.50' },
    { insured_value: '-5' },
    { insured_value_currency: 'gbp' },
    { insured_value_currency: '₹' },
    { item_quantity: '0' },
    { item_quantity: '1.5' },
    { weight_value: 'NaN' },
    { dimension_unit: 'METER' },
    { ship_to_name: 'N'.repeat(51) },
    { channel_type: 'external' },
    { collect_on_delivery: 'maybe' },
    { ship_to_email: 'a@b\r\nc' },
    { package_client_reference_id: '   ' },
  ];
  const validCells = fc.record({
    insured_value: money.map(String),
    insured_value_currency: fc.constantFrom('GBP', 'EUR', 'INR'),
    ship_to_name: text(1, 50),
    ship_to_address_line2: fc.option(text(1, 60), { nil: '' }),
    item_description: text(1, 250),
    item_quantity: fc.integer({ min: 1, max: 99 }).map(String),
    collect_on_delivery: fc.constantFrom('yes', 'no', 'YES', 'False', ''),
  });

  it('CSV: rows with mutated cells are rejected on their line, the others kept', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(validCells, fc.option(fc.integer({ min: 0, max: cellMutations.length - 1 }), { freq: 2 })), {
          minLength: 1,
          maxLength: 8,
        }),
        (rows) => {
          const cells = rows.map(([row, mutation], i) => ({
            ...row,
            package_client_reference_id: `C-${i}`,
            ...(mutation === null ? {} : cellMutations[mutation]),
          }));
          const outcome = parseShipmentFile(utf8(csvFile(cells)));
          if (!outcome.ok) throw new Error(outcome.message);
          expect(outcome.packages.map((p) => p.packageClientReferenceId)).toEqual(
            rows.flatMap(([, m], i) => (m === null ? [`C-${i}`] : [])),
          );
          // A cell with a line break moves every later row down a file line.
          const breaks = (row: object) =>
            Object.values(row)
              .join('')
              .match(/\r\n|\r|\n/g)?.length ?? 0;
          const lines = cells.map((_, i) => 2 + i + cells.slice(0, i).reduce((sum, row) => sum + breaks(row), 0));
          expect(outcome.rejected.map((r) => r.location)).toEqual(rows.flatMap(([, m], i) => (m === null ? [] : [`line ${lines[i]}`])));
          expect(outcome.packages.map((p) => p.location)).toEqual(rows.flatMap(([, m], i) => (m === null ? [`line ${lines[i]}`] : [])));
          outcome.packages.forEach((p) => {
            const source = cells[Number(p.packageClientReferenceId.slice(2))];
            // Trimmed, and a `'` our own export put before a formula trigger taken off (documented).
            expect(p.shipTo?.name).toBe(cellText(source?.ship_to_name ?? ''));
            expect(p.prepaid).toBe(!['yes', 'YES'].includes(source?.collect_on_delivery ?? ''));
          });
        },
      ),
      RUNS,
    );
  });

  it('CSV: any mix of CRLF, LF and CR ending the lines reads as the same rows on the same lines', () => {
    const lineBreak = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(validCells, fc.option(fc.integer({ min: 0, max: cellMutations.length - 1 }), { freq: 2 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.infiniteStream(lineBreak),
        (rows, breaks) => {
          const cells = rows.map(([row, mutation], i) => ({
            ...row,
            package_client_reference_id: `C-${i}`,
            ...(mutation === null ? {} : cellMutations[mutation]),
          }));
          const crlf = csvFile(cells);
          // csvFile ends each line with CRLF; cells hold a line break only inside their quotes (a mutation's CRLF).
          const lines = crlf.match(/(?:"(?:[^"]|"")*"|[^"\r\n])*\r\n/g) ?? [];
          expect(lines.join('')).toBe(crlf);
          const mixed = lines.map((line) => `${line.slice(0, -2)}${breaks.next().value}`).join('');
          const outcome = parseShipmentFile(utf8(mixed));
          const expected = parseShipmentFile(utf8(crlf));
          if (!outcome.ok || !expected.ok) throw new Error(outcome.ok ? 'the CRLF file was refused' : outcome.message);
          expect(outcome.packages).toEqual(expected.packages);
          expect(outcome.rejected).toEqual(expected.rejected);
        },
      ),
      RUNS,
    );
  });
});
