// The refusals area of the catalogue, in British English: the one sentence a person reads about each reason the
// service refuses something (src/domain/refusals.ts). `refusals.therapist.*`: the same refusal for the therapist
// deciding someone else's request, where the employee's words would read wrong.
export const messages = {
  'refusals.thatMonth': 'that month',
  'refusals.yourClient': 'your client',
  'refusals.yourClientStart': 'Your client',

  'refusals.bad_input': "I couldn't read that request. Please try again from a fresh message.",
  'refusals.not_registered': "You're not registered with the wellbeing service yet. Please ask your HR team to add you.",
  'refusals.no_therapist': "You don't have a therapist assigned yet. Your HR team can arrange one.",
  'refusals.therapist_not_linked':
    "Your therapist's conversation channel isn't set up yet, so I can't reach them. Please let your HR team know.",
  'refusals.unknown_session': "I couldn't find that session. It may have been changed in the meantime: refresh and try again.",
  'refusals.unknown_request': "I couldn't find that reschedule request.",
  'refusals.session_archived': 'That session is over and has been filed away with past sessions, so nothing on it can be changed any more.',
  'refusals.request_archived':
    'That reschedule request was settled some time ago and has been filed away, so nothing on it can be changed any more.',
  'refusals.unknown_slot': "That slot isn't in the therapist's availability any more. Please pick another one.",
  'refusals.not_your_session': "That session isn't yours, so you can't change it.",
  'refusals.not_linked_therapist': 'Only the therapist linked to this channel can do that.',
  'refusals.not_awaiting_you':
    "This request is waiting for your therapist's answer, not yours. You can still withdraw it from your sessions, or message your therapist.",
  'refusals.session_not_active': 'This session has already been cancelled, rescheduled or has taken place.',
  'refusals.inside_cutoff':
    "This session starts within the next {hours, plural, one {# hour} other {# hours}}, so it can't be rescheduled any more. You can still cancel it, but it will count against that month's allowance.",
  'refusals.time_in_past': 'That time has already passed. Please pick a time in the future.',
  'refusals.malformed_time': "That date or time isn't valid. Please pick both a date and a time.",
  'refusals.no_time_picked': 'Please pick a time: one of the open times, or a date and a time of your own.',
  'refusals.therapist_away': 'Your therapist is away then. Please pick a time when they are back.',
  'refusals.therapist_away_back': 'Your therapist is away then and back on {back}. Please pick a time when they are back.',
  'refusals.invalid_away_period':
    'Please give the first and last day away as YYYY-MM-DD YYYY-MM-DD, for example: away 2027-01-04 2027-01-15 (at most 92 days, not in the past), or away clear. Nothing was changed.',
  'refusals.too_soon': "Your therapist needs at least {hours, plural, one {# hour''s} other {# hours''}} notice. Please pick a later time.",
  'refusals.invalid_booking_notice':
    'Please give your booking notice in whole hours, from 1 to 72, for example: notice 12. Nothing was changed.',
  'refusals.beyond_horizon':
    'You can book up to the end of {month}, the last month whose allowance you can see. Later times open as their month comes closer.',
  'refusals.nonexistent_local_time':
    "That time doesn't exist in your time zone because the clocks change that day. Please pick another time.",
  'refusals.slot_taken': 'That time is no longer free. Please pick another slot.',
  'refusals.same_time': "That's the session's current time. Please pick a different time.",
  'refusals.allowance_exhausted': "You've used all {allowance} sessions of your allowance for {month}.",
  'refusals.request_pending': 'There is already a reschedule request waiting for an answer on this session.',
  'refusals.already_decided':
    'This request has already {status, select, confirmed {been confirmed} declined {been declined} approved {been approved} withdrawn {been withdrawn} expired {expired} proposed {been answered with another time} other {been decided}}.',
  'refusals.reason_missing': 'Please give a reason (at least {min} characters).',
  'refusals.reason_too_long': 'The reason is too long: {max} characters at most, please.',
  'refusals.not_hr_admin': 'Usage reports are only available to HR admins of your organisation.',
  'refusals.not_therapist':
    'Only therapists can {action, select, link {set a meeting link} hours {set reply hours} notice {set a booking notice} away {set days away} offer {offer times} attendance {mark attendance} recommend {recommend more sessions} move {move a session} other {manage availability}}.',
  'refusals.not_operator': 'Only operators and HR admins of the wellbeing service can do that.',
  'refusals.unknown_therapist': "That person isn't registered as a therapist of your organisation.",
  'refusals.slot_overlap': 'That overlaps with another slot. Please pick a free time.',
  'refusals.slot_overlap_when': 'That overlaps with another slot ({when}). Please pick a free time.',
  'refusals.slot_held': "That slot is booked, so it can't be removed. The session has to be cancelled or moved first.",
  'refusals.invalid_duration': 'A slot must last between 15 minutes and 4 hours.',
  'refusals.invalid_repeat': 'A slot can repeat weekly for 1 to 26 weeks.',
  'refusals.invalid_month': 'Please give the month as YYYY-MM or by its name, for example 2026-03, March or March 2026.',
  'refusals.relay_failed': "Your message couldn't be delivered just now. Nothing was sent; please try again in a moment.",
  'refusals.therapist_channel_unreachable':
    "Your message couldn't reach your therapist yet because their channel isn't ready for me; the wellbeing service's team has been told and will sort it out.",
  'refusals.therapist_channel_unreachable_support':
    "Your message couldn't reach your therapist yet because their channel isn't ready for me; the wellbeing service's team has been told, and if you need support in the meantime you can contact {supportLine}.",
  'refusals.text_only': "I can only pass on text: files and attachments aren't sent to your therapist. Please write your message as text.",
  'refusals.just_changed': 'This was changed by someone else a moment ago. Please refresh and try again.',
  'refusals.personal_chat_only':
    'I only show and change sessions in your 1:1 chat with me, never where others can read along. Open a chat with me to see your sessions, book or reschedule.',
  'refusals.organisation_not_set_up':
    "Your organisation isn't set up with the wellbeing service yet, so I can't help here. Please ask your HR team to contact the provider.",
  'refusals.other_organisation':
    "You're registered with a different organisation from the one this workspace belongs to, so I can't help here. Please ask your HR team to check your registration.",
  'refusals.not_ended': "This session hasn't ended yet: attendance can be marked once it is over.",
  'refusals.already_marked':
    'Attendance for this session was already marked{marked, select, no_show { as a no-show} attended { as attended} other {}}. Nothing was changed.',
  'refusals.invalid_meeting_link':
    'A meeting link must be a full https:// address of at most 500 characters, for example https://meet.example.com/your-room. Nothing was changed.',
  'refusals.invalid_reply_hours':
    'Please give your hours as days and a time range that ends after it starts, then your usual reply time, for example: Mon-Fri 09:00-17:00 within one working day. Nothing was changed.',
  'refusals.unknown_offer': "I couldn't find those offered times. Please message your therapist to arrange your next session.",
  'refusals.offer_closed':
    'These offered times {status, select, booked {have already been booked} declined {were declined} replaced {were replaced by a newer offer: please use that one} expired {have expired} withdrawn {were withdrawn} other {are no longer open}}. Please message your therapist to arrange your next session.',
  'refusals.offer_time_taken':
    'One of those times is no longer free in your calendar (a session or another held time overlaps it). Nothing was offered: please pick other times.',
  'refusals.offer_time_taken_when':
    '{when} is no longer free in your calendar (a session or another held time overlaps it). Nothing was offered: please pick other times.',
  'refusals.offer_changed':
    'Another offer to this client was made or answered a moment ago. Nothing was offered: please look at the thread and try again.',
  'refusals.invalid_offer':
    "Please offer 1 to 3 different times that don't overlap, in the future, held for 1 to 168 hours (48 unless you choose). Nothing was offered.",
  'refusals.invalid_offer_horizon':
    "Please offer 1 to 3 different times that don't overlap, in the future and no later than the end of {month}, held for 1 to 168 hours (48 unless you choose). Nothing was offered.",
  'refusals.not_your_client': "That person isn't one of your clients, so I can't do that for them. Nothing was sent.",
  'refusals.move_inside_cutoff':
    'This session starts within the next {hours, plural, one {# hour} other {# hours}}, so it can no longer be moved. You can still cancel it: it is credited back to {client}, who is told with your reason.',
  'refusals.client_request_pending': '{client} already asked to move this session; answer their request first.',
  'refusals.move_awaiting_client': 'You have already asked {client} to move this session; their answer will appear in their thread.',
  'refusals.move_allowance_exhausted':
    "{client} has used all {allowance} sessions of their allowance for {month}, so the session can't be moved there. Please pick a time in another month.",
  'refusals.own_time_while_away': "You're away then. Please pick a time when you're not away.",
  'refusals.own_time_while_away_back': "You're away then (back on {back}). Please pick a time when you're not away.",
  'refusals.move_time_taken':
    'That time is not free in your calendar (another session or a held request overlaps it). Please pick another time.',
  'refusals.therapist_move_pending':
    'Your therapist has asked to move this session to another time: please accept or decline that first, in your messages with me.',
  'refusals.therapist_move_pending_named':
    '{therapist} has asked to move this session to another time: please accept or decline that first, in your messages with me.',
  'refusals.invalid_recommendation':
    'Please recommend {min} to {max} extra sessions for this month or next month, with a clinical note of {noteMin} to {noteMax} characters. Nothing was sent.',
  'refusals.allowance_left':
    'Your client still has some of their sessions for {month} left. You can recommend more once they have used them. Nothing was sent.',
  'refusals.allowance_left_count':
    'Your client still has {left} of their sessions for {month} left. You can recommend more once they have used them. Nothing was sent.',
  'refusals.recommendation_pending':
    'You have already recommended more sessions for your client in {month}; the wellbeing service will decide it. Nothing new was sent.',
  'refusals.unknown_recommendation': "I couldn't find that recommendation.",
  'refusals.thread_closed':
    'This conversation is closed: your client now works with another therapist, so replies here no longer reach them.',

  'refusals.therapist.slot_taken':
    "That time is no longer free in your calendar (another session or a held request overlaps it), so this request can't be confirmed. Propose another time or decline it.",
  'refusals.therapist.allowance_exhausted':
    "Your client has used all {allowance} sessions of their allowance for {month}, so the session can't be moved there. Propose a time in another month or decline the request.",
  'refusals.therapist.inside_cutoff':
    "This session now starts within the next {hours, plural, one {# hour} other {# hours}}, so it can no longer be rescheduled: this request can't be confirmed and the session stands as booked.",
  'refusals.therapist.session_not_active':
    "This session has already been cancelled, rescheduled or has taken place, so this request can't be confirmed.",
  'refusals.therapist.time_in_past':
    "The requested time has already passed, so this request can't be confirmed. Propose another time or decline it.",
  'refusals.therapist.not_awaiting_you':
    "This request is waiting for your client's answer, not yours. You'll see their answer in this thread.",
  'refusals.therapist.not_your_session':
    "That session isn't one of your clients', so you can't change it. Your own sessions are listed in your week.",
  'refusals.therapist.offer_closed':
    'This offer {status, select, booked {has already been booked} declined {was declined} replaced {was replaced by a newer offer: please use that one} expired {has expired} withdrawn {was withdrawn} other {is no longer open}}.',
  'refusals.therapist.unknown_offer': "I couldn't find that offer.",
} as const;
