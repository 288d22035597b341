import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_CODES, type Marketplace } from './marketplaces';
import { parseMobileNumber } from './phone';

const NUM_RUNS = 1000;
const marketplaceArb = fc.constantFrom(...MARKETPLACE_CODES);

/** Written independently of the parser, from DESIGN.md §4, for compact numbers (no separators). */
const REFERENCE: Record<Marketplace, { cc: string; pattern: RegExp }> = {
  UK: { cc: '44', pattern: /^(?:\+44|0044|\(\+44\)|\(0044\)|0)?(7\d{8,9})$/ },
  IT: { cc: '39', pattern: /^(?:\+39|0039|\(\+39\)|\(0039\))?(3\d{9,10})$/ },
  FR: { cc: '33', pattern: /^(?:\+33|0033|\(\+33\)|\(0033\)|0)?([67]\d{8})$/ },
  ES: { cc: '34', pattern: /^(?:\+34|0034|\(\+34\)|\(0034\))?([67]\d{8})$/ },
  IN: { cc: '91', pattern: /^(?:\+91|0091|\(\+91\)|\(0091\))?([789]\d{9})$/ },
};

function referenceE164(raw: string, marketplace: Marketplace): string | null {
  if (raw.length > 100) return null;
  const withoutSpaces = raw.replaceAll(' ', '');
  if (withoutSpaces.startsWith('-') || withoutSpaces.endsWith('-')) return null;
  const { cc, pattern } = REFERENCE[marketplace];
  const match = pattern.exec(withoutSpaces.replaceAll('-', ''));
  return match ? `+${cc}${match[1]}` : null;
}

const PREFIXES: Record<Marketplace, string[]> = {
  UK: ['+44', '0044', '(+44)', '(0044)', '0', ''],
  IT: ['+39', '0039', '(+39)', '(0039)', ''],
  FR: ['+33', '0033', '(+33)', '(0033)', '0', ''],
  ES: ['+34', '0034', '(+34)', '(0034)', ''],
  IN: ['+91', '0091', '(+91)', '(0091)', ''],
};
const NATIONAL: Record<Marketplace, { first: string[]; lengths: number[] }> = {
  UK: { first: ['7'], lengths: [9, 10] },
  IT: { first: ['3'], lengths: [10, 11] },
  FR: { first: ['6', '7'], lengths: [9] },
  ES: { first: ['6', '7'], lengths: [9] },
  IN: { first: ['7', '8', '9'], lengths: [10] },
};

/** A valid number in any accepted prefix form, with the E.164 it must give. */
const validNumberArb = marketplaceArb.chain((m) =>
  fc
    .record({
      prefix: fc.constantFrom(...PREFIXES[m]),
      first: fc.constantFrom(...NATIONAL[m].first),
      rest: fc
        .constantFrom(...NATIONAL[m].lengths)
        .chain((n) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n - 1, maxLength: n - 1 })),
    })
    .map(({ prefix, first, rest }) => ({ marketplace: m, raw: `${prefix}${first}${rest}`, e164: `+${REFERENCE[m].cc}${first}${rest}` })),
);

const separatorArb = fc.string({ unit: fc.constantFrom(' ', '-'), maxLength: 3 });

/** Puts a run of spaces/hyphens between characters, and spaces around the whole. */
function spread(raw: string, gaps: string[], lead: number, trail: number): string {
  let out = ' '.repeat(lead);
  for (let i = 0; i < raw.length; i++) out += (i > 0 ? (gaps[i - 1] ?? '') : '') + raw[i];
  return out + ' '.repeat(trail);
}

describe('parseMobileNumber properties', () => {
  it('never throws on any string (grapheme-ascii, full Unicode, raw UTF-16 code units)', () => {
    const codeUnits = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) });
    const anyString = fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), codeUnits);
    fc.assert(
      fc.property(anyString, marketplaceArb, (raw, m) => {
        const result = parseMobileNumber(raw, m);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(result.e164).toMatch(/^\+\d{11,13}$/);
        else expect(result.reason.length).toBeGreaterThan(0);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('accepts every generated valid number with its E.164', () => {
    fc.assert(
      fc.property(validNumberArb, ({ marketplace, raw, e164 }) => {
        expect(parseMobileNumber(raw, marketplace)).toEqual({ ok: true, e164 });
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('parsing an accepted E.164 again gives the same E.164 (idempotent)', () => {
    fc.assert(
      fc.property(validNumberArb, ({ marketplace, raw }) => {
        const first = parseMobileNumber(raw, marketplace);
        if (!first.ok) throw new Error(first.reason);
        expect(parseMobileNumber(first.e164, marketplace)).toEqual(first);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('spaces and hyphens between characters keep a valid number valid, with the same E.164', () => {
    fc.assert(
      fc.property(
        validNumberArb,
        fc.array(separatorArb, { maxLength: 20 }),
        fc.nat(3),
        fc.nat(3),
        ({ marketplace, raw, e164 }, gaps, lead, trail) => {
          expect(parseMobileNumber(spread(raw, gaps, lead, trail), marketplace)).toEqual({ ok: true, e164 });
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('agrees with an independent regex reference on phone-like and near-valid strings', () => {
    const piece = fc.constantFrom(
      ...'0123456789+()- ',
      '44',
      '39',
      '33',
      '34',
      '91',
      '00',
      '+44',
      '0044',
      '(+91)',
      '(0039)',
      '7',
      '07',
      '3',
      '6',
      '9',
    );
    const phoneLike = fc.array(piece, { maxLength: 16 }).map((parts) => parts.join(''));
    const anyPrefix = fc.constantFrom(
      ...Object.values(PREFIXES).flat(),
      '(44)',
      '+(44)',
      '044',
      '44',
      '91',
      '+4',
      '(+44',
      '+44)',
      '(+44)0',
      '+0',
      '0',
      '00',
      '(0)',
    );
    const nearValid = fc
      .tuple(
        anyPrefix,
        fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 7, maxLength: 13 }),
        fc.array(separatorArb, { maxLength: 20 }),
      )
      .map(([prefix, digits, gaps]) => spread(prefix + digits, gaps, 0, 0));
    fc.assert(
      fc.property(fc.oneof(phoneLike, nearValid), marketplaceArb, (raw, m) => {
        const expected = referenceE164(raw, m);
        expect(parseMobileNumber(raw, m)).toEqual(
          expected === null ? { ok: false, reason: expect.any(String) } : { ok: true, e164: expected },
        );
      }),
      { numRuns: 5000 },
    );
  });

  it('agrees with the reference on valid numbers with one character changed', () => {
    const mutated = fc.tuple(validNumberArb, fc.nat(), fc.constantFrom(...'0123456789+()-x ', '')).map(([v, at, c]) => {
      const i = at % v.raw.length;
      return { marketplace: v.marketplace, raw: v.raw.slice(0, i) + c + v.raw.slice(i + 1) };
    });
    fc.assert(
      fc.property(mutated, ({ marketplace, raw }) => {
        const expected = referenceE164(raw, marketplace);
        expect(parseMobileNumber(raw, marketplace).ok).toBe(expected !== null);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('pathological input (checklist G11)', () => {
  const LENGTH = 50_000;
  const inputs: [string, string][] = [
    ['a…!', 'a'.repeat(LENGTH) + '!'],
    ['digits', '7'.repeat(LENGTH)],
    ['spaces then a digit', ' '.repeat(LENGTH) + '7'],
    ['space-hyphen runs', '7' + ' -'.repeat(LENGTH / 2) + '7'],
    ['digit-space pairs', '7 '.repeat(LENGTH / 2)],
    ['brackets', '('.repeat(LENGTH)],
    ['pluses', '+'.repeat(LENGTH)],
    ['valid prefix then junk', '+44' + '7'.repeat(LENGTH - 4) + 'x'],
    ['no-break spaces', '\u00a0'.repeat(LENGTH)],
    ['emoji', '\u{1F4DE}'.repeat(LENGTH / 2)],
  ];

  it.each(inputs)('%s (50,000 chars) is refused in well under 50 ms in every marketplace', (_name, raw) => {
    expect(raw.length).toBeGreaterThanOrEqual(LENGTH);
    for (const m of MARKETPLACE_CODES) {
      const start = performance.now();
      const result = parseMobileNumber(raw, m);
      const elapsed = performance.now() - start;
      expect(result.ok).toBe(false);
      expect(elapsed).toBeLessThan(50);
    }
  });
});
