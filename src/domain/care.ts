// Care between sessions (docs/design.md §9): the relay is not a crisis service. When a conversation opens, and when an
// employee writes outside their therapist's usual hours, they are told when the therapist usually replies and
// where to turn meanwhile (the organisation's support line). Pure rules and words; no I/O.
import { DateTime } from 'luxon';
import type { Reader } from '../i18n/locales.js';
import { wordsFor } from '../i18n/words.js';
import { clockTime, dayDate, weekdayNames } from '../i18n/dates.js';

/** A therapist's usual hours, in their own zone: ISO weekdays (1 = Monday) and a local time span. */
export interface ReplyHours {
  days: number[];
  from: string; // HH:mm
  to: string; // HH:mm
}

export interface CareNote {
  therapistName: string;
  therapistZone: string;
  usualReply: string | null;
  hours: ReplyHours | null;
  supportLine: string | null;
  outsideHours: boolean;
  /**
   * While the therapist is away: the day they are back (`yyyy-MM-dd`), shown in the reader's words. Notes written
   * before it was kept carry `awayUntil` instead, already in English words ("Mon 18 Jan 2027").
   */
  awayBack?: string | null;
  awayUntil?: string | null;
}

export function isWithinHours(now: Date, hours: ReplyHours, zone: string): boolean {
  const local = DateTime.fromJSDate(now, { zone });
  const hhmm = local.toFormat('HH:mm');
  return hours.days.includes(local.weekday) && hhmm >= hours.from && hhmm < hours.to;
}

/** "Mon–Fri, 09:00–17:00 (Europe/London)": a therapist's usual hours, in the reader's words and clock. */
export function hoursLine(hours: ReplyHours, zone: string, reader: Reader): string {
  const w = wordsFor(reader);
  const dayNames = weekdayNames(w);
  const days = [...hours.days].sort((a, b) => a - b);
  const consecutive = days.every((d, i) => i === 0 || d === (days[i - 1] as number) + 1);
  const dayText =
    consecutive && days.length > 2
      ? `${dayNames[(days[0] as number) - 1]}–${dayNames[(days.at(-1) as number) - 1]}`
      : days.map((d) => dayNames[d - 1]).join(', ');
  return w.t('wording.care.hours', { days: dayText, from: clockTime(hours.from, w), to: clockTime(hours.to, w), zone });
}

/** "This chat is not a crisis service.", in the reader's language. */
export function notACrisisService(reader: Reader): string {
  return wordsFor(reader).t('wording.care.notCrisis');
}

export function careNoteText(note: CareNote, reader: Reader): { title: string; lines: string[] } {
  const w = wordsFor(reader);
  const therapist = note.therapistName;
  const until = note.awayBack ? dayDate(note.awayBack, w) : note.awayUntil;
  return {
    title: until
      ? w.t('wording.care.awayTitle', { therapist, until })
      : note.outsideHours
        ? w.t('wording.care.outsideTitle', { therapist })
        : w.t('wording.care.title', { therapist }),
    lines: [
      until
        ? w.t('wording.care.awayLine', { therapist, until })
        : note.outsideHours
          ? w.t('wording.care.outsideLine', { therapist })
          : w.t('wording.care.line', { therapist }),
      ...(note.usualReply ? [w.t('wording.care.usualReply', { therapist, usualReply: note.usualReply })] : []),
      ...(note.hours ? [w.t('wording.care.usualHours', { hours: hoursLine(note.hours, note.therapistZone, w) })] : []),
      note.supportLine ? w.t('wording.care.helpNowContact', { supportLine: note.supportLine }) : w.t('wording.care.helpNow'),
    ],
  };
}
