// Dates and times as each reader writes them: their zone, their language's names and clock (12-hour in the United
// States). British English keeps the house style the service has always used ("Tue 3 Mar 2026, 14:00 GMT"); every
// other language follows its CLDR conventions through Intl. The pseudo-locale accents the British form.
import { DateTime, type DateTimeFormatOptions } from 'luxon';
import { intlTag, pseudoText } from './catalogue.js';
import { PSEUDO_LOCALE, type Reader } from './locales.js';

type Style = 'instant' | 'date' | 'shortDate' | 'weekday' | 'time' | 'timeZone' | 'day' | 'month';

/** The house style: luxon tokens, in British English. */
const HOUSE: Record<Style, string> = {
  instant: 'ccc d LLL yyyy, HH:mm ZZZZ',
  date: 'ccc d LLL yyyy',
  shortDate: 'ccc d LLL',
  weekday: 'ccc',
  time: 'HH:mm',
  timeZone: 'HH:mm ZZZZ',
  day: 'cccc d LLLL',
  month: 'LLLL yyyy',
};

const INTL: Record<Style, DateTimeFormatOptions> = {
  instant: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  date: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
  shortDate: { weekday: 'short', day: 'numeric', month: 'short' },
  weekday: { weekday: 'short' },
  time: { hour: 'numeric', minute: '2-digit' },
  timeZone: { hour: 'numeric', minute: '2-digit', timeZoneName: 'short' },
  day: { weekday: 'long', day: 'numeric', month: 'long' },
  month: { month: 'long', year: 'numeric' },
};

/**
 * The house style's names are luxon's defaults, American English: the same weekday and month abbreviations as
 * British, and the zone names the service has always shown ("EST", "GMT+1"; British English would say "GMT-5", "CET").
 */
const HOUSE_LOCALE = 'en-US';

function styled(at: DateTime, reader: Pick<Reader, 'locale'>, style: Style): string {
  if (reader.locale === 'en-GB') return at.setLocale(HOUSE_LOCALE).toFormat(HOUSE[style]);
  if (reader.locale === PSEUDO_LOCALE) return pseudoText(at.setLocale(HOUSE_LOCALE).toFormat(HOUSE[style]));
  return at.setLocale(intlTag(reader.locale)).toLocaleString(INTL[style]);
}

const at = (instant: Date, reader: Reader) => DateTime.fromJSDate(instant, { zone: reader.zone });

/** "Tue 3 Mar 2026, 14:00 GMT" / "Tue, Mar 3, 2026, 2:00 PM EST" / "Di., 3. März 2026, 14:00 MEZ". */
export function formatInstant(instant: Date, reader: Reader): string {
  return styled(at(instant, reader), reader, 'instant');
}

/** "Tue 3 Mar 2026, 14:00–14:50 GMT": one date, both times, the zone once; both zones across a clock change. */
export function formatSpan(start: Date, end: Date, reader: Reader): string {
  const s = at(start, reader);
  const e = at(end, reader);
  // Across a clock change both ends carry their zone label, so 01:30 BST–01:20 GMT does not look backwards.
  const from = s.offset === e.offset ? `${styled(s, reader, 'date')}, ${styled(s, reader, 'time')}` : styled(s, reader, 'instant');
  return `${from}–${styled(e, reader, 'timeZone')}`;
}

/** The clock time alone: "14:00" / "2:00 PM". */
export function formatTime(instant: Date, reader: Reader): string {
  return styled(at(instant, reader), reader, 'time');
}

/** Two clock times of one day, the zone once: "14:00–14:50 GMT" / "2:00 PM–2:50 PM EST" (a slot under its day). */
export function formatTimes(start: Date, end: Date, reader: Reader): string {
  return `${styled(at(start, reader), reader, 'time')}–${styled(at(end, reader), reader, 'timeZone')}`;
}

/** A local day (`YYYY-MM-DD`) as a heading: "Tuesday 3 March" / "Dienstag, 3. März". */
export function formatDay(day: string, reader: Reader): string {
  return styled(DateTime.fromISO(day, { zone: reader.zone }), reader, 'day');
}

/** A `YYYY-MM` month key: "January 2027" / "Januar 2027"; the key itself when it is not one. */
export function monthName(month: string, reader: Pick<Reader, 'locale'>): string {
  const parsed = DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' });
  return parsed.isValid ? styled(parsed, reader, 'month') : month;
}

/**
 * A list as the reader's language joins it ("a, b or c" / "a, b oder c"); in the pseudo-locale its joining words are
 * accented too, never the items (which may be commands or names).
 */
export function formatList(items: string[], type: 'conjunction' | 'disjunction', reader: Pick<Reader, 'locale'>): string {
  const format = new Intl.ListFormat(intlTag(reader.locale), { type });
  if (reader.locale !== PSEUDO_LOCALE) return format.format(items);
  return format
    .formatToParts(items)
    .map((part) => (part.type === 'literal' ? pseudoText(part.value) : part.value))
    .join('');
}

/** A calendar day (`yyyy-MM-dd`) with its year: "Mon 18 Jan 2027" / "Mo., 18. Jan. 2027". */
export function dayDate(day: string, reader: Pick<Reader, 'locale'>): string {
  return styled(DateTime.fromISO(day, { zone: 'UTC' }), reader, 'date');
}

/** The day of an instant in the reader's zone, without its year: "Tue 3 Mar" / "Tue, Mar 3". */
export function shortDate(instant: Date, reader: Reader): string {
  return styled(DateTime.fromJSDate(instant, { zone: reader.zone }), reader, 'shortDate');
}

/** Short weekday names, Monday first: "Mon" / "Mo" / "lun.". */
export function weekdayNames(reader: Pick<Reader, 'locale'>): string[] {
  // 2024-01-01 was a Monday.
  return Array.from({ length: 7 }, (_, i) => styled(DateTime.fromISO(`2024-01-0${i + 1}`, { zone: 'UTC' }), reader, 'weekday'));
}

/** A wall-clock `HH:mm` as the reader writes it: "09:00" / "9:00 AM". */
export function clockTime(hhmm: string, reader: Pick<Reader, 'locale'>): string {
  const at = DateTime.fromFormat(hhmm, 'HH:mm', { zone: 'UTC' });
  return at.isValid ? styled(at, reader, 'time') : hhmm;
}
