import { describe, expect, it } from 'vitest';
import { isJsonContentType, parseJsonObject } from './json-body';

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON', true],
    ['application/json; charset=utf-8', true],
    ['application/json;charset="UTF-8"', true],
    ['application/json; charset=iso-8859-1', false],
    ['application/jsonp', false],
    ['text/json', false],
    ['application/x-ndjson', false],
    [null, false],
  ])('%s → %s', (value, expected) => {
    expect(isJsonContentType(value)).toBe(expected);
  });
});

describe('parseJsonObject', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('reads one object, a UTF-8 BOM dropped', () => {
    expect(parseJsonObject(bytes('\uFEFF{"a": [1, {"b": null}]}'))).toEqual({ ok: true, value: { a: [1, { b: null }] } });
  });

  it.each([
    ['"text"', 'The request body must be one JSON object.'],
    ['  ', 'The request body is empty; it must be one JSON object.'],
    ['{"a": 1}\n{"a": 2}', 'The request body must be one JSON object.'],
    ['[{"a": 1}]', 'The request body must be one JSON object.'],
    [
      `{"a": ${'['.repeat(40)}${']'.repeat(40)}}`,
      `The JSON body cannot be read: line 1, column 38 (a${'[0]'.repeat(31)}): nesting is deeper than 32 levels.`,
    ],
    [
      '{"constructor": {}}',
      'The JSON body cannot be read: line 1, column 2 (constructor): the key "constructor" is not allowed anywhere in an upload.',
    ],
  ])('refuses %s', (text, message) => {
    expect(parseJsonObject(bytes(text))).toEqual({ ok: false, status: 400, errors: [{ code: 'InvalidInput', message }] });
  });
});
