// Paging long lists of times on Teams cards. A list that fits is shown whole; a longer one by calendar week
// (Monday to Sunday in the reader's zone), and a week with more than fit on one card by runs of whole days (a day
// with more than fit by runs of times), so a card never holds more than `limit` times and stays well within
// Teams' message size (issue 18, item 13), while a person still moves through the list in order.
import { DateTime } from 'luxon';
import { weekLabel } from '../domain/weeks.js';
import { intlTag, pseudoText } from '../i18n/catalogue.js';
import { PSEUDO_LOCALE } from '../i18n/locales.js';
import type { Words } from '../i18n/words.js';

/** A page's key: the local start of what it covers, `YYYY-MM-DD` (a week's Monday or a day) or `YYYY-MM-DDTHH:mm`. */
export type PageKey = string;

export function isPageKey(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(value) && DateTime.fromISO(value).isValid;
}

export interface PageLink {
  key: PageKey;
  /** "week", "days" or "times": what a step to that page moves by. */
  step: 'week' | 'days' | 'times';
}

export interface TimesPage<T> {
  items: T[];
  /** Null when the whole list is on one card. */
  key: PageKey | null;
  /** "Week of Monday 7 January", "Wednesday 9 to Thursday 10 January"; '' when not paged. */
  label: string;
  previous: PageLink | null;
  next: PageLink | null;
}

interface Timed<T> {
  item: T;
  /** Its start in the reader's zone, with its day and week (`YYYY-MM-DD`), computed once. */
  local: DateTime;
  day: string;
  week: string;
}

interface Page<T> {
  key: PageKey;
  start: DateTime;
  entries: Timed<T>[];
  /** Whether the page is its whole week. */
  whole: boolean;
}

/** Splits `entries` (sorted) into runs of at most `limit`, cutting between days where it can. */
function runs<T>(entries: Timed<T>[], limit: number): Timed<T>[][] {
  const days: Timed<T>[][] = [];
  for (const entry of entries) {
    const last = days.at(-1);
    if (last?.[0]?.day === entry.day) last.push(entry);
    else days.push([entry]);
  }
  const out: Timed<T>[][] = [];
  for (const day of days) {
    const current = out.at(-1);
    if (current && current.length + day.length <= limit) current.push(...day);
    else {
      // A day with more than a page holds is cut into even runs (21 times: 11 and 10, not 20 and 1).
      const size = Math.ceil(day.length / Math.ceil(day.length / limit));
      for (let i = 0; i < day.length; i += size) out.push(day.slice(i, i + size));
    }
  }
  return out;
}

function weekPages<T>(week: string, entries: Timed<T>[], zone: string, limit: number): Page<T>[] {
  const monday = DateTime.fromISO(week, { zone });
  if (entries.length <= limit) return [{ key: week, start: monday, entries, whole: true }];
  const parts = runs(entries, limit);
  return parts.map((part, index) => {
    const first = (part[0] as Timed<T>).local;
    // A page starts at its first day's midnight, or at its first time when it continues a day (the week's first
    // page at the Monday), so the pages of a week cover it end to end and any instant has one page.
    const continuesDay = parts[index - 1]?.at(-1)?.day === part[0]?.day;
    const start = index === 0 ? monday : continuesDay ? first.startOf('minute') : first.startOf('day');
    const key = index === 0 ? week : continuesDay ? start.toFormat("yyyy-MM-dd'T'HH:mm") : (start.toISODate() ?? '');
    return { key, start, entries: part, whole: false };
  });
}

/** "Wednesday 9": a day whose month the label names once, after the range's last day (British English: the house style's tokens, as dates.ts). */
function weekdayAndDay(at: DateTime, w: Words): string {
  if (w.locale === 'en-GB') return at.setLocale('en-US').toFormat('cccc d');
  if (w.locale === PSEUDO_LOCALE) return pseudoText(at.setLocale('en-US').toFormat('cccc d'));
  return at.setLocale(intlTag(w.locale)).toLocaleString({ weekday: 'long', day: 'numeric' });
}

function pageLabel<T>(page: Page<T>, w: Words, continuesDay: boolean): string {
  // TODO(i18n): weekLabel is the domain's; it takes the reader once the domain does.
  if (page.whole) return weekLabel(page.key.slice(0, 10), w);
  const first = (page.entries[0] as Timed<T>).local;
  const last = (page.entries.at(-1) as Timed<T>).local;
  const sameDay = first.hasSame(last, 'day');
  const day = (at: DateTime) => w.day(at.toISODate() ?? '');
  // A page that goes on with the previous page's day says from when.
  if (continuesDay) {
    const time = w.time(first.toJSDate());
    return sameDay
      ? w.t('teams.pages.dayFrom', { day: day(first), time })
      : w.t('teams.pages.dayFromTo', { day: day(first), time, lastDay: day(last) });
  }
  if (sameDay) return day(first);
  const from = first.hasSame(last, 'month') ? weekdayAndDay(first, w) : day(first);
  return w.t('teams.pages.days', { first: from, last: day(last) });
}

function stepBetween<T>(a: Timed<T>, b: Timed<T>): PageLink['step'] {
  if (a.week !== b.week) return 'week';
  return a.day === b.day ? 'times' : 'days';
}

/**
 * The page of `items` to show: the one covering the requested key's instant, else the next page that has times
 * (so "Later" never lands on nothing), else the last. Without a request, the first page.
 */
export function pageTimes<T extends { start: Date }>(items: T[], w: Words, limit: number, requested?: PageKey | null): TimesPage<T> {
  const zone = w.zone;
  const sorted = [...items].sort((a, b) => a.start.getTime() - b.start.getTime());
  if (sorted.length <= limit) return { items: sorted, key: null, label: '', previous: null, next: null };
  const weeks = new Map<string, Timed<T>[]>();
  for (const item of sorted) {
    const local = DateTime.fromJSDate(item.start, { zone });
    const entry = { item, local, day: local.toISODate() ?? '', week: local.startOf('week').toISODate() ?? '' };
    const week = weeks.get(entry.week);
    if (week) week.push(entry);
    else weeks.set(entry.week, [entry]);
  }
  const pages = [...weeks].flatMap(([week, entries]) => weekPages(week, entries, zone, limit));
  const at = requested && isPageKey(requested) ? DateTime.fromISO(requested, { zone }) : null;
  let index = 0;
  if (at) {
    const endOf = (i: number) => {
      const page = pages[i] as Page<T>;
      const weekEnd = DateTime.fromISO((page.entries[0] as Timed<T>).week, { zone }).plus({ weeks: 1 });
      const next = pages[i + 1];
      return next && next.start < weekEnd ? next.start : weekEnd;
    };
    const covering = pages.findIndex((p, i) => p.start <= at && at < endOf(i));
    const after = pages.findIndex((p) => p.start > at);
    index = covering !== -1 ? covering : after !== -1 ? after : pages.length - 1;
  }
  const page = pages[index] as Page<T>;
  const before = pages[index - 1];
  const following = pages[index + 1];
  const firstOf = (p: Page<T>) => p.entries[0] as Timed<T>;
  const lastOf = (p: Page<T>) => p.entries.at(-1) as Timed<T>;
  const continuesDay = before !== undefined && lastOf(before).day === firstOf(page).day;
  return {
    items: page.entries.map((e) => e.item),
    key: page.key,
    label: pageLabel(page, w, continuesDay),
    previous: before ? { key: before.key, step: stepBetween(lastOf(before), firstOf(page)) } : null,
    next: following ? { key: following.key, step: stepBetween(lastOf(page), firstOf(following)) } : null,
  };
}
