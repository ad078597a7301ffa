// The wording area of the catalogue, in British English: the source every other language translates. What each
// notice, reminder and care note says (src/domain/wording.ts and its neighbours), for both platforms alike.
export const messages = {
  // Lines many notices share: a time, and what became of it.
  'wording.line.current': 'Current: {when}',
  'wording.line.proposed': 'Proposed: {when}',
  'wording.line.newTime': 'New time: {when}',
  'wording.line.was': 'Was: {when}',
  'wording.line.requested': 'Requested: {when}',
  'wording.line.requestedTime': 'Requested time: {when}',
  'wording.line.youAskedFor': 'You asked for: {when}',
  'wording.line.youProposed': 'You proposed: {when}',
  'wording.line.proposedBy': 'Proposed by {therapist}: {when}',
  'wording.line.therapistAskedFor': '{therapist} asked for: {when}',
  'wording.line.sessionStays': 'The session stays at {when}.',
  'wording.line.yourSessionStays': 'Your session stays at {when}.',
  'wording.line.sessionNowAt': 'The session is now at {when}.',
  'wording.line.yourSessionNowAt': 'Your session is now at {when}.',
  'wording.line.yourSessionInsideWindow': 'Your session of {when} is now inside the reschedule window, so it stays as booked.',
  'wording.line.noAnswerInTime': "{employee} didn't answer before the reschedule window; the session stays at {when}.",
  'wording.line.heldUntilAnswer': 'The time is held for them until they accept or decline.',
  'wording.line.acceptOrDecline': 'Accept to move your session, or decline to keep the current time.',
  'wording.line.pair': '{employee} with {therapist}',
  'wording.line.join': 'Join: {url}',
  'wording.line.locks':
    "{what, select, new {The new time} other {The proposed time}} is within {hours, plural, one {# hour} other {# hours}}: once you accept it, it can't be rescheduled again, only cancelled.",

  'wording.status':
    '{status, select, pending {pending} confirmed {confirmed} declined {declined} proposed {answered with another proposed time} withdrawn {withdrawn} other {expired}}',

  'wording.relay.title': 'Message from {sender}',
  'wording.threadOpened.title': 'Conversation with {employee}',
  'wording.threadOpened.line': 'Replies in this thread are sent privately to your client. Reschedule requests appear here too.',

  'wording.requested.title': '{employee} asks to reschedule',
  'wording.requested.proposedCustom': 'Proposed: {when} (not in your availability yet: confirming adds it)',
  'wording.requested.stands': 'The current session stands until you confirm.',

  'wording.awaiting.title': 'Reschedule request sent',
  'wording.awaiting.asked': 'You asked to move your session of {current} to {proposed}.',
  'wording.awaiting.needsConfirm': '{therapist} needs to confirm it. Until then your current session stands.',

  'wording.proposed.title': '{therapist} proposes another time',

  'wording.proposalSent.moveTitle': 'You asked {employee} to move the session',
  'wording.proposalSent.moveHeld':
    'The new time is held for them until they accept or decline; until then the session stays as it is. Their answer appears here.',
  'wording.proposalSent.title': 'You proposed another time to {employee}',

  'wording.moveAsked.title': '{therapist} asks to move your session',
  'wording.moveAsked.line': 'Accept to move your session, or decline to keep the current time. Nothing changes unless you accept.',

  'wording.rescheduled.title': 'Session rescheduled',
  'wording.declined.moveTitle': '{employee} declined to move the session',
  'wording.declined.title': 'Reschedule request declined',
  'wording.withdrawn.title': 'Reschedule request withdrawn',
  'wording.expired.title': 'Reschedule request expired',
  'wording.expired.within':
    'The session of {when} is now within {hours, plural, one {# hour} other {# hours}}, so it can no longer be moved.',
  'wording.expired.stands': 'The session stands as booked. It can still be cancelled, but that counts against the allowance.',
  'wording.booked.title': 'Session booked',

  'wording.therapistChanged.employeeTitle': 'Your new therapist',
  'wording.therapistChanged.employeeNew': 'You now work with {therapist}. Your next message here starts your conversation with them.',
  'wording.therapistChanged.employeeCredited':
    'Upcoming sessions with your previous therapist are cancelled and credited back to your allowance; your history stays yours.',
  'wording.therapistChanged.therapistTitle': '{employee} now works with another therapist',
  'wording.therapistChanged.therapistClosed':
    'The wellbeing service has assigned them another therapist. This conversation is closed: replies here no longer reach them.',
  'wording.therapistChanged.therapistCancelled': 'Their upcoming sessions with you are cancelled.',

  'wording.offer.time': '{n}. {when}',
  'wording.offer.timeBooked': '{n}. {when} (booked)',
  'wording.offer.client.openTitle': '{therapist} offers times for your next session',
  'wording.offer.client.openHeld': "These times are held for you until {until}. Booking one uses a session of that month's allowance.",
  'wording.offer.client.bookedTitle': 'You booked one of the offered times',
  'wording.offer.client.declinedTitle': 'You chose none of the offered times',
  'wording.offer.client.declinedTold': '{therapist} has been told.',
  'wording.offer.client.replacedTitle': 'These offered times were replaced',
  'wording.offer.client.replacedLine': '{therapist} sent you new times instead.',
  'wording.offer.client.withdrawnTitle': 'These offered times were withdrawn',
  'wording.offer.client.arrangeNext': 'Message your therapist to arrange your next session.',
  'wording.offer.client.expiredTitle': 'These offered times have expired',
  'wording.offer.client.expiredLine': 'They were held until {until}. Message your therapist to arrange your next session.',
  'wording.offer.therapist.openTitle': 'You offered {employee} {count, plural, one {a time} other {# times}}',
  'wording.offer.therapist.openHeld': 'They are held for your client until {until}, or until they book one or decline.',
  'wording.offer.therapist.bookedTitle': '{employee} booked one of the offered times',
  'wording.offer.therapist.bookedLine': 'The other times are free again.',
  'wording.offer.therapist.declinedTitle': '{employee} chose none of the offered times',
  'wording.offer.therapist.declinedLine': 'The times are free again.',
  'wording.offer.therapist.declinedNoticeLine':
    'The times are free again. Reply in this thread to arrange another time, or offer new times.',
  'wording.offer.therapist.replacedTitle': 'Offer replaced',
  'wording.offer.therapist.replacedLine': 'You offered new times; these are free again.',
  'wording.offer.therapist.withdrawnTitle': 'Offer withdrawn',
  'wording.offer.therapist.withdrawnLine': 'The offer was closed by the wellbeing service; the times are free again.',
  'wording.offer.therapist.expiredTitle': 'Offer expired',
  'wording.offer.therapist.expiredLine': '{employee} booked none of them in time; the times are free again.',

  'wording.recommendation.intro':
    'For a client who has used their sessions of a month. The wellbeing service decides; your note stays with it, and the employer only ever sees counts.',
  'wording.recommendation.where':
    "Recommend more sessions from your client's thread: reply there with @Wellbeing recommend, and a form for that client opens.",
  'wording.recommendation.sent':
    "Sent to the wellbeing service: {count, plural, one {# extra session} other {# extra sessions}} for {employee} in {month}. You'll hear in {employee}'s thread when it is decided.",
  'wording.therapistChange.intro':
    'Ask the wellbeing service for a different therapist. No reason is needed and your therapist is not told. Once you have a new therapist, upcoming sessions with your current one are cancelled and credited back to your allowance.',
  'wording.therapistChange.alreadyAsked':
    'You have already asked to change therapist. The wellbeing service will tell you here when you have a new one.',
  'wording.therapistChange.asked':
    'Your request to change therapist is with the wellbeing service. Your therapist is not told. You will hear here when you have a new one; until then your sessions and messages carry on as before.',

  'wording.extra.declinedTitle': 'Extra sessions not approved for {employee}',
  'wording.extra.declinedLine':
    'The wellbeing service did not approve your recommendation of {count, plural, one {# extra session} other {# extra sessions}} in {month}.',
  'wording.extra.declinedNotTold': '{employee} has not been told; their allowance is unchanged.',
  'wording.extra.addedTitle': 'More sessions added',
  'wording.extra.addedLine':
    '{count, plural, one {# extra session has} other {# extra sessions have}} been added to your allowance for {month}.',
  'wording.extra.bookNow': 'You can book now.',
  'wording.extra.approvedTitle': 'Extra sessions approved for {employee}',
  'wording.extra.approvedLine':
    "The wellbeing service approved your recommendation: {count, plural, one {# extra session in {month} was} other {# extra sessions in {month} were}} added to {employee}'s allowance.",
  'wording.extra.approvedTold': 'They have been told and can book now.',

  'wording.cancelled.what': '{when}, {employee} with {therapist}',
  'wording.cancelled.title': 'Session cancelled',
  'wording.cancelled.lateTitle': 'Session cancelled (late cancellation)',
  'wording.cancelled.byYou': "You cancelled it, so it is credited back to {employee}'s allowance; they have been told.",
  'wording.cancelled.byTherapistTitle': 'Session cancelled by your therapist',
  'wording.cancelled.byTherapist': '{therapist} cancelled this session, so this session is credited back to your allowance.',
  'wording.cancelled.late': "It was cancelled within the reschedule window, so it still counts against that month's allowance.",
  'wording.cancelled.byService': 'Cancelled by the wellbeing service.',
  'wording.cancelled.credited': 'The session has been credited back to the allowance.',

  'wording.decided.closedTitle': 'Reschedule request closed: session cancelled',
  'wording.decided.closedLine': 'The session of {when} was cancelled, so this request no longer applies.',
  'wording.decided.confirmedTitle': 'Reschedule request confirmed',
  'wording.decided.withdrewLine': '{employee} withdrew this request. The session stays at {when}.',
  'wording.decided.expiredLine': 'The session of {when} is now inside the reschedule window, so it stays as booked.',
  'wording.decided.proposedTitle': 'Reschedule request answered with another proposed time',
  'wording.decided.proposedLine': 'You proposed another time; {employee} can accept or decline it.',
  'wording.decided.pendingTitle': 'Reschedule request pending',

  'wording.answered.acceptedProposedTitle': 'You accepted the proposed time',
  'wording.answered.declinedProposedTitle': 'You declined the proposed time',
  'wording.answered.proposedExpiredTitle': 'The proposed time has expired',
  'wording.answered.proposedWithdrawnTitle': 'The proposed time was withdrawn',
  'wording.answered.acceptedNewTitle': 'You accepted the new time',
  'wording.answered.declinedMoveTitle': 'You declined to move your session',
  'wording.answered.moveExpiredTitle': "{therapist}'s request to move your session has expired",
  'wording.answered.moveWithdrawnTitle': 'The request to move your session was withdrawn',

  'wording.outcome.acceptedNewTitle': '{employee} accepted the new time',
  'wording.outcome.moveExpiredTitle': 'Your request to move the session expired',
  'wording.outcome.moveClosedTitle': 'Your request to move the session was closed',
  'wording.outcome.waitingFor': "Waiting for {employee}'s answer.",
  'wording.outcome.acceptedProposedTitle': '{employee} accepted your proposed time',
  'wording.outcome.declinedProposedTitle': '{employee} declined your proposed time',
  'wording.outcome.proposedExpiredTitle': 'Your proposed time expired',
  'wording.outcome.proposedWithdrawnTitle': 'Your proposed time was withdrawn',

  'wording.request.confirmedTitle': 'Your reschedule request was confirmed',
  'wording.request.declinedTitle': 'Your reschedule request was declined',
  'wording.request.withdrawnTitle': 'You withdrew your reschedule request',
  'wording.request.expiredTitle': 'Your reschedule request expired',
  'wording.request.proposedTitle': '{therapist} proposed another time',
  'wording.request.proposedLine': 'Your session stays at {when} unless you accept the time they proposed.',

  'wording.notConfirmed.title': 'Your reschedule request could not be confirmed',
  'wording.notConfirmed.slotTaken': 'The time you asked for, {when}, is no longer free.',
  'wording.notConfirmed.allowance': 'Moving it to {when} would go over your allowance for {month}.',
  'wording.notConfirmed.insideCutoff': 'Your session of {when} now starts within the reschedule window, so it can no longer be moved.',
  'wording.notConfirmed.notActive': 'The session has already been cancelled, rescheduled or has taken place.',
  'wording.notConfirmed.past': 'The time you asked for, {when}, has already passed.',
  'wording.notConfirmed.canReschedule': 'You can pick another time, cancel the session, or message your therapist.',
  'wording.notConfirmed.canCancel':
    "You can still cancel it (a late cancellation counts against that month's allowance), or message your therapist.",
  'wording.notConfirmed.canMessage': 'You can message your therapist, or book a new session if you have allowance left.',

  'wording.since.cancelled': 'Since then, the session of {when} has been cancelled.',
  'wording.since.cancelledNext': 'You can book a new session, or message your therapist.',
  'wording.since.yourMoved': 'Since then, your session has moved to {when}.',
  'wording.since.movedNext': 'You can pick another time for it, cancel it, or message your therapist.',
  'wording.since.moved': 'Since then, the session has moved to {when}.',

  'wording.consequence.late':
    "This session starts within {hours, plural, one {# hour} other {# hours}}, so this is a late cancellation: it will still count against that month's allowance and won't be credited back.",
  'wording.consequence.credited': 'The session will be credited back to your allowance.',
  'wording.consequence.therapist':
    "This session will be credited back to {employee}: it won't count against their allowance. They will be told it was cancelled, with your reason.",
  'wording.attendance.intro': 'Sessions of the last {days, plural, one {# day} other {# days}}: mark each once, for the usage counts.',
  'wording.attendance.attended': 'Marked as attended. Thank you.',
  'wording.attendance.noShow': 'Marked as a no-show. It is counted in the usage report, without any name.',
  'wording.fullMonth':
    "You've used {allowance, plural, =1 {the 1 session} other {all # sessions}} of your allowance for {month}, so its times aren't shown.",

  'wording.fault.notTaken':
    "Sorry, I couldn't do that just now because of a problem on our side. Nothing was changed; please try again in a minute.",
  'wording.fault.stillWorking': 'This is taking longer than usual: you will see the outcome here when it is done.',
  'wording.fault.mayNotBeDone':
    'Sorry, something went wrong on our side and this may not have been done. Please check your Home tab, then try again in a minute.',
  'wording.fault.viewWorking': ':hourglass_flowing_sand: Still working on it: this window shows the outcome when it is done.',
  'wording.fault.viewDone': ':white_check_mark: Done. You can close this window.',
  'wording.fault.viewRefused': 'Nothing was changed. Close this window and open the form again to try once more.',
  'wording.fault.viewFailed':
    'Sorry, something went wrong on our side before this was finished, so it may not have been saved. Please check your Home tab before trying again.',

  // Reminders (src/domain/reminder-wording.ts).
  'wording.moment.today': '{time} today',
  'wording.moment.tomorrow': '{time} tomorrow',
  'wording.moment.on': '{time} on {day}',
  'wording.reminder.cutoffTitle': 'Reminder: your session can still be moved',
  'wording.reminder.cutoffLine': 'After {moment} this session can no longer be moved; reschedule or cancel now if you need to.',
  'wording.reminder.startingTitle': 'Session starting soon',
  'wording.reminder.joinFromTherapist': 'The join details come from your therapist.',

  // Care between sessions (src/domain/care.ts).
  'wording.care.hours': '{days}, {from}–{to} ({zone})',
  'wording.care.awayTitle': '{therapist} is away until {until}',
  'wording.care.outsideTitle': '{therapist} is outside their usual hours',
  'wording.care.title': 'Messaging {therapist}',
  'wording.care.awayLine': 'Your message has been passed on; {therapist} is away and will see it when they are back on {until}.',
  'wording.care.outsideLine': 'Your message has been passed on; {therapist} will see it when they are next working.',
  'wording.care.line': 'Your messages go privately to {therapist}.',
  'wording.care.usualReply': '{therapist} usually replies {usualReply}.',
  'wording.care.usualHours': 'Usual hours: {hours}.',
  'wording.care.notCrisis': 'This chat is not a crisis service.',
  'wording.care.helpNowContact':
    'This chat is not a crisis service. If you need help now, contact {supportLine}, or your local emergency number.',
  'wording.care.helpNow': 'This chat is not a crisis service. If you need help now, call your local emergency number.',

  // Paging by week (src/domain/weeks.ts).
  'wording.weekOf': 'Week of {day}',
  // Help (src/domain/help.ts): what each reader can do, in the words both platforms share.
  'wording.help.heading':
    '{role, select, employee {Your sessions} therapist {As a therapist} hr_admin {As an HR admin} other {As an operator}}',
  'wording.help.changeTakesEffect': 'A change takes effect once your therapist confirms it; until then your current session stands.',
  'wording.help.therapistCancel':
    'ask a client to move an upcoming session (they accept or decline), cancel one (always credited back to your client), and mark recent sessions Attended or No-show',
  'wording.help.therapistMeetingLink': 'the meeting link your clients see with each session',
  'wording.help.therapistHours': 'your usual hours and reply time, told to clients who message you',
  'wording.help.therapistNotice': 'how many hours ahead clients can book with you (24 unless you set it)',
  'wording.help.therapistAway': 'days you are away: no times offered then, and clients who write are told when you are back',
  'wording.help.therapistAvailability': 'list, add and remove your open slots',
  'wording.help.changeTherapist': 'ask privately for a different therapist (no reason needed; your therapist is not told)',
  'wording.help.therapistRecommend':
    'extra sessions for a client who has used their month; the wellbeing service decides, and the employer only ever sees counts',
  'wording.help.hrUsage': 'programme usage for your organisation, counts only',
  'wording.help.linkChannel': 'make it that therapist’s conversation channel',
  'wording.help.privacy.employee': 'Your HR team never sees your messages or the names of people using the service.',
  'wording.help.privacy.therapist':
    'What your clients write is passed to you privately: it is never stored, and their HR team never sees it.',
  'wording.help.privacy.hr_admin': 'Usage reports show counts only, never names or messages.',
  'wording.help.privacy.operator': 'Linking a channel shows no one’s sessions or messages in it.',
  'wording.help.notYours.therapistBook':
    "Booking is for your clients: they book with me, and you see their sessions among your upcoming ones. To arrange a client's next session yourself, use Offer times in their thread: they book one of your times with one click.",
  'wording.help.notYours.therapistOther':
    'Your clients ask to reschedule with me: their requests reach their thread in your channel, where you confirm, decline or propose another time. To move a session yourself, use Move session beside it in your upcoming sessions, or Move a session in the client’s thread; your client accepts or declines.',
  'wording.help.notYours.roles':
    '{count, plural, =0 {a member of staff} one {{first}} =2 {{first} and {last}} other {{first}, {middle} and {last}}}',
  'wording.help.notYours.role': '{role, select, employee {an employee} therapist {a therapist} hr_admin {an HR admin} other {an operator}}',
  'wording.help.notYours.staff':
    "You're set up here as {roles}, not as an employee, so {action, select, sessions {there are no sessions or allowance of yours to show} book {there is no therapist for you to book with} reschedule {there are no sessions of yours to move} other {there are no sessions of yours to cancel}}. If you'd like sessions for yourself, ask your wellbeing provider to add you as an employee.",

  // A therapist's own settings (src/domain/therapist-settings-text.ts).
  'wording.settings.linkSet':
    'Your meeting link is now {link}. Your clients see it with each session, in reminders and in calendar invitations.',
  'wording.settings.linkRemoved': 'Your meeting link was removed.',
  'wording.settings.hoursSet': 'Your usual hours are now {hours}.',
  'wording.settings.hoursCleared': 'Your usual hours were cleared.',
  'wording.settings.usualReply': 'Clients who message you are told you usually reply {usualReply}.',
  'wording.settings.usage.link': 'link https://meet.example.com/your-room (or link remove)',
  'wording.settings.usage.hours': 'hours Mon-Fri 09:00-17:00 within one working day',
  'wording.settings.usage.notice': 'notice 12 (hours, 1 to 72)',
  'wording.settings.usage.away': 'away 2027-01-04 2027-01-15 (first and last day; away clear removes them)',
  'wording.settings.awayRange': '{from} – {to}',
  'wording.settings.awaySet':
    "You're away {periods}: clients can't book or ask for times then, and anyone who writes is told when you're back.",
  'wording.settings.noAway': 'You have no days away set.',
  'wording.settings.awayBookedSession': '{when} with {employee}',
  'wording.settings.awayBooked':
    'Already booked then: {sessions}. Cancel them from your sessions, or message your clients to arrange another time.',
  'wording.settings.noticeSet':
    'Clients can now book, request or accept times with you at least {hours, plural, one {# hour} other {# hours}} ahead. Your own proposals are not limited by it.',

  // The HR usage report's labels (src/domain/usage.ts).
  'wording.usage.allDepartments': 'All departments',
  'wording.usage.employees': 'Employees enrolled',
  'wording.usage.employeesWhoBooked': 'Employees who booked',
  'wording.usage.booked': 'Sessions booked (not cancelled)',
  'wording.usage.completed': 'Sessions held so far',
  'wording.usage.cancelled': 'Early cancellations (credited back)',
  'wording.usage.lateCancelled': 'Late cancellations (counted as used)',
  'wording.usage.cancellations': 'Cancellations in total',
  'wording.usage.noShows': 'No-shows',
  'wording.usage.rescheduled': 'Rescheduled',
  'wording.usage.allowanceUsed': 'Allowance used',
  'wording.usage.extraSessions': 'Extra sessions approved',
  'wording.usage.percent': '{value}%',
  'wording.usage.smallGroup': 'Hidden: fewer than {min} people in this group, so its figures could identify someone.',
  'wording.usage.revealsSmallGroup':
    'Hidden: it would reveal the figures of a group smaller than {min} people by subtraction from the total.',
} as const;
