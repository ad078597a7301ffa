// A therapist's away periods (issue: therapist-led scheduling, §5): whole days in the therapist's own zone, first
// and last day included. While away their open times are not offered or bookable, and a client who writes is told
// once when they are back. Pure rules; no I/O.
import { DateTime } from 'luxon';
import type { Reader } from '../i18n/locales.js';
import { dayDate } from '../i18n/dates.js';

export interface AwayPeriod {
  from: string; // yyyy-MM-dd, the first day away
  to: string; // yyyy-MM-dd, the last day away
}

/** The period `instant` falls in, seen in the therapist's zone, if any. */
export function awayAt(instant: Date, periods: readonly AwayPeriod[] | null | undefined, zone: string): AwayPeriod | null {
  const day = DateTime.fromJSDate(instant, { zone }).toFormat('yyyy-MM-dd');
  return (periods ?? []).find((p) => p.from <= day && day <= p.to) ?? null;
}

/** The day they are back: the day after the period. */
export function backOn(period: AwayPeriod): string {
  return DateTime.fromISO(period.to).plus({ days: 1 }).toFormat('yyyy-MM-dd');
}

/** "Mon 18 Jan 2027": a day as people read it, in British English unless a reader is given. */
export function dayWords(day: string, reader: Reader): string {
  return dayDate(day, reader ?? { locale: 'en-GB' });
}

/** Periods that have not ended by `today` (yyyy-MM-dd), in order: ended ones are dropped when a period is added. */
export function currentPeriods(periods: readonly AwayPeriod[], today: string): AwayPeriod[] {
  return periods.filter((p) => p.to >= today).sort((a, b) => a.from.localeCompare(b.from));
}
