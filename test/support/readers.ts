// Readers for tests: the domain's texts take a reader (words from their locale, times in their zone), and the tests
// assert British English.
import type { Reader } from '../../src/i18n/locales.js';

/** A British English reader in `zone`. */
export function british(zone = 'Europe/London'): Reader {
  return { zone, locale: 'en-GB' };
}

/** A British English reader for texts that speak of no time. */
export const GB: Reader = british('UTC');
