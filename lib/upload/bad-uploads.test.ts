import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseShipmentFile } from './parse-file';
import type { ParseOutcome } from './types';

const FIXTURES = fileURLToPath(new URL('../../tests/fixtures/bad-uploads/', import.meta.url));

function parseFixture(name: string): ParseOutcome {
  return parseShipmentFile(readFileSync(FIXTURES + name));
}

function refusal(outcome: ParseOutcome) {
  if (outcome.ok) throw new Error(`expected a refusal, got ${outcome.packages.length} packages`);
  return outcome;
}

function accepted(outcome: ParseOutcome) {
  if (!outcome.ok) throw new Error(`expected rows, got ${outcome.code}: ${outcome.message}`);
  return outcome;
}

/** Every rejected row as [location, [field, message]…]. */
function rejections(outcome: ParseOutcome) {
  return accepted(outcome).rejected.map((row) => [row.location, row.errors.map((e) => [e.field, e.message])]);
}

describe('bad-upload fixtures: each returns one exact outcome', () => {
  it('malformed.json (trailing comma) → 400 JSON_SYNTAX with line and column', () => {
    const out = refusal(parseFixture('malformed.json'));
    expect(out).toMatchObject({ status: 400, code: 'JSON_SYNTAX' });
    expect(out.message).toBe('The JSON cannot be read: line 70, column 3 (packages[1]): a trailing comma is not allowed.');
  });

  it('nan-literal.json → 400 JSON_SYNTAX naming the field', () => {
    const out = refusal(parseFixture('nan-literal.json'));
    expect(out.code).toBe('JSON_SYNTAX');
    expect(out.message).toContain('line 30, column 18 (packages[0].insuredValue.value): NaN and Infinity are not JSON numbers');
  });

  it('bom.csv: the UTF-8 BOM is dropped, so the first header still matches', () => {
    const out = accepted(parseFixture('bom.csv'));
    expect(out.format).toBe('csv');
    expect(out.packages).toHaveLength(1);
    expect(out.csvHeaders?.[0]).toBe('package_client_reference_id');
  });

  it('bom.json: the UTF-8 BOM is dropped before the JSON', () => {
    const out = accepted(parseFixture('bom.json'));
    expect(out.packages.map((p) => p.packageClientReferenceId)).toEqual(['20231003140431gkuelozg2ys']);
  });

  it('png-named.csv → 415 by content, whatever the name says', () => {
    expect(parseFixture('png-named.csv')).toEqual({
      ok: false,
      status: 415,
      code: 'UNSUPPORTED_FILE_TYPE',
      message: 'This file is a PNG image, not a CSV or JSON text file.',
    });
  });

  it('zip-named.csv (an xlsx is a zip) → 415 with a hint', () => {
    const out = refusal(parseFixture('zip-named.csv'));
    expect(out).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
    expect(out.message).toContain('save it as CSV UTF-8');
  });

  it('invalid-utf8.csv → 400 INVALID_UTF8 with the line of the bad byte', () => {
    const out = refusal(parseFixture('invalid-utf8.csv'));
    expect(out).toMatchObject({ status: 400, code: 'INVALID_UTF8' });
    expect(out.message).toContain('line 2');
  });

  it('empty.csv → 422 EMPTY_FILE', () => {
    expect(parseFixture('empty.csv')).toEqual({ ok: false, status: 422, code: 'EMPTY_FILE', message: 'The file is empty.' });
  });

  it('header-only.csv → 422 CSV_NO_ROWS', () => {
    expect(refusal(parseFixture('header-only.csv'))).toMatchObject({ status: 422, code: 'CSV_NO_ROWS' });
  });

  it('unknown-header.csv → CSV_HEADERS_UNMAPPED naming the unknown column', () => {
    const out = refusal(parseFixture('unknown-header.csv'));
    expect(out).toMatchObject({ status: 422, code: 'CSV_HEADERS_UNMAPPED', unknownHeaders: ['gift_message'], missingFields: [] });
    expect(out.message).toContain('unknown column "gift_message"');
  });

  it('account-id.csv → the account column is refused as unknown, never read', () => {
    const out = refusal(parseFixture('account-id.csv'));
    expect(out).toMatchObject({ code: 'CSV_HEADERS_UNMAPPED', unknownHeaders: ['shipper_account_id'] });
  });

  it('duplicate-headers.csv → 422 CSV_DUPLICATE_HEADERS naming the header', () => {
    const out = refusal(parseFixture('duplicate-headers.csv'));
    expect(out).toMatchObject({ status: 422, code: 'CSV_DUPLICATE_HEADERS' });
    expect(out.message).toBe('The header row repeats "insured_value"; each column header may appear only once.');
  });

  it('unbalanced-quote.csv → 400 CSV_MALFORMED on the line the quote opens', () => {
    const out = refusal(parseFixture('unbalanced-quote.csv'));
    expect(out).toMatchObject({ status: 400, code: 'CSV_MALFORMED' });
    expect(out.message).toContain('line 3:');
  });

  it('proto-key.json → 400 FORBIDDEN_KEY with its place; Object.prototype untouched', () => {
    const out = refusal(parseFixture('proto-key.json'));
    expect(out).toMatchObject({ status: 400, code: 'FORBIDDEN_KEY' });
    expect(out.message).toContain('line 36, column 11 (packages[0].items[0].__proto__)');
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it('constructor-key.json → 400 FORBIDDEN_KEY; nothing polluted', () => {
    const out = refusal(parseFixture('constructor-key.json'));
    expect(out.code).toBe('FORBIDDEN_KEY');
    expect(out.message).toContain('(packages[0].constructor): the key "constructor" is not allowed');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('infinity.json (1e309) → the package is rejected at insuredValue.value', () => {
    expect(rejections(parseFixture('infinity.json'))).toEqual([
      [
        'request 1 › packages[0]',
        [['packages[0].insuredValue.value', 'request 1 › packages[0].insuredValue.value: must be a finite number (got Infinity)']],
      ],
    ]);
  });

  it('negative-nan.json → a field error for each bad number', () => {
    expect(rejections(parseFixture('negative-nan.json'))).toEqual([
      [
        'request 1 › packages[0]',
        [
          ['packages[0].weight.value', 'request 1 › packages[0].weight.value: must be a number (got "NaN")'],
          ['packages[0].insuredValue.value', 'request 1 › packages[0].insuredValue.value: must not be negative (got -1)'],
        ],
      ],
    ]);
  });

  it('negative-nan.csv → column errors on the file line', () => {
    expect(rejections(parseFixture('negative-nan.csv'))).toEqual([
      [
        'line 2',
        [
          ['insured_value', 'line 2, column insured_value: must not be negative (got -1)'],
          [
            'weight_value',
            'line 2, column weight_value: must be a plain number with a dot for decimals, e.g. 115.01 (no thousands separators, currency signs or letters; got "NaN")',
          ],
        ],
      ],
    ]);
  });

  it('three-decimals.json → refused, never rounded', () => {
    expect(rejections(parseFixture('three-decimals.json'))).toEqual([
      [
        'request 1 › packages[0]',
        [
          [
            'packages[0].insuredValue.value',
            'request 1 › packages[0].insuredValue.value: must have at most 2 decimal places; it is never rounded (got 115.011)',
          ],
        ],
      ],
    ]);
  });

  it('currency-codes.json → gbp, RS and ₹ each rejected at insuredValue.unit', () => {
    const rows = accepted(parseFixture('currency-codes.json')).rejected;
    expect(rows.map((r) => r.location)).toEqual(['request 1 › packages[0]', 'request 1 › packages[1]', 'request 1 › packages[2]']);
    expect(rows.map((r) => r.errors.map((e) => e.message))).toEqual(
      ['gbp', 'RS', '₹'].map((unit, i) => [
        `request 1 › packages[${i}].insuredValue.unit: must be a 3-letter ISO 4217 currency code in capitals, e.g. GBP (got "${unit}")`,
      ]),
    );
  });

  it('quantity.json → 1.5 and 0 each rejected at items[0].quantity', () => {
    expect(rejections(parseFixture('quantity.json'))).toEqual([
      [
        'request 1 › packages[0]',
        [['packages[0].items[0].quantity', 'request 1 › packages[0].items[0].quantity: must be a whole number (got 1.5)']],
      ],
      [
        'request 1 › packages[1]',
        [['packages[1].items[0].quantity', 'request 1 › packages[1].items[0].quantity: must be at least 1 (got 0)']],
      ],
    ]);
  });

  it('long-name.json (51 characters) → rejected at shipTo.name', () => {
    expect(rejections(parseFixture('long-name.json'))).toEqual([
      ['request 1 › packages[0]', [['shipTo.name', 'request 1 › shipTo.name: must be at most 50 characters (got 51)']]],
    ]);
  });

  it('formula-cell.csv → accepted, the formula kept as plain text', () => {
    const out = accepted(parseFixture('formula-cell.csv'));
    expect(out.rejected).toEqual([]);
    expect(out.packages[0]?.shipTo?.name).toBe("=cmd|' /C calc'!A0");
  });

  it('duplicate-keys.json → 400 JSON_DUPLICATE_KEY with its place', () => {
    const out = refusal(parseFixture('duplicate-keys.json'));
    expect(out).toMatchObject({ status: 400, code: 'JSON_DUPLICATE_KEY' });
    expect(out.message).toContain(
      'line 65, column 7 (packages[0].packageClientReferenceId): the key "packageClientReferenceId" appears twice in the same object',
    );
  });

  it('account-id.json → every privileged key refused by name; no package accepted', () => {
    const out = accepted(parseFixture('account-id.json'));
    expect(out.packages).toEqual([]);
    expect(rejections(out)).toEqual([
      [
        'request 1 › packages[0]',
        [
          ['shipperAccountId', 'request 1 › shipperAccountId: unknown field "shipperAccountId" is not allowed'],
          ['packages[0].accountId', 'request 1 › packages[0].accountId: unknown field "accountId" is not allowed'],
          ['packages[0].status', 'request 1 › packages[0].status: unknown field "status" is not allowed'],
          ['packages[0].otpEnabled', 'request 1 › packages[0].otpEnabled: unknown field "otpEnabled" is not allowed'],
          ['packages[0].otpCode', 'request 1 › packages[0].otpCode: unknown field "otpCode" is not allowed'],
        ],
      ],
    ]);
  });

  it('duplicate-reference.json → the later package rejected, naming the earlier one (ids are trimmed)', () => {
    const out = accepted(parseFixture('duplicate-reference.json'));
    expect(out.packages.map((p) => p.location)).toEqual(['request 1 › packages[0]', 'request 1 › packages[1]']);
    expect(rejections(out)).toEqual([
      [
        'request 1 › packages[2]',
        [
          [
            'packages[2].packageClientReferenceId',
            'request 1 › packages[2].packageClientReferenceId: "DUP-1" is already used by request 1 › packages[0]; each package in a file needs its own packageClientReferenceId',
          ],
        ],
      ],
    ]);
  });

  it('duplicate-reference.csv → line 4 rejected, naming line 2', () => {
    const out = accepted(parseFixture('duplicate-reference.csv'));
    expect(out.packages.map((p) => p.location)).toEqual(['line 2', 'line 3']);
    expect(rejections(out)).toEqual([
      [
        'line 4',
        [
          [
            'package_client_reference_id',
            'line 4, column package_client_reference_id: "20231003140431gkuelozg2ys" is already used by line 2; each package in a file needs its own packageClientReferenceId',
          ],
        ],
      ],
    ]);
  });
});

describe('generated bad inputs', () => {
  it.each([
    ['arrays', '['.repeat(100_000) + ']'.repeat(100_000), 'line 1, column 33'],
    ['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 'line 1, column 161'],
    ['unclosed arrays', '['.repeat(100_000), 'line 1, column 33'],
  ])('100 000 levels of nested %s → 400 JSON_TOO_DEEP, fast and without a stack overflow', (_, text, place) => {
    const started = performance.now();
    const out = refusal(parseShipmentFile(new TextEncoder().encode(text)));
    expect(performance.now() - started).toBeLessThan(100);
    expect(out).toMatchObject({ status: 400, code: 'JSON_TOO_DEEP' });
    expect(out.message).toContain(place);
    expect(out.message).toContain('nesting is deeper than 32 levels');
  });

  it('a file over the byte cap → 413 before anything is decoded', () => {
    const out = refusal(parseShipmentFile(new Uint8Array(2049), { limits: { maxBytes: 2048 } }));
    expect(out).toMatchObject({ status: 413, code: 'FILE_TOO_LARGE' });
  });

  it('whitespace only → 422 EMPTY_FILE', () => {
    expect(refusal(parseShipmentFile(new TextEncoder().encode(' \r\n\t\n')))).toMatchObject({ status: 422, code: 'EMPTY_FILE' });
  });

  it('a NUL byte → 415, it is binary', () => {
    const out = refusal(parseShipmentFile(new TextEncoder().encode('a,b\n1,\u00002\n')));
    expect(out).toMatchObject({ status: 415, code: 'UNSUPPORTED_FILE_TYPE' });
    expect(out.message).toContain('line 2');
  });

  it('UTF-16 text → 415 with a hint to save as UTF-8', () => {
    const out = refusal(parseShipmentFile(new Uint8Array([0xff, 0xfe, 0x61, 0x00])));
    expect(out.message).toContain('UTF-16');
  });
});
