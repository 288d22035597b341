import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from './json-scan';

const limits = { maxDepth: 32, maxStringLength: 10_000 };
const scan = (text: string) => scanJson(text, limits);

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function hasDuplicateOrForbiddenKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasDuplicateOrForbiddenKey);
  if (value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(
    ([key, child]) => ['__proto__', 'constructor', 'prototype'].includes(key) || hasDuplicateOrForbiddenKey(child),
  );
}

describe('scanJson', () => {
  it('accepts every JSON text JSON.stringify writes (pretty or not), as one span', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), fc.boolean(), (value, pretty) => {
        const text = JSON.stringify(value, null, pretty ? 2 : undefined);
        const result = scan(text);
        if (hasDuplicateOrForbiddenKey(value)) return;
        expect(result).toMatchObject({ ok: true, spans: [{ start: 0, end: text.length, line: 1 }] });
        if (result.ok && Array.isArray(value)) {
          expect(result.elements.map((e) => JSON.parse(text.slice(e.start, e.end)))).toEqual(JSON.parse(text));
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('never accepts what JSON.parse refuses (single values; mutations of valid text)', () => {
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 4 }),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', '\n', '0', '-', '.', 'e'),
        (value, at, insert) => {
          const valid = JSON.stringify(value);
          const i = at % (valid.length + 1);
          const text = valid.slice(0, i) + insert + valid.slice(i + (insert === '' ? 1 : 0));
          const result = scan(text);
          if (result.ok && result.spans.length === 1) expect(parses(text)).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['{"a":1,"a":2}', 'JSON_DUPLICATE_KEY'],
    ['{"a":1,"\\u0061":2}', 'JSON_DUPLICATE_KEY'],
    [`{${Array.from({ length: 40 }, (_, i) => `"k${i}":1`).join(',')},"k3":2}`, 'JSON_DUPLICATE_KEY'],
    ['{"__proto__":{"x":1}}', 'FORBIDDEN_KEY'],
    ['{"a":[{"b":{"constructor":1}}]}', 'FORBIDDEN_KEY'],
    ['{"\\u005f_proto__":1}', 'FORBIDDEN_KEY'],
    ['{"prototype":1}', 'FORBIDDEN_KEY'],
    ['{"a":"\\ud800"}', 'JSON_SYNTAX'],
    ['{"a":"\\udc00\\ud800"}', 'JSON_SYNTAX'],
    ['{"a":Infinity}', 'JSON_SYNTAX'],
    ['{"a":-Infinity}', 'JSON_SYNTAX'],
    ['{"a":.5}', 'JSON_SYNTAX'],
    ['{"a":1.}', 'JSON_SYNTAX'],
    ['{"a":+1}', 'JSON_SYNTAX'],
    ['{"a":1}{"b":2}', 'JSON_SYNTAX'],
    ['{"a":1} x', 'JSON_SYNTAX'],
  ])('%s → %s', (text, code) => {
    expect(scan(text)).toMatchObject({ ok: false, code });
  });

  it('a text value over the length cap → STRING_TOO_LONG', () => {
    expect(scan(`{"a":"${'x'.repeat(10_001)}"}`)).toMatchObject({ ok: false, code: 'STRING_TOO_LONG' });
    expect(scan(`{"a":"${'x'.repeat(10_000)}"}`).ok).toBe(true);
  });

  it('the same key in sibling objects is fine; an escaped surrogate pair is text', () => {
    expect(scan('[{"a":1},{"a":2}]').ok).toBe(true);
    expect(scan('{"a":{"a":{"a":1}}}').ok).toBe(true);
    expect(scan('{"a":"\\ud83d\\ude00"}').ok).toBe(true);
  });

  it('finds NDJSON values and the lines they start on', () => {
    const text = '{"a":1}\n\n  [1,\n2]\r\n"x"\r7\n';
    const result = scan(text);
    expect(result).toEqual({
      ok: true,
      elements: [],
      spans: [
        { start: 0, end: 7, line: 1 },
        { start: 11, end: 17, line: 3 },
        { start: 19, end: 22, line: 5 },
        { start: 23, end: 24, line: 6 },
      ],
    });
  });

  it('finds the elements of a top-level array and the lines they start on', () => {
    const text = '[{"a":[1,2]},\n 2,\r\n\n  [3, {"b":4}]]';
    expect(scan(text)).toMatchObject({
      ok: true,
      elements: [
        { start: 1, end: 12, line: 1 },
        { start: 15, end: 16, line: 2 },
        { start: 22, end: 34, line: 4 },
      ],
    });
  });

  it('scans 50 MB in linear time', () => {
    const row = JSON.stringify({ packageClientReferenceId: 'x'.repeat(20), items: [{ quantity: 1, description: 'é"\\n' }], value: 115.01 });
    const text = `[${Array.from({ length: Math.ceil((50 * 1024 * 1024) / row.length) }, () => row).join(',\n')}]`;
    const started = performance.now();
    expect(scan(text).ok).toBe(true);
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
