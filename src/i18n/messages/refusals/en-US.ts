// American English: the British source with US spelling and usage where they differ (dates and the clock come from
// src/i18n/dates.ts, not from here).
import type { Translation } from '../types.js';
import { messages as enGB } from './en-GB.js';

export const messages: Translation<typeof enGB> = {
  ...enGB,
  'refusals.session_archived': 'That session is over and has been filed away with past sessions, so nothing on it can be changed anymore.',
  'refusals.request_archived':
    'That reschedule request was settled some time ago and has been filed away, so nothing on it can be changed anymore.',
  'refusals.unknown_slot': "That slot isn't in the therapist's availability anymore. Please pick another one.",
  'refusals.session_not_active': 'This session has already been canceled, rescheduled or has taken place.',
  'refusals.inside_cutoff':
    "This session starts within the next {hours, plural, one {# hour} other {# hours}}, so it can't be rescheduled anymore. You can still cancel it, but it will count against that month's allowance.",
  'refusals.not_hr_admin': 'Usage reports are only available to HR admins of your organization.',
  'refusals.unknown_therapist': "That person isn't registered as a therapist of your organization.",
  'refusals.slot_held': "That slot is booked, so it can't be removed. The session has to be canceled or moved first.",
  'refusals.organisation_not_set_up':
    "Your organization isn't set up with the wellbeing service yet, so I can't help here. Please ask your HR team to contact the provider.",
  'refusals.other_organisation':
    "You're registered with a different organization from the one this workspace belongs to, so I can't help here. Please ask your HR team to check your registration.",
  'refusals.therapist.session_not_active':
    "This session has already been canceled, rescheduled or has taken place, so this request can't be confirmed.",
};
