import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { FORMULA_TRIGGERS, csvLine, neutraliseFormula, toCsv } from './write';

/** Parses what toCsv wrote, the way a reader of RFC 4180 would. */
function readBack(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(0, -2), { delimiter: ',', newline: '\r\n', quoteChar: '"' }).data;
}

describe('toCsv', () => {
  it('quotes commas, quotes, CR and LF and ends every record with CRLF', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 'x\ny', 'x\ry'], ['plain']])).toBe('a,"b,c","say ""hi""","x\ny","x\ry"\r\nplain\r\n');
  });

  it('neutralises a text cell that a spreadsheet would run as a formula', () => {
    expect(toCsv([["=cmd|' /C calc'!A0", '+1+1', '-2+3', '@SUM(1)', '\t=1', '\r=1', '\0=1', 'safe=1']])).toBe(
      `'=cmd|' /C calc'!A0,'+1+1,'-2+3,'@SUM(1),'\t=1,"'\r=1",'\0=1,safe=1\r\n`,
    );
  });

  it('writes numbers as numbers (no neutralising our own -5), and null/undefined as empty cells', () => {
    expect(csvLine([-5, 115.01, null, undefined, '-5'])).toBe("-5,115.01,,,'-5\r\n");
  });

  it('every string comes back exactly, or with one leading quote when it starts with a trigger', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          // Papaparse reads a lone empty record as nothing; give each row a fixed first cell.
          const table = rows.map((cells) => ['#', ...cells]);
          const back = readBack(toCsv(table));
          expect(back).toEqual(table.map((cells) => cells.map(neutraliseFormula)));
          for (const [i, cells] of table.entries()) {
            cells.forEach((cell, j) => {
              const read = back[i]?.[j] ?? '';
              expect(read === cell || read === `'${cell}`).toBe(true);
              expect(FORMULA_TRIGGERS.has(read[0] ?? '')).toBe(false);
            });
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('formula payloads from the checklist never start an exported cell with a trigger', () => {
    fc.assert(
      fc.property(fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\0'), fc.string(), (trigger, rest) => {
        const [cell] = readBack(toCsv([[`${trigger}${rest}`]]))[0] ?? [];
        expect(cell).toBe(`'${trigger}${rest}`);
      }),
    );
  });
});
