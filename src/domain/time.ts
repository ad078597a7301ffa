// Time rules: instants are stored in UTC; everything a person types or reads is in their own IANA zone.
import { DateTime, IANAZone } from 'luxon';

export function isValidZone(zone: string): boolean {
  return IANAZone.isValidZone(zone);
}

export type LocalTimeParse = { ok: true; instant: Date } | { ok: false; error: 'malformed_time' | 'nonexistent_local_time' };

/**
 * Combines a picker's `YYYY-MM-DD` and `HH:mm` in a zone into a UTC instant. A wall-clock time that does not
 * exist (skipped by a spring-forward DST change) is refused rather than silently shifted by an hour.
 */
export function localDateTimeToInstant(date: string, time: string, zone: string): LocalTimeParse {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(time) || !isValidZone(zone)) {
    return { ok: false, error: 'malformed_time' };
  }
  const local = DateTime.fromISO(`${date}T${time}`, { zone });
  if (!local.isValid) return { ok: false, error: 'malformed_time' };
  if (local.toFormat('yyyy-MM-dd HH:mm') !== `${date} ${time}`) return { ok: false, error: 'nonexistent_local_time' };
  return { ok: true, instant: local.toUTC().toJSDate() };
}

/** The calendar month (`YYYY-MM`) an instant falls in, seen from the organisation's zone. */
/** The zone furthest behind UTC (UTC-12; IANA's sign is inverted): where a month starts last. */
export const EARLIEST_ZONE = 'Etc/GMT+12';

export function monthOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM');
}

export function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

export function addMonths(month: string, count: number): string {
  return DateTime.fromFormat(month, 'yyyy-MM', { zone: 'UTC' }).plus({ months: count }).toFormat('yyyy-MM');
}

/** The local day (`YYYY-MM-DD`) of an instant in a zone, used to group slots by day. */
export function localDay(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate() ?? '';
}

export function localParts(instant: Date, zone: string): { date: string; time: string } {
  const d = DateTime.fromJSDate(instant, { zone });
  return { date: d.toFormat('yyyy-MM-dd'), time: d.toFormat('HH:mm') };
}

/** The UTC day (`yyyy-MM-dd`) of an instant: the bucket by which the sweep reaches history one day at a time. */
export function dayKey(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/**
 * The buckets a walk over history still has to visit, oldest first: those after `mark` up to `last` inclusive, at
 * most `max` (the rest wait for the next pass); from `start` when nothing was walked yet. `next` steps one bucket.
 */
export function bucketsAfter(mark: string | undefined, last: string, max: number, start: string, next: (b: string) => string): string[] {
  const out: string[] = [];
  for (let b = mark === undefined ? start : next(mark); b <= last && out.length < max; b = next(b)) out.push(b);
  return out;
}

export const nextDay = (day: string): string => dayKey(new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000));
export const nextHour = (hour: string): string => new Date(Date.parse(`${hour}:00:00Z`) + 3_600_000).toISOString().slice(0, 13);

const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The month number (1-12) a word names, in full or by its first three letters ("dec", "December"), else null. */
export function monthNumberOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = MONTH_NAMES.findIndex((m) => m === w || (w.length === 3 && m.startsWith(w)));
  return i < 0 ? null : i + 1;
}

/**
 * A month as people say it: `2026-12`, `december`, `Dec 2026`. A name without a year is the latest such month that
 * has begun in `zone` (a report is about the past): in March, "december" is last December.
 */
export function resolveMonth(text: string, now: Date, zone: string): string | null {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 1 && isMonthKey(words[0] ?? '')) return words[0] ?? null;
  const n = monthNumberOf(words[0] ?? '');
  if (n === null || words.length > 2) return null;
  const current = DateTime.fromJSDate(now, { zone });
  if (words.length === 2) return /^\d{4}$/.test(words[1] ?? '') ? `${words[1]}-${String(n).padStart(2, '0')}` : null;
  const year = n <= current.month ? current.year : current.year - 1;
  return `${year}-${String(n).padStart(2, '0')}`;
}
