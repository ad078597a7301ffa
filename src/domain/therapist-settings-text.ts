// What a therapist types to set their own tools (docs/design.md §9), read the same way on Slack (`/wellbeing link …`,
// `/wellbeing hours …`) and Teams (`link …`, `hours …` in the 1:1 chat), and the sentences that confirm it. Pure.
import type { Reader } from '../i18n/locales.js';
import { wordsFor } from '../i18n/words.js';
import type { SessionView } from '../notices/notice.js';
import { hoursLine, type ReplyHours } from './care.js';
import { dayDate } from '../i18n/dates.js';

const dayNames = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `remove` (or `off`, `none`) clears the link; anything else is the link itself, checked by the service. */
export function meetingLinkArgument(text: string): string | null {
  const value = text.trim();
  return /^(remove|off|none)$/i.test(value) ? null : value;
}

function dayOf(word: string): number | null {
  const i = dayNames.indexOf(word.slice(0, 3).toLowerCase());
  return i >= 0 && word.length <= 9 ? i + 1 : null;
}

/** `Mon-Fri`, `Mon,Wed,Fri` or `Sat`: ISO weekdays, or null when it is not a list of days. */
function parseDays(text: string): number[] | null {
  const days: number[] = [];
  for (const part of text.split(',')) {
    const [from, to, extra] = part.split(/[-–]/);
    if (extra !== undefined || !from) return null;
    const a = dayOf(from);
    const b = to === undefined ? a : dayOf(to);
    if (a === null || b === null || b < a) return null;
    for (let d = a; d <= b; d++) days.push(d);
  }
  return days;
}

const pad = (t: string) => (t.length === 4 ? `0${t}` : t);

export interface ReplyHoursInput {
  usualReply: string | null;
  hours: ReplyHours | null;
}

/**
 * `Mon-Fri 09:00-17:00 within one working day`: the days, the hours, then (optionally, quoted or not) the usual
 * reply time as it reads after "usually replies". Null when it does not have that shape; the service checks the rest.
 */
export function parseReplyHoursText(text: string): ReplyHoursInput | null {
  const match = /^(\S+)\s+(\d{1,2}:\d{2})\s*[-–]\s*(\d{1,2}:\d{2})(?:\s+(.+))?$/s.exec(text.trim());
  if (!match) return null;
  const [, dayText = '', from = '', to = '', rest] = match;
  const days = parseDays(dayText);
  if (!days) return null;
  const usualReply = rest
    ?.trim()
    .replace(/^["“'‘](.*)["”'’]$/s, '$1')
    .replace(/^usually\s+(replies\s+)?/i, '')
    .trim();
  return { usualReply: usualReply || null, hours: { days, from: pad(from), to: pad(to) } };
}

export function meetingLinkSetText(link: string | null, reader: Reader): string {
  const w = wordsFor(reader);
  return link ? w.t('wording.settings.linkSet', { link }) : w.t('wording.settings.linkRemoved');
}

export function replyHoursSetText(input: ReplyHoursInput, reader: Reader): string {
  const w = wordsFor(reader);
  const hours = input.hours
    ? w.t('wording.settings.hoursSet', { hours: hoursLine(input.hours, w.zone, w) })
    : w.t('wording.settings.hoursCleared');
  return input.usualReply ? `${hours} ${w.t('wording.settings.usualReply', { usualReply: input.usualReply })}` : hours;
}

/** How to write both, for help texts and for a command given without its argument. */
export function therapistSettingsUsage(reader: Reader) {
  const w = wordsFor(reader);
  return {
    link: w.t('wording.settings.usage.link'),
    hours: w.t('wording.settings.usage.hours'),
    notice: w.t('wording.settings.usage.notice'),
    away: w.t('wording.settings.usage.away'),
  } as const;
}

/** What the therapist is told after `away`: their periods, and the sessions already booked in the one added. */
export function awaySetText(periods: { from: string; to: string }[], booked: SessionView[], reader: Reader): string {
  const w = wordsFor(reader);
  const day = (d: string) => dayDate(d, w);
  const list = periods.length
    ? w.t('wording.settings.awaySet', {
        periods: periods
          .map((p) => (p.from === p.to ? day(p.from) : w.t('wording.settings.awayRange', { from: day(p.from), to: day(p.to) })))
          .join(', '),
      })
    : w.t('wording.settings.noAway');
  if (booked.length === 0) return list;
  const sessions = booked.map((s) => w.t('wording.settings.awayBookedSession', { when: w.span(s), employee: s.employeeName })).join('; ');
  return `${list} ${w.t('wording.settings.awayBooked', { sessions })}`;
}

/**
 * What each setting is called when someone who is not a therapist tries it: the `not_therapist` refusal's action
 * (src/domain/refusals.ts words it for the reader).
 */
export const therapistSettingAction = {
  link: 'link',
  hours: 'hours',
  notice: 'notice',
  away: 'away',
} as const;

/** What the therapist is told once their booking notice is set. */
export function bookingNoticeSetText(hours: number, reader: Reader): string {
  return wordsFor(reader).t('wording.settings.noticeSet', { hours });
}
