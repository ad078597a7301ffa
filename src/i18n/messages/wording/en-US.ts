// American English: the British source with US spelling and usage where they differ (dates and the clock come from
// src/i18n/dates.ts, not from here).
import type { Translation } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  ...enGB,
  'wording.cancelled.byService': 'Canceled by the wellbeing service.',
  'wording.line.locks':
    "{what, select, new {The new time} other {The proposed time}} is within {hours, plural, one {# hour} other {# hours}}: once you accept it, it can't be rescheduled again, only canceled.",
  'wording.expired.stands': 'The session stands as booked. It can still be canceled, but that counts against the allowance.',
  'wording.therapistChanged.employeeCredited':
    'Upcoming sessions with your previous therapist are canceled and credited back to your allowance; your history stays yours.',
  'wording.therapistChanged.therapistCancelled': 'Their upcoming sessions with you are canceled.',
  'wording.therapistChange.intro':
    'Ask the wellbeing service for a different therapist. No reason is needed and your therapist is not told. Once you have a new therapist, upcoming sessions with your current one are canceled and credited back to your allowance.',
  'wording.cancelled.title': 'Session canceled',
  'wording.cancelled.lateTitle': 'Session canceled (late cancellation)',
  'wording.cancelled.byYou': "You canceled it, so it is credited back to {employee}'s allowance; they have been told.",
  'wording.cancelled.byTherapistTitle': 'Session canceled by your therapist',
  'wording.cancelled.byTherapist': '{therapist} canceled this session, so this session is credited back to your allowance.',
  'wording.cancelled.late': "It was canceled within the reschedule window, so it still counts against that month's allowance.",
  'wording.decided.closedTitle': 'Reschedule request closed: session canceled',
  'wording.decided.closedLine': 'The session of {when} was canceled, so this request no longer applies.',
  'wording.notConfirmed.notActive': 'The session has already been canceled, rescheduled or has taken place.',
  'wording.since.cancelled': 'Since then, the session of {when} has been canceled.',
  'wording.consequence.therapist':
    "This session will be credited back to {employee}: it won't count against their allowance. They will be told it was canceled, with your reason.",
  'wording.help.hrUsage': 'program usage for your organization, counts only',
  'wording.usage.booked': 'Sessions booked (not canceled)',
};
