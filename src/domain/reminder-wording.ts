// What reminders and join links say, for one reader in their zone and language. Kept beside wording.ts, which calls it.
import { DateTime } from 'luxon';
import type { Reader } from '../i18n/locales.js';
import { wordsFor, type Words } from '../i18n/words.js';
import type { ReminderNotice, SessionView } from '../notices/notice.js';
import { shortDate } from '../i18n/dates.js';

/** "15:00 today", "15:00 tomorrow", or "15:00 on Tue 3 Mar": the cutoff as the reader says it, from `at`. */
export function relativeMoment(instant: Date, at: Date, reader: Reader): string {
  const w = wordsFor(reader);
  const moment = DateTime.fromJSDate(instant, { zone: w.zone });
  const days = moment.startOf('day').diff(DateTime.fromJSDate(at, { zone: w.zone }).startOf('day'), 'days').days;
  const time = w.time(instant);
  if (days === 0) return w.t('wording.moment.today', { time });
  if (days === 1) return w.t('wording.moment.tomorrow', { time });
  return w.t('wording.moment.on', { time, day: shortDate(instant, w) });
}

export function joinLine(session: Pick<SessionView, 'joinUrl'>, reader: Reader): string[] {
  return session.joinUrl ? [wordsFor(reader).t('wording.line.join', { url: session.joinUrl })] : [];
}

export function reminderText(notice: ReminderNotice, reader: Reader): { title: string; lines: string[] } {
  const w: Words = wordsFor(reader);
  const s = notice.session;
  const about = [w.span(s), w.t('wording.line.pair', { employee: s.employeeName, therapist: s.therapistName })];
  if (notice.kind === 'reminder_cutoff') {
    return {
      title: w.t('wording.reminder.cutoffTitle'),
      lines: [...about, w.t('wording.reminder.cutoffLine', { moment: relativeMoment(notice.cutoffAt, notice.at, w) })],
    };
  }
  return {
    // Read by both people: worded for neither one's side (the names say whose session it is).
    title: w.t('wording.reminder.startingTitle'),
    lines: [...about, ...(s.joinUrl ? joinLine(s, w) : [w.t('wording.reminder.joinFromTherapist')])],
  };
}
