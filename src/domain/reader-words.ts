// The reader's words for the domain's text functions, and the two date forms the house style has beyond src/i18n/dates.ts:
// a day with its year ("Mon 18 Jan 2027") and a day without ("Tue 3 Mar"), each in the reader's language.
import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { intlTag, pseudoText } from '../i18n/catalogue.js';
import { PSEUDO_LOCALE, type Reader } from '../i18n/locales.js';

function styled(at: DateTime, locale: Reader['locale'], house: string, intl: DateTimeFormatOptions): string {
  // The house style's tokens in en-US, as src/i18n/dates.ts reads them; the names are the British ones.
  if (locale === 'en-GB') return at.setLocale('en-US').toFormat(house);
  if (locale === PSEUDO_LOCALE) return pseudoText(at.setLocale('en-US').toFormat(house));
  return at.setLocale(intlTag(locale)).toLocaleString(intl);
}

/** A calendar day (`yyyy-MM-dd`) with its year: "Mon 18 Jan 2027" / "Mo., 18. Jan. 2027". */
export function dayDate(day: string, reader: Pick<Reader, 'locale'>): string {
  return styled(DateTime.fromISO(day), reader.locale, 'ccc d LLL yyyy', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  });
}

/** The day of an instant in the reader's zone, without its year: "Tue 3 Mar" / "Tue, Mar 3". */
export function shortDate(instant: Date, reader: Reader): string {
  return styled(DateTime.fromJSDate(instant, { zone: reader.zone }), reader.locale, 'ccc d LLL', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  });
}

/** Short weekday names, Monday first: "Mon" / "Mo" / "lun.". */
export function weekdayNames(reader: Pick<Reader, 'locale'>): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) =>
    styled(DateTime.fromISO(`2024-01-0${i + 1}`, { zone: 'UTC' }), reader.locale, 'ccc', { weekday: 'short' }),
  );
}

/** A wall-clock `HH:mm` as the reader writes it: "09:00" / "9:00 AM". */
export function clockTime(hhmm: string, reader: Pick<Reader, 'locale'>): string {
  if (reader.locale === 'en-GB' || reader.locale === PSEUDO_LOCALE) return hhmm;
  const at = DateTime.fromFormat(hhmm, 'HH:mm', { zone: 'UTC' });
  return at.isValid ? at.setLocale(intlTag(reader.locale)).toLocaleString({ hour: 'numeric', minute: '2-digit' }) : hhmm;
}
