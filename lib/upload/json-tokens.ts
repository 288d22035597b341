const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const SIMPLE_ESCAPES = new Set([0x22, 0x5c, 0x2f, 0x62, 0x66, 0x6e, 0x72, 0x74]);

export interface TokenProblem {
  code: 'JSON_SYNTAX' | 'STRING_TOO_LONG';
  offset: number;
  what: string;
}

/**
 * Reads JSON string and number tokens (RFC 8259 §6, §7) out of one text. One reader serves a whole
 * scan: each call returns the index after the token, or -1 with `problem` set.
 */
export class JsonTokenReader {
  /** Whether the last string read held a backslash escape. */
  escaped = false;
  problem: TokenProblem | null = null;

  constructor(
    private readonly text: string,
    private readonly maxStringLength: number,
  ) {}

  private fail(offset: number, what: string, code: TokenProblem['code'] = 'JSON_SYNTAX'): number {
    this.problem = { code, offset, what };
    return -1;
  }

  private hex4(at: number): number {
    for (let k = at; k < at + 4; k++) if (!isHex(this.text.charCodeAt(k))) return -1;
    return parseInt(this.text.slice(at, at + 4), 16);
  }

  /** The string token opening at `start`: escapes checked, lone surrogates and raw controls refused. */
  string(start: number): number {
    const { text } = this;
    const n = text.length;
    this.escaped = false;
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 0x22) {
        if (j - start - 1 > this.maxStringLength) {
          return this.fail(start, `a text value is longer than ${this.maxStringLength} characters`, 'STRING_TOO_LONG');
        }
        return j + 1;
      }
      if (c < 0x20) return this.fail(j, 'a control character (such as a line break) inside a text value must be escaped');
      if (c !== 0x5c) {
        j++;
        continue;
      }
      this.escaped = true;
      const e = text.charCodeAt(j + 1);
      if (SIMPLE_ESCAPES.has(e)) {
        j += 2;
        continue;
      }
      if (e !== 0x75) return this.fail(j, 'invalid escape in a text value');
      const code = this.hex4(j + 2);
      if (code < 0) return this.fail(j, 'a \\u escape needs 4 hex digits');
      if (code >= 0xdc00 && code <= 0xdfff) return this.fail(j, 'a lone UTF-16 surrogate escape is not text');
      if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(j + 6) === 0x5c && text.charCodeAt(j + 7) === 0x75 ? this.hex4(j + 8) : -1;
        if (low < 0xdc00 || low > 0xdfff) return this.fail(j, 'a lone UTF-16 surrogate escape is not text');
        j += 12;
      } else {
        j += 6;
      }
    }
    return this.fail(start, 'a text value is not closed by a double quote');
  }

  /** The number token at `start`: -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)? */
  number(start: number): number {
    const { text } = this;
    let j = text.charCodeAt(start) === 0x2d ? start + 1 : start;
    if (text.charCodeAt(j) === 0x30) {
      j++;
      if (isDigit(text.charCodeAt(j))) return this.fail(start, 'a number must not have leading zeros');
    } else if (isDigit(text.charCodeAt(j))) {
      while (isDigit(text.charCodeAt(j))) j++;
    } else {
      return this.fail(start, text.startsWith('Infinity', j) ? 'Infinity is not a JSON number' : 'invalid number');
    }
    if (text.charCodeAt(j) === 0x2e) {
      j++;
      if (!isDigit(text.charCodeAt(j))) return this.fail(start, 'invalid number: digits must follow the decimal point');
      while (isDigit(text.charCodeAt(j))) j++;
    }
    const e = text.charCodeAt(j);
    if (e === 0x65 || e === 0x45) {
      j++;
      const sign = text.charCodeAt(j);
      if (sign === 0x2b || sign === 0x2d) j++;
      if (!isDigit(text.charCodeAt(j))) return this.fail(start, 'invalid number: digits must follow the exponent');
      while (isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  }
}

export function isNumberStart(c: number): boolean {
  return c === 0x2d || isDigit(c);
}
