// One message catalogue for every sentence a person reads (docs/design.md §13), in ICU MessageFormat: plurals and
// placeholders are the language's own, never string concatenation. Each area of the product keeps its messages in
// `messages/<area>/`, British English first; this file joins them and formats a key for a locale.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { LOCALES, PSEUDO_LOCALE, SOURCE_LOCALE, type Locale, type SpokenLocale } from './locales.js';
import { common } from './messages/common/index.js';
import { slack } from './messages/slack/index.js';
import { teams } from './messages/teams/index.js';
import { email } from './messages/email/index.js';
import { refusals } from './messages/refusals/index.js';
import { wording } from './messages/wording/index.js';
import type { AreaCatalogue, Source } from './messages/types.js';

/** Every area, in one list: a new area is added here and nowhere else. */
const AREAS = [common, wording, refusals, email, slack, teams] as const;

/** Distributes over the areas: every key of every area (not only the keys they share). */
type KeysOf<A> = A extends AreaCatalogue<infer S> ? keyof S & string : never;
export type MessageKey = KeysOf<(typeof AREAS)[number]>;
export type MessageValues = Record<string, PrimitiveType>;

function join(locale: SpokenLocale): Record<MessageKey, string> {
  return Object.assign({}, ...AREAS.map((area: AreaCatalogue<Source>) => area[locale])) as Record<MessageKey, string>;
}

/** The messages of each spoken locale, as written. */
export const CATALOGUE: Readonly<Record<SpokenLocale, Readonly<Record<MessageKey, string>>>> = Object.fromEntries(
  LOCALES.map((locale) => [locale, join(locale)]),
) as Record<SpokenLocale, Record<MessageKey, string>>;

/** Intl's tag for a locale's plural rules and number formats. */
const INTL_TAG: Record<Locale, string> = {
  'en-GB': 'en-GB',
  'en-US': 'en-US',
  de: 'de-DE',
  fr: 'fr-FR',
  es: 'es-ES',
  nl: 'nl-NL',
  [PSEUDO_LOCALE]: 'en-GB',
};

export function intlTag(locale: Locale): string {
  return INTL_TAG[locale];
}

const formats = new Map<string, IntlMessageFormat>();

function formatterOf(locale: Locale, key: MessageKey): IntlMessageFormat {
  const id = `${locale}\u0000${key}`;
  let formatter = formats.get(id);
  if (!formatter) {
    const message = locale === PSEUDO_LOCALE ? pseudoAst(CATALOGUE[SOURCE_LOCALE][key]) : CATALOGUE[locale][key];
    formatter = new IntlMessageFormat(message, intlTag(locale));
    formats.set(id, formatter);
  }
  return formatter;
}

/** The message `key` in `locale`, with its placeholders filled. */
export function message(locale: Locale, key: MessageKey, values?: MessageValues): string {
  const out = formatterOf(locale, key).format<string>(values);
  return typeof out === 'string' ? out : (out as unknown[]).join('');
}

const ACCENTED: Record<string, string> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((c, i) => [
    c,
    [...'àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'][i] as string,
  ]),
);

/** Text in the pseudo-locale: every ASCII letter accented, so a plain-English word on a screen stands out. */
export function pseudoText(text: string): string {
  return text.replace(/[A-Za-z]/g, (c) => ACCENTED[c] ?? c);
}

/** The source message with its literal text accented and its placeholders and plural forms kept. */
function pseudoAst(source: string): MessageFormatElement[] {
  const accent = (elements: MessageFormatElement[]): MessageFormatElement[] =>
    elements.map((element) => {
      if (element.type === TYPE.literal) return { ...element, value: pseudoText(element.value) };
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        const options = Object.fromEntries(Object.entries(element.options).map(([k, o]) => [k, { ...o, value: accent(o.value) }]));
        return { ...element, options };
      }
      if (element.type === TYPE.tag) return { ...element, children: accent(element.children) };
      return element;
    });
  return accent(parse(source));
}
