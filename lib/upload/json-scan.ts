import { formatPath } from '@/lib/shipping/issue-messages';
import { lineAndColumn } from './line-breaks';
import { ObjectKeys, decodeKey, isForbiddenKey } from './json-object-keys';
import { JsonTokenReader, isNumberStart } from './json-tokens';

export interface JsonScanLimits {
  maxDepth: number;
  maxStringLength: number;
}

/** One top-level JSON value: text.slice(start, end), starting on `line`. */
export interface TopLevelSpan {
  start: number;
  end: number;
  line: number;
}

export type JsonScanCode = 'JSON_SYNTAX' | 'JSON_TOO_DEEP' | 'JSON_DUPLICATE_KEY' | 'FORBIDDEN_KEY' | 'STRING_TOO_LONG';
export type JsonScanResult =
  | {
      ok: true;
      spans: TopLevelSpan[];
      /** When the first top-level value is an array: its elements, so each can be parsed on its own. */
      elements: TopLevelSpan[];
    }
  | { ok: false; code: JsonScanCode; message: string };

const OBJECT = 1;
const ARRAY = 2;

const TOP = 0;
const VALUE = 1;
const FIRST_ELEMENT = 2;
const AFTER_VALUE = 3;
const FIRST_KEY = 4;
const KEY = 5;
const COLON = 6;

/**
 * One linear pass over JSON text (RFC 8259) that JSON.parse can then safely be trusted with:
 * checks the grammar, caps nesting (iteratively, so 100 000 open brackets cost nothing), caps
 * string length, and refuses duplicate keys and the keys __proto__, constructor and prototype.
 * Several top-level values are allowed when each starts on a new line (NDJSON).
 */
export function scanJson(text: string, limits: JsonScanLimits): JsonScanResult {
  const n = text.length;
  const kinds: number[] = [];
  const indices: number[] = [];
  // The key being read at each level, as a place in the text (-1: none yet).
  const keyStarts: number[] = [];
  const keyEnds: number[] = [];
  const seen: ObjectKeys[] = [];
  let depth = 0;
  let state = TOP;
  let i = 0;
  let onNewLine = true;
  let valueStart = 0;
  // Line breaks can only appear between tokens (raw ones inside strings are refused), so the
  // whitespace loop keeps the line number.
  let currentLine = 1;
  let line = 1;
  const spans: TopLevelSpan[] = [];
  const elements: TopLevelSpan[] = [];
  let elementStart = 0;
  let elementLine = 1;

  const path = (): string => {
    const segments: (string | number)[] = [];
    for (let d = 0; d < depth; d++) {
      if (kinds[d] === ARRAY) segments.push(indices[d] as number);
      else if ((keyStarts[d] as number) >= 0) segments.push(decodeKey(text, keyStarts[d] as number, keyEnds[d] as number));
    }
    if (kinds[0] === ARRAY && typeof segments[0] === 'number') {
      const [index, ...rest] = segments;
      return `request ${index + 1}${rest.length ? ` › ${formatPath(rest)}` : ''}`;
    }
    return formatPath(segments);
  };
  const fail = (code: JsonScanCode, offset: number, what: string): JsonScanResult => {
    const at = lineAndColumn(text, offset);
    const full = path();
    const where = full.length > 120 ? `${full.slice(0, 60)}…${full.slice(-50)}` : full;
    return {
      ok: false,
      code,
      message: `line ${at.line}, column ${at.column}${where ? ` (${where})` : ''}: ${what}`,
    };
  };

  const tokens = new JsonTokenReader(text, limits.maxStringLength);
  const tokenFailure = (): JsonScanResult => {
    const problem = tokens.problem as NonNullable<typeof tokens.problem>;
    return fail(problem.code, problem.offset, problem.what);
  };

  const endValue = () => {
    if (depth === 1 && kinds[0] === ARRAY && spans.length === 0) {
      elements.push({ start: elementStart, end: i, line: elementLine });
    }
    if (depth === 0) {
      spans.push({ start: valueStart, end: i, line });
      state = TOP;
      onNewLine = false;
    } else {
      state = AFTER_VALUE;
    }
  };
  const open = (kind: number): JsonScanResult | null => {
    if (depth >= limits.maxDepth) {
      return fail('JSON_TOO_DEEP', i, `nesting is deeper than ${limits.maxDepth} levels`);
    }
    kinds[depth] = kind;
    indices[depth] = 0;
    keyStarts[depth] = -1;
    if (kind === OBJECT) (seen[depth] ??= new ObjectKeys()).reset();
    depth++;
    i++;
    state = kind === OBJECT ? FIRST_KEY : FIRST_ELEMENT;
    return null;
  };
  const close = () => {
    depth--;
    i++;
    endValue();
  };

  while (true) {
    // A local index: `i` lives in the closures' context, and this loop is the hottest.
    let c = 0;
    let j = i;
    while (j < n) {
      c = text.charCodeAt(j);
      if (c === 0x20 || c === 0x09) j++;
      else if (c === 0x0a) {
        j++;
        currentLine++;
        onNewLine = true;
      } else if (c === 0x0d) {
        j++;
        if (text.charCodeAt(j) !== 0x0a) currentLine++;
        onNewLine = true;
      } else break;
    }
    i = j;
    if (i >= n) break;

    if (state === TOP) {
      if (!onNewLine) return fail('JSON_SYNTAX', i, 'another JSON value must start on a new line (NDJSON: one request per line)');
      line = currentLine;
      valueStart = i;
      state = VALUE;
    }

    if (state === VALUE || state === FIRST_ELEMENT) {
      if (c === 0x5d && state === FIRST_ELEMENT) {
        close();
        continue;
      }
      if (depth === 1 && kinds[0] === ARRAY && spans.length === 0) {
        elementLine = currentLine;
        elementStart = i;
      }
      if (c === 0x7b || c === 0x5b) {
        const failure = open(c === 0x7b ? OBJECT : ARRAY);
        if (failure) return failure;
        continue;
      }
      if (c === 0x22 || isNumberStart(c)) {
        const end = c === 0x22 ? tokens.string(i) : tokens.number(i);
        if (end < 0) return tokenFailure();
        i = end;
        endValue();
        continue;
      }
      const literal = text.startsWith('true', i) ? 4 : text.startsWith('null', i) ? 4 : text.startsWith('false', i) ? 5 : 0;
      if (literal) {
        i += literal;
        endValue();
        continue;
      }
      if (text.startsWith('NaN', i) || text.startsWith('Infinity', i)) {
        return fail('JSON_SYNTAX', i, 'NaN and Infinity are not JSON numbers');
      }
      if (c === 0x27) return fail('JSON_SYNTAX', i, 'text values must use double quotes, not single quotes');
      if (c === 0x5d && state === VALUE && kinds[depth - 1] === ARRAY) {
        return fail('JSON_SYNTAX', i, 'a trailing comma is not allowed');
      }
      return fail('JSON_SYNTAX', i, `unexpected ${describeChar(text, i)} where a value should be`);
    }

    if (state === AFTER_VALUE) {
      const kind = kinds[depth - 1];
      if (c === 0x2c) {
        i++;
        if (kind === ARRAY) {
          indices[depth - 1] = (indices[depth - 1] as number) + 1;
          state = VALUE;
        } else {
          keyStarts[depth - 1] = -1;
          state = KEY;
        }
        continue;
      }
      if ((c === 0x7d && kind === OBJECT) || (c === 0x5d && kind === ARRAY)) {
        close();
        continue;
      }
      return fail(
        'JSON_SYNTAX',
        i,
        `expected ${kind === OBJECT ? '"," or "}"' : '"," or "]"'} after a value, found ${describeChar(text, i)}`,
      );
    }

    if (state === FIRST_KEY || state === KEY) {
      if (c === 0x7d) {
        if (state === KEY) return fail('JSON_SYNTAX', i, 'a trailing comma is not allowed');
        close();
        continue;
      }
      if (c !== 0x22) {
        return fail('JSON_SYNTAX', i, `expected a key in double quotes, found ${describeChar(text, i)}`);
      }
      const end = tokens.string(i);
      if (end < 0) return tokenFailure();
      keyStarts[depth - 1] = i;
      keyEnds[depth - 1] = end;
      if (isForbiddenKey(text, i, end, tokens.escaped)) {
        return fail('FORBIDDEN_KEY', i, `the key "${decodeKey(text, i, end)}" is not allowed anywhere in an upload`);
      }
      if (!(seen[depth - 1] as ObjectKeys).add(text, i, end, tokens.escaped)) {
        return fail('JSON_DUPLICATE_KEY', i, `the key "${decodeKey(text, i, end)}" appears twice in the same object`);
      }
      i = end;
      state = COLON;
      continue;
    }

    // state === COLON
    if (c !== 0x3a) return fail('JSON_SYNTAX', i, `expected ":" after the key, found ${describeChar(text, i)}`);
    i++;
    state = VALUE;
  }

  if (state !== TOP) return fail('JSON_SYNTAX', n, 'the JSON ends before its objects and arrays are closed');
  return { ok: true, spans, elements };
}

function describeChar(text: string, at: number): string {
  const ch = text.codePointAt(at);
  if (ch === undefined) return 'the end of the file';
  if (ch < 0x20 || ch === 0x7f) return `control character U+${ch.toString(16).toUpperCase().padStart(4, '0')}`;
  return JSON.stringify(String.fromCodePoint(ch));
}
