// Paging long lists of times by calendar week (Monday to Sunday in the reader's zone), so pickers stay within the
// platforms' limits (Slack: 100 options; Teams: cards of a readable size) and a person moves a week at a time.
import { DateTime } from 'luxon';
import type { Reader } from '../i18n/locales.js';
import { wordsFor } from '../i18n/words.js';
import { isOutsideCutoff } from './policy.js';

/** The Monday (`YYYY-MM-DD`) of the week an instant falls in, in a zone. */
export function weekOf(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).startOf('week').toISODate() ?? '';
}

export function isWeekKey(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid;
}

/** "Week of Monday 12 January", in the reader's words. */
export function weekLabel(week: string, reader: Reader): string {
  const w = wordsFor(reader);
  return w.t('wording.weekOf', { day: w.day(week) });
}

export interface WeekPage<T> {
  items: T[];
  /** Null when the list was short enough to show whole. */
  week: string | null;
  previous: string | null;
  next: string | null;
}

/**
 * The items of one week, or all of them when they fit in `limit`. Only weeks that have items are pages, so
 * "next" never lands on an empty week; a requested week without items shows the next one that has some.
 */
export function pageByWeek<T extends { start: Date }>(items: T[], zone: string, limit: number, requested?: string | null): WeekPage<T> {
  if (items.length <= limit) return { items, week: null, previous: null, next: null };
  const weeks = [...new Set(items.map((i) => weekOf(i.start, zone)))].sort();
  const wanted = requested ?? weeks[0] ?? '';
  const found = weeks.findIndex((w) => w >= wanted);
  const index = found === -1 ? weeks.length - 1 : found;
  const week = weeks[index] ?? '';
  return {
    items: items.filter((i) => weekOf(i.start, zone) === week),
    week,
    previous: weeks[index - 1] ?? null,
    next: weeks[index + 1] ?? null,
  };
}

/**
 * Where a reschedule picker opens: at the first open time outside the reschedule window, so a week whose only times
 * fall inside it (they would leave the session immovable) is not shown first. The first open time when none is.
 */
export function firstChoosable<T extends { start: Date; held?: boolean }>(slots: T[], now: Date, cutoffHours: number): T | undefined {
  const open = slots.filter((s) => !s.held && s.start.getTime() > now.getTime()).sort((a, b) => a.start.getTime() - b.start.getTime());
  return open.find((s) => isOutsideCutoff(s.start, now, cutoffHours)) ?? open[0];
}
