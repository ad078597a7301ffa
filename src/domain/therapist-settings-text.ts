// What a therapist types to set their own tools (docs/design.md §9), read the same way on Slack (`/wellbeing link …`,
// `/wellbeing hours …`) and Teams (`link …`, `hours …` in the 1:1 chat), and the sentences that confirm it. Pure.
import { hoursLine, type ReplyHours } from './care.js';
import { dayWords } from './away.js';
import { formatSpan } from './time.js';
import type { SessionView } from '../notices/notice.js';

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

export function meetingLinkSetText(link: string | null): string {
  return link
    ? `Your meeting link is now ${link}. Your clients see it with each session, in reminders and in calendar invitations.`
    : 'Your meeting link was removed.';
}

export function replyHoursSetText(input: ReplyHoursInput, zone: string): string {
  const hours = input.hours ? `Your usual hours are now ${hoursLine(input.hours, zone)}.` : 'Your usual hours were cleared.';
  const reply = input.usualReply ? ` Clients who message you are told you usually reply ${input.usualReply}.` : '';
  return `${hours}${reply}`;
}

/** How to write both, for help texts and for a command given without its argument. */
export const therapistSettingsUsage = {
  link: 'link https://meet.example.com/your-room (or link remove)',
  hours: 'hours Mon-Fri 09:00-17:00 within one working day',
  notice: 'notice 12 (hours, 1 to 72)',
  away: 'away 2027-01-04 2027-01-15 (first and last day; away clear removes them)',
} as const;

/** What the therapist is told after `away`: their periods, and the sessions already booked in the one added. */
export function awaySetText(periods: { from: string; to: string }[], booked: SessionView[], zone: string): string {
  const list = periods.length
    ? `You're away ${periods.map((p) => (p.from === p.to ? dayWords(p.from) : `${dayWords(p.from)} – ${dayWords(p.to)}`)).join(', ')}: clients can't book or ask for times then, and anyone who writes is told when you're back.`
    : 'You have no days away set.';
  if (booked.length === 0) return list;
  const sessions = booked.map((s) => `${formatSpan(s.start, s.end, zone)} with ${s.employeeName}`).join('; ');
  return `${list} Already booked then: ${sessions}. Cancel them from your sessions, or message your clients to arrange another time.`;
}

/** What each setting is called when someone who is not a therapist tries it (Slack and Teams say it alike). */
export const therapistSettingAction = {
  link: 'set a meeting link',
  hours: 'set reply hours',
  notice: 'set a booking notice',
  away: 'set days away',
} as const;

/** What the therapist is told once their booking notice is set. */
export function bookingNoticeSetText(hours: number): string {
  return `Clients can now book, request or accept times with you at least ${hours} ${hours === 1 ? 'hour' : 'hours'} ahead. Your own proposals are not limited by it.`;
}
