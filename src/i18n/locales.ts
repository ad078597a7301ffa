// The languages the service speaks, and which one a reader gets (docs/design.md §13): an operator's setting for the
// person, else what their chat platform reports, else their organisation's language, else British English.

/** The languages spoken. `en-GB` is the source every other language is written from. */
export const LOCALES = ['en-GB', 'en-US', 'de', 'fr', 'es', 'nl'] as const;
export type SpokenLocale = (typeof LOCALES)[number];
/**
 * A pseudo-locale: British English with every letter accented, dates included. An operator can set it for a person to
 * see at a glance which words on a screen bypass the catalogue (test/i18n/pseudo-locale.spec.ts renders every screen
 * in it and fails on plain English).
 */
export const PSEUDO_LOCALE = 'en-XA';
export type Locale = SpokenLocale | typeof PSEUDO_LOCALE;
export const SOURCE_LOCALE: SpokenLocale = 'en-GB';

/** Language names, in their own language, for the CLI and the README. */
export const LOCALE_NAMES: Record<SpokenLocale, string> = {
  'en-GB': 'English (United Kingdom)',
  'en-US': 'English (United States)',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  nl: 'Nederlands',
};

/** Who reads a message: words from their locale, times in their zone. */
export interface Reader {
  zone: string;
  locale: Locale;
}

export function isLocale(value: unknown): value is Locale {
  return value === PSEUDO_LOCALE || (typeof value === 'string' && (LOCALES as readonly string[]).includes(value));
}

/**
 * The catalogue locale for a BCP 47 tag as Slack (`en-US`, `de-DE`) or Teams (`de-de`, `fr-CA`) reports it: an exact
 * match, else the language (`de-AT` → `de`; English other than American → `en-GB`); null for a language not spoken.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  if (tag === PSEUDO_LOCALE) return PSEUDO_LOCALE;
  const [language = '', region = ''] = tag.trim().replace('_', '-').split('-');
  const lang = language.toLowerCase();
  if (lang === 'en') return region.toUpperCase() === 'US' ? 'en-US' : 'en-GB';
  return lang !== 'en' && isLocale(lang) ? lang : null;
}

/** What a person's record says about their language (src/store/models.ts PersonDoc). */
export interface LanguageFields {
  /** Set by an operator for this person (`set-language --person`). */
  language?: string | null;
  /** As their chat platform last reported it. */
  platformLocale?: string | null;
  /** Their organisation's language (`set-language --org`), copied onto its people when set. */
  orgLanguage?: string | null;
}

export function readerLocale(person: LanguageFields): Locale {
  return matchLocale(person.language) ?? matchLocale(person.platformLocale) ?? matchLocale(person.orgLanguage) ?? SOURCE_LOCALE;
}

/** Who reads when nobody known does: an operator at the CLI, or someone the service cannot place yet. */
export const SOURCE_READER: Reader = { zone: 'UTC', locale: SOURCE_LOCALE };
