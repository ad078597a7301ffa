// What reminders and join links say, for one reader in their zone. Kept beside wording.ts, which calls it.
import { DateTime } from 'luxon';
import type { ReminderNotice, SessionView } from '../notices/notice.js';
import { formatSpan } from './time.js';

/** "15:00 today", "15:00 tomorrow", or "15:00 on Tue 3 Mar": the cutoff as the reader says it, from `at`. */
export function relativeMoment(instant: Date, at: Date, zone: string): string {
  const moment = DateTime.fromJSDate(instant, { zone });
  const days = moment.startOf('day').diff(DateTime.fromJSDate(at, { zone }).startOf('day'), 'days').days;
  const time = moment.toFormat('HH:mm');
  if (days === 0) return `${time} today`;
  if (days === 1) return `${time} tomorrow`;
  return `${time} on ${moment.toFormat('ccc d LLL')}`;
}

export function joinLine(session: Pick<SessionView, 'joinUrl'>): string[] {
  return session.joinUrl ? [`Join: ${session.joinUrl}`] : [];
}

export function reminderText(notice: ReminderNotice, zone: string): { title: string; lines: string[] } {
  const s = notice.session;
  const about = [formatSpan(s.start, s.end, zone), `${s.employeeName} with ${s.therapistName}`];
  if (notice.kind === 'reminder_cutoff') {
    return {
      title: 'Reminder: your session can still be moved',
      lines: [
        ...about,
        `After ${relativeMoment(notice.cutoffAt, notice.at, zone)} this session can no longer be moved; reschedule or cancel now if you need to.`,
      ],
    };
  }
  return {
    // Read by both people: worded for neither one's side (the names say whose session it is).
    title: 'Session starting soon',
    lines: [...about, ...(s.joinUrl ? [`Join: ${s.joinUrl}`] : ['The join details come from your therapist.'])],
  };
}
