// Every reason the service refuses something, with the one sentence a person reads about it. Slack and Teams
// both render these, so the two platforms never disagree about a rule.
import { REASON_MAX_LENGTH, REASON_MIN_LENGTH } from './reason.js';
import { monthName } from './time.js';

export type RefusalCode =
  | 'bad_input'
  | 'not_registered'
  | 'no_therapist'
  | 'therapist_not_linked'
  | 'unknown_session'
  | 'unknown_request'
  | 'session_archived'
  | 'request_archived'
  | 'unknown_slot'
  | 'not_your_session'
  | 'not_linked_therapist'
  | 'not_awaiting_you'
  | 'no_time_picked'
  | 'beyond_horizon'
  | 'too_soon'
  | 'therapist_away'
  | 'invalid_away_period'
  | 'invalid_booking_notice'
  | 'session_not_active'
  | 'inside_cutoff'
  | 'time_in_past'
  | 'malformed_time'
  | 'nonexistent_local_time'
  | 'slot_taken'
  | 'same_time'
  | 'allowance_exhausted'
  | 'request_pending'
  | 'already_decided'
  | 'reason_missing'
  | 'reason_too_long'
  | 'not_hr_admin'
  | 'not_therapist'
  | 'not_operator'
  | 'unknown_therapist'
  | 'slot_overlap'
  | 'slot_held'
  | 'invalid_duration'
  | 'invalid_repeat'
  | 'invalid_month'
  | 'relay_failed'
  | 'therapist_channel_unreachable'
  | 'text_only'
  | 'just_changed'
  | 'personal_chat_only'
  | 'organisation_not_set_up'
  | 'other_organisation'
  | 'not_ended'
  | 'already_marked'
  | 'invalid_meeting_link'
  | 'invalid_reply_hours'
  | 'unknown_offer'
  | 'offer_closed'
  | 'offer_time_taken'
  | 'offer_changed'
  | 'invalid_offer'
  | 'not_your_client'
  | 'move_inside_cutoff'
  | 'client_request_pending'
  | 'move_awaiting_client'
  | 'therapist_move_pending'
  | 'move_allowance_exhausted'
  | 'own_time_while_away'
  | 'move_time_taken'
  | 'invalid_recommendation'
  | 'allowance_left'
  | 'recommendation_pending'
  | 'unknown_recommendation'
  | 'thread_closed';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  params?: Record<string, string | number>;
}

export function refuse(code: RefusalCode, params?: Record<string, string | number>): Refusal {
  return params ? { ok: false, code, params } : { ok: false, code };
}

const sentences: Record<RefusalCode, (p: Record<string, string | number>) => string> = {
  bad_input: () => "I couldn't read that request. Please try again from a fresh message.",
  not_registered: () => "You're not registered with the wellbeing service yet. Please ask your HR team to add you.",
  no_therapist: () => "You don't have a therapist assigned yet. Your HR team can arrange one.",
  therapist_not_linked: () =>
    "Your therapist's conversation channel isn't set up yet, so I can't reach them. Please let your HR team know.",
  unknown_session: () => "I couldn't find that session. It may have been changed in the meantime: refresh and try again.",
  unknown_request: () => "I couldn't find that reschedule request.",
  session_archived: () => 'That session is over and has been filed away with past sessions, so nothing on it can be changed any more.',
  request_archived: () =>
    'That reschedule request was settled some time ago and has been filed away, so nothing on it can be changed any more.',
  unknown_slot: () => "That slot isn't in the therapist's availability any more. Please pick another one.",
  not_your_session: () => "That session isn't yours, so you can't change it.",
  not_linked_therapist: () => 'Only the therapist linked to this channel can do that.',
  not_awaiting_you: () =>
    "This request is waiting for your therapist's answer, not yours. You can still withdraw it from your sessions, or message your therapist.",
  session_not_active: () => 'This session has already been cancelled, rescheduled or has taken place.',
  inside_cutoff: (p) =>
    `This session starts within the next ${p.hours ?? 24} hours, so it can't be rescheduled any more. ` +
    "You can still cancel it, but it will count against that month's allowance.",
  time_in_past: () => 'That time has already passed. Please pick a time in the future.',
  malformed_time: () => "That date or time isn't valid. Please pick both a date and a time.",
  no_time_picked: () => 'Please pick a time: one of the open times, or a date and a time of your own.',
  therapist_away: (p) => `Your therapist is away then${p.back ? ` and back on ${p.back}` : ''}. Please pick a time when they are back.`,
  invalid_away_period: () =>
    'Please give the first and last day away as YYYY-MM-DD YYYY-MM-DD, for example: away 2027-01-04 2027-01-15 (at most 92 days, not in the past), or away clear. Nothing was changed.',
  too_soon: (p) => `Your therapist needs at least ${p.hours ?? 24} hours' notice. Please pick a later time.`,
  invalid_booking_notice: () =>
    'Please give your booking notice in whole hours, from 1 to 72, for example: notice 12. Nothing was changed.',
  beyond_horizon: (p) =>
    `You can book up to the end of ${monthOf(p)}, the last month whose allowance you can see. Later times open as their month comes closer.`,
  nonexistent_local_time: () => "That time doesn't exist in your time zone because the clocks change that day. Please pick another time.",
  slot_taken: () => 'That time is no longer free. Please pick another slot.',
  same_time: () => "That's the session's current time. Please pick a different time.",
  allowance_exhausted: (p) => `You've used all ${p.allowance ?? 0} sessions of your allowance for ${monthOf(p)}.`,
  request_pending: () => 'There is already a reschedule request waiting for an answer on this session.',
  already_decided: (p) => `This request has already ${decidedWords[String(p.status)] ?? 'been decided'}.`,
  reason_missing: () => `Please give a reason (at least ${REASON_MIN_LENGTH} characters).`,
  reason_too_long: () => `The reason is too long: ${REASON_MAX_LENGTH} characters at most, please.`,
  not_hr_admin: () => 'Usage reports are only available to HR admins of your organisation.',
  // `action` names what was tried (set a meeting link, set reply hours); availability is the oldest such tool.
  not_therapist: (p) => `Only therapists can ${p.action ?? 'manage availability'}.`,
  not_operator: () => 'Only operators and HR admins of the wellbeing service can do that.',
  unknown_therapist: () => "That person isn't registered as a therapist of your organisation.",
  slot_overlap: (p) => `That overlaps with another slot${p.when ? ` (${p.when})` : ''}. Please pick a free time.`,
  slot_held: () => "That slot is booked, so it can't be removed. The session has to be cancelled or moved first.",
  invalid_duration: () => 'A slot must last between 15 minutes and 4 hours.',
  invalid_repeat: () => 'A slot can repeat weekly for 1 to 26 weeks.',
  invalid_month: () => 'Please give the month as YYYY-MM or by its name, for example 2026-03, March or March 2026.',
  relay_failed: () => "Your message couldn't be delivered just now. Nothing was sent; please try again in a moment.",
  // The bot is not in the therapist's channel: trying again cannot help until the provider adds it.
  therapist_channel_unreachable: (p) =>
    "Your message couldn't reach your therapist yet because their channel isn't ready for me; the wellbeing service's team has been told" +
    (p.supportLine ? `, and if you need support in the meantime you can contact ${p.supportLine}.` : ' and will sort it out.'),
  text_only: () => "I can only pass on text: files and attachments aren't sent to your therapist. Please write your message as text.",
  just_changed: () => 'This was changed by someone else a moment ago. Please refresh and try again.',
  personal_chat_only: () =>
    'I only show and change sessions in your 1:1 chat with me, never where others can read along. Open a chat with me to see your sessions, book or reschedule.',
  organisation_not_set_up: () =>
    "Your organisation isn't set up with the wellbeing service yet, so I can't help here. Please ask your HR team to contact the provider.",
  other_organisation: () =>
    "You're registered with a different organisation from the one this workspace belongs to, so I can't help here. Please ask your HR team to check your registration.",
  not_ended: () => "This session hasn't ended yet: attendance can be marked once it is over.",
  already_marked: (p) =>
    `Attendance for this session was already marked${p.marked === 'no_show' ? ' as a no-show' : p.marked === 'attended' ? ' as attended' : ''}. Nothing was changed.`,
  invalid_meeting_link: () =>
    'A meeting link must be a full https:// address of at most 500 characters, for example https://meet.example.com/your-room. Nothing was changed.',
  invalid_reply_hours: () =>
    'Please give your hours as days and a time range that ends after it starts, then your usual reply time, for example: Mon-Fri 09:00-17:00 within one working day. Nothing was changed.',
  unknown_offer: () => "I couldn't find those offered times. Please message your therapist to arrange your next session.",
  offer_closed: (p) =>
    `These offered times ${offerClosedWords[String(p.status)] ?? 'are no longer open'}. Please message your therapist to arrange your next session.`,
  offer_time_taken: (p) =>
    `${p.when ? `${p.when}` : 'One of those times'} is no longer free in your calendar (a session or another held time overlaps it). Nothing was offered: please pick other times.`,
  offer_changed: () =>
    'Another offer to this client was made or answered a moment ago. Nothing was offered: please look at the thread and try again.',
  invalid_offer: (p) =>
    `Please offer 1 to 3 different times that don't overlap, in the future${p.horizon ? ` and no later than the end of ${monthOf({ month: p.horizon })}` : ''}, held for ${OFFER_EXPIRY_WORDS}. Nothing was offered.`,
  not_your_client: () => "That person isn't one of your clients, so I can't do that for them. Nothing was sent.",
  // A therapist moving a session (docs/design.md §2, rule 12): worded for the therapist who acted, naming their client.
  move_inside_cutoff: (p) =>
    `This session starts within the next ${p.hours ?? 24} hours, so it can no longer be moved. ` +
    `You can still cancel it: it is credited back to ${clientOf(p)}, who is told with your reason.`,
  client_request_pending: (p) => `${clientOf(p, 'Your client')} already asked to move this session; answer their request first.`,
  move_awaiting_client: (p) => `You have already asked ${clientOf(p)} to move this session; their answer will appear in their thread.`,
  move_allowance_exhausted: (p) =>
    `${clientOf(p, 'Your client')} has used all ${p.allowance ?? 0} sessions of their allowance for ${monthOf(p)}, so the session can't be moved there. Please pick a time in another month.`,
  own_time_while_away: (p) => `You're away then${p.back ? ` (back on ${p.back})` : ''}. Please pick a time when you're not away.`,
  move_time_taken: () =>
    'That time is not free in your calendar (another session or a held request overlaps it). Please pick another time.',
  // The client, when their therapist's request to move the session waits for their answer.
  therapist_move_pending: (p) =>
    `${p.therapist ?? 'Your therapist'} has asked to move this session to another time: please accept or decline that first, in your messages with me.`,
  // Extra sessions (issue 19, §4): only a therapist meets these, so they speak to the therapist.
  invalid_recommendation: (p) =>
    `Please recommend ${p.min ?? 1} to ${p.max ?? 4} extra sessions for this month or next month, with a clinical note of ${p.noteMin ?? 3} to ${p.noteMax ?? 1000} characters. Nothing was sent.`,
  allowance_left: (p) =>
    `Your client still has ${p.left ?? 'some'} of their sessions for ${monthOf(p)} left. You can recommend more once they have used them. Nothing was sent.`,
  recommendation_pending: (p) =>
    `You have already recommended more sessions for your client in ${monthOf(p)}; the wellbeing service will decide it. Nothing new was sent.`,
  unknown_recommendation: () => "I couldn't find that recommendation.",
  thread_closed: () => 'This conversation is closed: your client now works with another therapist, so replies here no longer reach them.',
};

/** The offer's expiry bounds, in words (domain/offers.ts holds the numbers). */
const OFFER_EXPIRY_WORDS = '1 to 168 hours (48 unless you choose)';

/** How a closed offer reads after "These offered times …". */
const offerClosedWords: Record<string, string> = {
  booked: 'have already been booked',
  declined: 'were declined',
  replaced: 'were replaced by a newer offer: please use that one',
  expired: 'have expired',
  withdrawn: 'were withdrawn',
};

/** The client a therapist's refusal names; "your client" where the name is not known. */
function clientOf(p: Record<string, string | number>, fallback = 'your client'): string {
  return p.client === undefined ? fallback : String(p.client);
}

/**
 * The few refusals a therapist meets when Confirm fails, in their words: the sentences above speak to the employee
 * ("your allowance", "pick another slot"), which reads wrong to the person deciding someone else's request.
 */
const therapistSentences: Partial<Record<RefusalCode, (p: Record<string, string | number>) => string>> = {
  slot_taken: () =>
    "That time is no longer free in your calendar (another session or a held request overlaps it), so this request can't be confirmed. Propose another time or decline it.",
  allowance_exhausted: (p) =>
    `Your client has used all ${p.allowance ?? 0} sessions of their allowance for ${monthOf(p)}, so the session can't be moved there. Propose a time in another month or decline the request.`,
  inside_cutoff: (p) =>
    `This session now starts within the next ${p.hours ?? 24} hours, so it can no longer be rescheduled: this request can't be confirmed and the session stands as booked.`,
  session_not_active: () => "This session has already been cancelled, rescheduled or has taken place, so this request can't be confirmed.",
  time_in_past: () => "The requested time has already passed, so this request can't be confirmed. Propose another time or decline it.",
  not_awaiting_you: () => "This request is waiting for your client's answer, not yours. You'll see their answer in this thread.",
  not_your_session: () => "That session isn't one of your clients', so you can't change it. Your own sessions are listed in your week.",
  offer_closed: (p) => `This offer ${offerClosedWords[String(p.status)] ?? 'is no longer open'}.`,
  unknown_offer: () => "I couldn't find that offer.",
};

/** How each state of a request reads after "This request has already …". */
const decidedWords: Record<string, string> = {
  confirmed: 'been confirmed',
  declined: 'been declined',
  approved: 'been approved',
  withdrawn: 'been withdrawn',
  expired: 'expired',
  proposed: 'been answered with another time',
  decided: 'been decided',
};

/** Who reads the sentence: the employee (the default) or the therapist deciding the request. */
export type RefusalAudience = 'employee' | 'therapist';

/** The audience of a refusal is who acted, never whose button it was: an employee replaying a Confirm is an employee. */
export function audienceOf(actor: { roles: readonly string[] }): RefusalAudience {
  return actor.roles.includes('therapist') ? 'therapist' : 'employee';
}

export function refusalText(refusal: Pick<Refusal, 'code' | 'params'>, audience: RefusalAudience = 'employee'): string {
  const sentence = (audience === 'therapist' ? therapistSentences[refusal.code] : undefined) ?? sentences[refusal.code];
  return sentence(refusal.params ?? {});
}

function monthOf(p: Record<string, string | number>): string {
  const month = p.month ?? p.monthName;
  return month === undefined ? 'that month' : monthName(String(month));
}

/** Which form field a refusal is about, so modals and cards can show it beside that field. */
export type RefusalField = 'reason' | 'time' | 'slot' | null;

export function refusalField(code: RefusalCode): RefusalField {
  switch (code) {
    case 'reason_missing':
    case 'reason_too_long':
      return 'reason';
    case 'time_in_past':
    case 'malformed_time':
    case 'nonexistent_local_time':
    case 'same_time':
    case 'slot_overlap':
    case 'invalid_duration':
    case 'invalid_offer':
    case 'offer_time_taken':
      return 'time';
    case 'slot_taken':
    case 'move_time_taken':
    case 'own_time_while_away':
    case 'unknown_slot':
    case 'no_time_picked':
    case 'beyond_horizon':
    case 'too_soon':
    case 'therapist_away':
      return 'slot';
    default:
      return null;
  }
}
