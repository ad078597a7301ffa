// Slot arithmetic: lengths, overlaps, weekly repetition (in the therapist's zone, so a weekly 09:00 stays 09:00
// across a DST change) and grouping by local day for pickers.
import { DateTime } from 'luxon';
import { localDay } from './time.js';

export const MIN_SLOT_MINUTES = 15;
export const MAX_SLOT_MINUTES = 240;
export const MAX_WEEKLY_REPEATS = 26;

export interface Span {
  start: Date;
  end: Date;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start.getTime() < b.end.getTime() && b.start.getTime() < a.end.getTime();
}

export function spanOf(start: Date, durationMinutes: number): Span {
  return { start, end: new Date(start.getTime() + durationMinutes * 60_000) };
}

export function durationMinutes(span: Span): number {
  return Math.round((span.end.getTime() - span.start.getTime()) / 60_000);
}

/** The first start plus the same wall-clock time in `weeks - 1` following weeks, in the given zone. */
export function weeklyStarts(first: Date, weeks: number, zone: string): Date[] {
  const local = DateTime.fromJSDate(first, { zone });
  return Array.from({ length: weeks }, (_, i) => local.plus({ weeks: i }).toUTC().toJSDate());
}

/** Any two spans in the list that overlap each other, reported once as index pairs. */
export function firstOverlap(spans: Span[]): [number, number] | null {
  const order = spans.map((s, i) => ({ s, i })).sort((a, b) => a.s.start.getTime() - b.s.start.getTime());
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1];
    const cur = order[k];
    if (prev && cur && overlaps(prev.s, cur.s)) return [prev.i, cur.i];
  }
  return null;
}

export function groupByLocalDay<T extends Span>(items: T[], zone: string): { day: string; items: T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => a.start.getTime() - b.start.getTime())) {
    const day = localDay(item.start, zone);
    groups.set(day, [...(groups.get(day) ?? []), item]);
  }
  return [...groups.entries()].map(([day, grouped]) => ({ day, items: grouped }));
}
