// The shape every area of the catalogue follows: British English is the source; each other language translates
// every one of its keys (the compiler refuses a missing or extra key; test/unit/catalogue.spec.ts checks placeholders
// and ICU syntax).
import type { SpokenLocale } from '../locales.js';

export type Source = Readonly<Record<string, string>>;
export type Translation<S extends Source> = { readonly [K in keyof S]: string };
export type AreaCatalogue<S extends Source> = Readonly<Record<Exclude<SpokenLocale, 'en-GB'>, Translation<S>>> & { readonly 'en-GB': S };
