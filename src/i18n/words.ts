// What one reader is told, in their words: the catalogue in their locale and times in their zone. Every surface
// (Slack blocks, Adaptive Cards, e-mail, calendar text) asks a reader's Words, so no sentence is written twice.
import { message, type MessageKey, type MessageValues } from './catalogue.js';
import { formatDay, formatInstant, formatList, formatSpan, formatTime, formatTimes, monthName } from './dates.js';
import type { Reader } from './locales.js';

export interface Words extends Reader {
  t(key: MessageKey, values?: MessageValues): string;
  instant(at: Date): string;
  span(span: { start: Date; end: Date }): string;
  time(at: Date): string;
  /** Start and end times of one day with the zone: "14:00–14:50 GMT". */
  times(span: { start: Date; end: Date }): string;
  day(day: string): string;
  month(month: string): string;
  /** Items joined as the language does: 'a, b and c' (`and`) or 'a, b or c' (`or`). */
  list(items: string[], joiner: 'and' | 'or'): string;
}

export function wordsFor(reader: Reader): Words {
  const r: Reader = { zone: reader.zone, locale: reader.locale };
  return {
    ...r,
    t: (key, values) => message(r.locale, key, values),
    instant: (at) => formatInstant(at, r),
    span: (s) => formatSpan(s.start, s.end, r),
    time: (at) => formatTime(at, r),
    times: (s) => formatTimes(s.start, s.end, r),
    day: (day) => formatDay(day, r),
    month: (month) => monthName(month, r),
    list: (items, joiner) => formatList(items, joiner === 'and' ? 'conjunction' : 'disjunction', r),
  };
}
