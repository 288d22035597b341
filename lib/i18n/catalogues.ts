import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A catalogue: the nested ICU messages of one language. */
export type Catalogue = { [key: string]: string | Catalogue };

/** The language every other catalogue is checked against, and what a missing message falls back to. */
export const SOURCE_LOCALE = 'en-GB';

const CATALOGUE_DIR = path.join(process.cwd(), 'lib', 'i18n', 'catalogues');

/**
 * Every `<locale>.json` in lib/i18n/catalogues, read once: adding a language is adding its file. The
 * files are read from disk rather than imported so that no list of languages has to be kept in step.
 */
function readCatalogues(): ReadonlyMap<string, Catalogue> {
  const catalogues = new Map<string, Catalogue>();
  for (const file of readdirSync(CATALOGUE_DIR).sort()) {
    if (!file.endsWith('.json')) continue;
    const locale = file.slice(0, -'.json'.length);
    catalogues.set(locale, JSON.parse(readFileSync(path.join(CATALOGUE_DIR, file), 'utf8')) as Catalogue);
  }
  if (!catalogues.has(SOURCE_LOCALE)) throw new Error(`The ${SOURCE_LOCALE} catalogue is missing from ${CATALOGUE_DIR}`);
  return catalogues;
}

let loaded: ReadonlyMap<string, Catalogue> | null = null;

function catalogues(): ReadonlyMap<string, Catalogue> {
  loaded ??= readCatalogues();
  return loaded;
}

/** The languages there is a catalogue for, e.g. ['en-GB', 'en-IN', 'es-ES', 'fr-FR', 'it-IT']. */
export function catalogueLocales(): string[] {
  return [...catalogues().keys()];
}

export function hasCatalogue(locale: string): boolean {
  return catalogues().has(locale);
}

/** The catalogue of a language (the source language's when there is none). */
export function catalogueOf(locale: string): Catalogue {
  return catalogues().get(locale) ?? catalogues().get(SOURCE_LOCALE)!;
}
