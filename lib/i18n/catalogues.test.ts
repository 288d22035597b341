import { readdirSync } from 'node:fs';
import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { MARKETPLACE_TABLE } from '../marketplaces/table';
import { isGsm7 } from '../messages/sms-segments';
import { type Catalogue, catalogueLocales, catalogueOf, hasCatalogue, SOURCE_LOCALE } from './catalogues';
import { FORMATS } from './formats';

// The catalogues as the loader reads them (each its own file, not completed from the source language).
const catalogues = new Map(catalogueLocales().map((locale) => [locale, catalogueOf(locale)]));
const locales = [...catalogues.keys()];
const others = locales.filter((locale) => locale !== SOURCE_LOCALE);

/** Every message of a catalogue by its dotted key ("messages.shipped.sms"); a leaf that is not a string is reported as such. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [inner, leaf] of flatten(value, `${prefix}${key}.`)) flat.set(inner, leaf);
    } else {
      flat.set(`${prefix}${key}`, value);
    }
  }
  return flat;
}

function stringsOf(locale: string): Map<string, string> {
  const flat = flatten(catalogues.get(locale)!);
  for (const [key, value] of flat) if (typeof value !== 'string') throw new Error(`${locale} ${key} is not a string`);
  return flat as Map<string, string>;
}

const source = stringsOf(SOURCE_LOCALE);

// The parts of the intl-messageformat AST this test reads (see @formatjs/icu-messageformat-parser's TYPE).
const TYPE = { literal: 0, argument: 1, number: 2, date: 3, time: 4, select: 5, plural: 6, pound: 7, tag: 8 } as const;
interface Element {
  type: number;
  value?: string;
  style?: string | { type?: number; pattern?: string } | null;
  options?: Record<string, { value: Element[] }>;
  pluralType?: 'cardinal' | 'ordinal';
  children?: Element[];
}

function astOf(message: string, locale: string): Element[] {
  return new IntlMessageFormat(message, locale, undefined, { ignoreTag: false }).getAst() as unknown as Element[];
}

function styleOf(element: Element): string {
  const { style } = element;
  if (typeof style === 'string') return style;
  return style ? `::${style.pattern ?? 'skeleton'}` : '';
}

/**
 * What a message needs from its caller and gives its reader: every argument with its type and style, every
 * select's keys, every plural's explicit keys (=0) and its categories, and every tag, branches included.
 * Plural categories are kept apart: a language may need a category English has not (checked separately).
 */
function signatureOf(
  elements: Element[],
  into = { args: new Set<string>(), categories: new Map<string, Set<string>>(), branches: new Map<string, string>() },
) {
  for (const element of elements) {
    const name = element.value ?? '';
    switch (element.type) {
      case TYPE.literal:
        break;
      case TYPE.argument:
        into.args.add(`{${name}}`);
        break;
      case TYPE.number:
        into.args.add(`{${name}, number${styleOf(element) ? `, ${styleOf(element)}` : ''}}`);
        break;
      case TYPE.date:
      case TYPE.time:
        into.args.add(`{${name}, ${element.type === TYPE.date ? 'date' : 'time'}${styleOf(element) ? `, ${styleOf(element)}` : ''}}`);
        break;
      case TYPE.select: {
        const keys = Object.keys(element.options!).sort();
        into.args.add(`{${name}, select, ${keys.join(' ')}}`);
        for (const [key, option] of Object.entries(element.options!)) {
          into.branches.set(`{${name}, select} ${key}`, branchSignature(option.value));
          signatureOf(option.value, into);
        }
        break;
      }
      case TYPE.plural: {
        const keys = Object.keys(element.options!);
        into.args.add(
          `{${name}, ${element.pluralType === 'ordinal' ? 'selectordinal' : 'plural'}, ${keys
            .filter((k) => k.startsWith('='))
            .sort()
            .join(' ')}}`,
        );
        const categories = into.categories.get(name) ?? new Set<string>();
        for (const key of keys.filter((k) => !k.startsWith('='))) categories.add(key);
        into.categories.set(name, categories);
        for (const [key, option] of Object.entries(element.options!)) {
          // The branches every language has (=N and other) say the same; 'one', 'many'… hold other numbers in each language.
          if (key.startsWith('=') || key === 'other') into.branches.set(`{${name}, plural} ${key}`, branchSignature(option.value));
          signatureOf(option.value, into);
        }
        break;
      }
      case TYPE.pound:
        into.args.add('#');
        break;
      case TYPE.tag:
        into.args.add(`<${name}>`);
        signatureOf(element.children ?? [], into);
        break;
      default:
        throw new Error(`unknown ICU element type ${element.type}`);
    }
  }
  return into;
}

/** What one select or plural branch takes, so that a branch cannot drop the number or the name another branch shows. */
function branchSignature(elements: Element[]): string {
  return [...signatureOf(elements).args].sort().join(' ');
}

/** The text a message writes itself (every branch), with its arguments removed. */
function literalText(elements: Element[]): string {
  const parts: string[] = [];
  for (const element of elements) {
    if (element.type === TYPE.literal) parts.push(element.value ?? '');
    for (const option of Object.values(element.options ?? {})) parts.push(literalText(option.value));
    if (element.children) parts.push(literalText(element.children));
  }
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** A value for each argument a message takes, to format it once. */
function sampleValues(elements: Element[], values: Record<string, unknown> = {}): Record<string, unknown> {
  for (const element of elements) {
    const name = element.value ?? '';
    if (element.type === TYPE.argument) values[name] ??= 'Sample';
    if (element.type === TYPE.number || element.type === TYPE.plural) values[name] = 2;
    if (element.type === TYPE.date || element.type === TYPE.time) values[name] = new Date('2026-11-30T09:30:00Z');
    if (element.type === TYPE.select) values[name] = Object.keys(element.options!).find((k) => k !== 'other') ?? 'other';
    if (element.type === TYPE.tag) values[name] = (chunks: unknown[]) => chunks.join('');
    for (const option of Object.values(element.options ?? {})) sampleValues(option.value, values);
    if (element.children) sampleValues(element.children, values);
  }
  return values;
}

function parses(message: string, locale: string): boolean {
  try {
    astOf(message, locale);
    return true;
  } catch {
    return false;
  }
}

/** A catalogue's messages that have a source message and parse (what a comparison with the source can read). */
function comparable(locale: string): [string, string][] {
  return [...stringsOf(locale)].filter(([key, message]) => source.has(key) && parses(message, locale));
}

const isEnglish = (locale: string) => new Intl.Locale(locale).language === 'en';
const isLatin = (locale: string) => new Intl.Locale(locale).maximize().script === 'Latn';

/**
 * Keys whose value is rightly the same as in English in every other language. Each needs its reason.
 */
const SAME_IN_EVERY_LANGUAGE: Record<string, string> = {
  // The product's name is a brand: it is never translated.
  'shell.recipientBrand': 'product name',
};

/** The named date and time styles the catalogues may use: the built-in ones and FORMATS.dateTime. */
const KNOWN_DATE_STYLES = new Set(['short', 'medium', 'long', 'full', ...Object.keys(FORMATS.dateTime)]);

describe('the catalogues', () => {
  it('are the source language and at least one other, and the loader reads every file of lib/i18n/catalogues', () => {
    expect(locales).toContain(SOURCE_LOCALE);
    expect(others.length).toBeGreaterThan(0);
    const files = readdirSync(path.join(process.cwd(), 'lib', 'i18n', 'catalogues')).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.slice(0, -'.json'.length)).sort()).toEqual([...locales].sort());
    for (const locale of locales) expect(Intl.getCanonicalLocales(locale)).toEqual([locale]);
  });

  it('hold only non-empty strings as messages', () => {
    for (const locale of locales) {
      for (const [key, value] of flatten(catalogues.get(locale)!)) {
        expect(typeof value, `${locale} ${key}`).toBe('string');
        expect((value as string).trim(), `${locale} ${key}`).not.toBe('');
      }
    }
  });

  it.each(others)('%s has exactly the keys of the source catalogue: none missing, none extra', (locale) => {
    const keys = [...stringsOf(locale).keys()];
    const missing = [...source.keys()].filter((key) => !keys.includes(key));
    const extra = keys.filter((key) => !source.has(key));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(locales)('%s: every message parses as ICU and formats with sample values', (locale) => {
    const formats = { date: FORMATS.dateTime, time: FORMATS.dateTime };
    for (const [key, message] of stringsOf(locale)) {
      let ast: Element[] = [];
      expect(() => (ast = astOf(message, locale)), `${locale} ${key}`).not.toThrow();
      const formatted = new IntlMessageFormat(message, locale, formats, { ignoreTag: false }).format(
        sampleValues(ast) as Record<string, string>,
      );
      expect(typeof formatted === 'string' ? formatted : String(formatted), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use only date and time styles that exist', () => {
    for (const [key, message] of source) {
      for (const arg of signatureOf(astOf(message, SOURCE_LOCALE)).args) {
        const style = /^\{\w+, (date|time), (\w+)\}$/.exec(arg)?.[2];
        if (style) expect(KNOWN_DATE_STYLES, `${key}: ${arg}`).toContain(style);
      }
    }
  });

  it.each(others)('%s: every message takes the same arguments (names, types, select and plural keys, tags) as the source', (locale) => {
    const pluralCategories = new Set<string>(new Intl.PluralRules(locale).resolvedOptions().pluralCategories);
    const mismatches: string[] = [];
    // Missing keys and unparsable messages have their own tests above.
    for (const [key, message] of comparable(locale)) {
      const mine = signatureOf(astOf(message, locale));
      const theirs = signatureOf(astOf(source.get(key)!, SOURCE_LOCALE));
      const [a, b] = [[...mine.args].sort().join(' '), [...theirs.args].sort().join(' ')];
      if (a !== b) mismatches.push(`${key}: ${a} instead of ${b}`);
      if ([...mine.categories.keys()].sort().join() !== [...theirs.categories.keys()].sort().join())
        mismatches.push(`${key}: plurals differ`);
      for (const [branch, wanted] of theirs.branches) {
        const got = mine.branches.get(branch);
        if (got !== undefined && got !== wanted) mismatches.push(`${key} ${branch}: ${got || '(nothing)'} instead of ${wanted}`);
      }
      for (const [argument, categories] of mine.categories) {
        // Every category the language has and the source uses, 'other' always, and none the language does not have.
        const wanted = [...(theirs.categories.get(argument) ?? []), 'other'].filter((category) => pluralCategories.has(category));
        const missing = wanted.filter((category) => !categories.has(category));
        const foreign = [...categories].filter((category) => !pluralCategories.has(category));
        if (missing.length > 0 || foreign.length > 0) {
          mismatches.push(
            `${key} {${argument}, plural}: missing ${missing.join(' ') || '-'}, not a category of ${locale}: ${foreign.join(' ') || '-'}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it.each(others.filter((locale) => !isEnglish(locale)))('%s leaves no English untranslated', (locale) => {
    const untranslated: string[] = [];
    for (const [key, message] of comparable(locale)) {
      if (key in SAME_IN_EVERY_LANGUAGE) continue;
      const mine = literalText(astOf(message, locale));
      const english = literalText(astOf(source.get(key)!, SOURCE_LOCALE));
      if (mine === english && /\p{L}{3,}/u.test(mine)) untranslated.push(`${key}: ${message}`);
    }
    expect(untranslated).toEqual([]);
  });

  it('allow-list only keys that exist and are indeed the same in every language', () => {
    for (const key of Object.keys(SAME_IN_EVERY_LANGUAGE)) {
      expect(source.has(key), key).toBe(true);
      for (const locale of others) expect(stringsOf(locale).get(key), `${locale} ${key}`).toBe(source.get(key));
    }
  });

  it('exist for the language of every marketplace', () => {
    for (const row of MARKETPLACE_TABLE) expect(hasCatalogue(row.locale), `${row.code}: ${row.locale}`).toBe(true);
  });

  it('each name their language differently', () => {
    const names = locales.map((locale) => stringsOf(locale).get('language.name'));
    expect(new Set(names).size).toBe(locales.length);
  });

  it.each(locales.filter(isLatin))('%s writes its SMS texts in GSM-7 letters only (one SMS segment holds 160, not 70)', (locale) => {
    const smsKeys = [...stringsOf(locale).keys()].filter((key) => /^messages\.[^.]+\.sms$/.test(key));
    expect(smsKeys).toContain('messages.warning.sms');
    expect(smsKeys).toContain('messages.passcode.sms');
    for (const key of smsKeys) {
      const text = literalText(astOf(stringsOf(locale).get(key)!, locale));
      const outside = [...new Set([...text].filter((char) => !isGsm7(char)))];
      expect(outside, `${locale} ${key}`).toEqual([]);
    }
  });
});
