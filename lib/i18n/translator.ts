import { type Formats, IntlMessageFormat } from 'intl-messageformat';
import { type Catalogue, catalogueLocales, catalogueOf, SOURCE_LOCALE } from './catalogues';
import type sourceCatalogue from './catalogues/en-GB.json';
import { FORMATS } from './formats';
import type { LocaleSetting } from './locale-choice';

function isCatalogue(value: string | Catalogue | undefined): value is Catalogue {
  return typeof value === 'object';
}

/** The language's catalogue with the source language's message wherever one is missing. */
function withSourceFallback(source: Catalogue, own: Catalogue): Catalogue {
  const merged: Catalogue = {};
  for (const [key, value] of Object.entries(source)) {
    const mine = own[key];
    merged[key] = isCatalogue(value) ? withSourceFallback(value, isCatalogue(mine) ? mine : {}) : typeof mine === 'string' ? mine : value;
  }
  return merged;
}

const merged = new Map<string, Catalogue>();

/** The messages a page or template of that language uses (the catalogue, completed from the source language). */
export function messagesOf(locale: string): Catalogue {
  let messages = merged.get(locale);
  if (!messages) {
    messages = locale === SOURCE_LOCALE ? catalogueOf(locale) : withSourceFallback(catalogueOf(SOURCE_LOCALE), catalogueOf(locale));
    merged.set(locale, messages);
  }
  return messages;
}

/** Every catalogue has the source catalogue's shape (catalogues.test.ts holds them to it). */
export type Messages = typeof sourceCatalogue;

/** The dotted paths of a catalogue's messages: 'card.heading', 'notices.ready', … */
type MessageKey<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${MessageKey<T[K]>}`;
}[keyof T & string];

/** What a message's ICU arguments take; select branches are strings ('yes' / 'no'). */
export type MessageValues = Record<string, string | number | Date>;

/** Writes one namespace's messages in one language and time zone. */
export type Translator<Namespace extends keyof Messages> = (key: MessageKey<Messages[Namespace]>, values?: MessageValues) => string;

/** The named formats in intl-messageformat's shape, every date and time in the reader's time zone. */
function icuFormats(timeZone: string): Formats {
  const inZone = (formats: Record<string, Intl.DateTimeFormatOptions>) =>
    Object.fromEntries(Object.entries(formats).map(([name, options]) => [name, { ...options, timeZone }]));
  return {
    number: IntlMessageFormat.formats.number,
    date: inZone({ ...IntlMessageFormat.formats.date, ...FORMATS.dateTime }),
    time: inZone({ ...IntlMessageFormat.formats.time, ...FORMATS.dateTime }),
  };
}

function lookUp(messages: Catalogue, path: string): string {
  let node: string | Catalogue | undefined = messages;
  for (const part of path.split('.')) node = isCatalogue(node) ? node[part] : undefined;
  if (typeof node !== 'string') throw new Error(`No message ${path} in the catalogues`);
  return node;
}

type AnyTranslator = (key: string, values?: MessageValues) => string;

const translators = new Map<string, AnyTranslator>();

/**
 * A translator for one language, time zone and namespace of the catalogues (ICU MessageFormat, the
 * syntax use-intl reads on the client). Each message is compiled once per translator: a bulk step
 * renders thousands of messages.
 */
export function translatorFor<Namespace extends keyof Messages>(setting: LocaleSetting, namespace: Namespace): Translator<Namespace> {
  const id = `${setting.locale}|${setting.timeZone}|${namespace}`;
  let translator = translators.get(id);
  if (!translator) {
    const messages = messagesOf(setting.locale);
    const formats = icuFormats(setting.timeZone);
    const compiled = new Map<string, IntlMessageFormat>();
    translator = (key: string, values?: MessageValues) => {
      let format = compiled.get(key);
      if (!format) {
        format = new IntlMessageFormat(lookUp(messages, `${namespace}.${key}`), setting.locale, formats, { ignoreTag: true });
        compiled.set(key, format);
      }
      return String(format.format(values));
    };
    translators.set(id, translator);
  }
  return translator as Translator<Namespace>;
}

/** A language the switch offers: its locale and its name in itself ("Italiano"). */
export interface LanguageOption {
  locale: string;
  name: string;
}

export function languageOptions(): LanguageOption[] {
  return catalogueLocales().map((locale) => ({ locale, name: (messagesOf(locale) as Messages).language.name }));
}

/** The namespaces client components of Recipient Central and the DA app read (never the message templates). */
const CLIENT_NAMESPACES = ['shell', 'errors', 'states', 'recipient', 'recipientSignIn', 'delivery'] as const;

export function clientMessagesOf(locale: string): Pick<Messages, (typeof CLIENT_NAMESPACES)[number]> {
  const messages = messagesOf(locale) as Messages;
  return Object.fromEntries(CLIENT_NAMESPACES.map((namespace) => [namespace, messages[namespace]])) as Pick<
    Messages,
    (typeof CLIENT_NAMESPACES)[number]
  >;
}
