// The slack area of the catalogue, in British English: the source every other language translates. Slack limits:
// a modal's title and its submit and close labels hold 24 characters, a button 75 (keep them short), an option 75,
// a placeholder 150 (test/i18n/slack-limits.spec.ts checks every language).
export const messages = {
  // Modals, whichever flow
  'slack.modal.close': 'Close',
  'slack.modal.cancel': 'Cancel',
  'slack.modal.loading': ':hourglass_flowing_sand: One moment…',

  // Buttons used on several surfaces
  'slack.button.bookSession': 'Book a session',
  'slack.button.messageTherapist': 'Message therapist',
  'slack.button.changeTherapist': 'Change therapist',
  'slack.button.reschedule': 'Reschedule',
  'slack.button.cancel': 'Cancel',
  'slack.button.cancelSession': 'Cancel session',
  'slack.button.withdrawRequest': 'Withdraw request',
  'slack.button.moveSession': 'Move session',

  // Lines used on several surfaces
  'slack.session.line': '*{span}*\nwith {name}',
  'slack.common.timesInZone': 'Times are shown in your time zone ({zone}).',
  'slack.common.noUpcomingSessions': 'You have no upcoming sessions.',
  'slack.common.moreUpcoming':
    '{count, plural, one {…and # more upcoming session, not shown here.} other {…and # more upcoming sessions, not shown here.}}',

  // The employee's overview (App Home, /wellbeing)
  'slack.overview.title': 'Your wellbeing sessions',
  'slack.overview.yourTherapist': 'Your therapist: *{name}*',
  'slack.overview.allowanceHeading': '*Allowance*',
  'slack.overview.allowanceLine': '*{month}:* {used} of {allowance} used, {left} left',
  'slack.overview.join': 'Join: {url}',
  'slack.overview.pendingReschedule': 'Reschedule to {span} is waiting for {awaiting, select, therapist {{therapist}} other {you}}.',
  'slack.home.sessionsTitle': 'Wellbeing sessions',
  'slack.home.staffTitle': 'Wellbeing assistant',

  // Notices' buttons
  'slack.notice.morePartsHidden':
    '{count, plural, one {…and # more part of this text, too long to show here.} other {…and # more parts of this text, too long to show here.}}',
  'slack.notice.confirm': 'Confirm',
  'slack.notice.decline': 'Decline',
  'slack.notice.accept': 'Accept',
  'slack.notice.proposeAnother': 'Propose another time',
  'slack.notice.offerTimes': 'Offer times',
  'slack.notice.moveASession': 'Move a session',
  'slack.notice.offerNewTimes': 'Offer new times',
  'slack.notice.noneOfThese': 'None of these',
  'slack.notice.pickAnotherTime': 'Pick another time',

  // Help
  'slack.help.titleEmployee': '*How this works*',
  'slack.help.titleHome': '*What you can do here*',
  'slack.help.title': '*What you can do*',
  'slack.help.notification': 'What you can do with the wellbeing assistant',
  'slack.help.commandLine': '• {command}: {what}.',
  'slack.help.employeeDmHome':
    '• Send me a direct message (the *Messages* tab above) and I pass it privately to your therapist; their replies come back there.',
  'slack.help.employeeDm': '• Send me a direct message and I pass it privately to your therapist; their replies come back there.',
  'slack.help.employeeFormsHome':
    '• Book, reschedule or cancel with the buttons above, or type {book}, {reschedule} or {cancel} in any message box.',
  'slack.help.employeeForms':
    '• Book, reschedule or cancel with the buttons above, on my *Home* tab, or with {book}, {reschedule} or {cancel}. Type {wellbeing} any time to see this again.',
  'slack.help.changeTherapist': '• *Change therapist* (a button with your sessions): {what}.',
  'slack.help.therapistThread':
    '• Reply in a client’s thread in your channel and I pass it to them privately; confirm, decline or propose another time on their requests there.',
  'slack.help.therapistHomeHere': '• On this Home tab: {what}.',
  'slack.help.therapistHomeThere': '• On my *Home* tab: {what}.',
  'slack.help.therapistRecommend': '• *Recommend more sessions* on {surface, select, home {this} other {my}} Home tab: {what}.',
  'slack.help.usageCommand': '`{command} [YYYY-MM] [department]`',
  'slack.help.linkChannel': '• `{command} @therapist` in a channel: {what}.',
  'slack.help.usage': 'Usage: {forms}.',
  // Forms shared by several modals
  'slack.modal.fallbackTitle': 'Wellbeing',
  'slack.form.reason': 'Reason',
  'slack.form.sharedWithTherapist': 'Shared with your therapist',
  'slack.form.sharedWith': 'Shared with {name}',
  'slack.form.session': '*Session:* {span} with {name}',
  'slack.form.noteToClient': 'Note to your client',
  'slack.form.ownSlotLabel': 'One of your open slots',
  'slack.form.orAnotherTime': 'Or another time:',

  // Slot pickers
  'slack.picker.whichSession': 'Which session?',
  'slack.picker.earlierWeek': '← Earlier week',
  'slack.picker.laterWeek': 'Later week →',
  'slack.picker.week': 'Week of {day}.',
  'slack.picker.weekPartly': 'Week of {day}: the first {shown} times, and {more} more this week (propose one of those below).',
  'slack.picker.slotInsideCutoff': "{times} (within {hours} h: can't be moved again)",
  'slack.picker.cutoffLine':
    "A time within the next {hours, plural, one {# hour} other {# hours}} can't be rescheduled again once confirmed, only cancelled.",
  'slack.picker.pickTime': 'Pick a time',
  'slack.picker.pickDate': 'Pick a date',
  'slack.picker.date': 'Date',
  'slack.picker.time': 'Time ({zone})',

  // The employee's reschedule, cancel, book and message forms
  'slack.reschedule.title': 'Reschedule session',
  'slack.reschedule.submit': 'Send request',
  'slack.reschedule.slotLabel': "An open slot of your therapist's",
  'slack.reschedule.current': '*Current session:* {span} with {name}',
  'slack.reschedule.noSlots': 'Your therapist has no open slots in the next weeks: propose a time below.',
  'slack.reschedule.orPropose': 'Or propose another time (your therapist confirms it):',
  'slack.reschedule.standsUntilConfirmed': 'Your current session stands until your therapist confirms the change.',
  'slack.reschedule.noneMovable': 'None of your upcoming sessions can be rescheduled now.',
  'slack.cancel.title': 'Cancel session',
  'slack.cancel.lateTitle': 'Late cancellation',
  'slack.cancel.submit': 'Cancel session',
  'slack.cancel.keep': 'Keep session',
  'slack.book.submit': 'Book',
  'slack.book.slotLabel': 'Open slots',
  'slack.book.noTimesYouCanBook': 'There are no times you can book before the end of next month.',
  'slack.book.noOpenTimes': 'Your therapist has no open times before the end of next month.',
  'slack.message.title': 'Message therapist',
  'slack.message.submit': 'Send',
  'slack.message.label': 'Your message to {name}',
  'slack.message.privacy': 'Only your therapist sees this. You can also simply send me a direct message.',
  'slack.changeTherapist.submit': 'Ask',
  'slack.changeTherapist.close': 'Not now',

  // The therapist's forms
  'slack.request.current': 'Current: {span}',
  'slack.request.requested': 'Requested: {span}',
  'slack.decline.title': 'Decline request',
  'slack.propose.submit': 'Propose',
  'slack.move.submit': 'Ask client',
  'slack.move.noSlots': 'You have no open slots in the next weeks: pick a date and time below.',
  'slack.move.howItWorks':
    '{name} is asked to accept or decline; the session stays as it is until they accept, and the new time is held for them meanwhile.',
  'slack.move.pickButton': 'Move',
  'slack.move.whichSession': 'Which session with {name}?',
  'slack.move.noSessions': '{name} has no upcoming sessions with you.',
  'slack.attendance.title': 'Attendance',
  'slack.offer.submit': 'Offer',
  'slack.offer.intro':
    'Offer your client 1 to {max} times for their next session. They get one button per time and book with one click; the times are held for them meanwhile.',
  'slack.offer.noSlots': 'You have no open slots coming up: offer custom times below.',
  'slack.offer.slotsLabel': 'Open slots (up to {max})',
  'slack.offer.pickTimes': 'Pick times',
  'slack.offer.customHint': 'Or a custom time (50 minutes):',
  'slack.offer.holdLabel': 'Hold the times for',
  'slack.offer.days': '{count, plural, one {# day} other {# days}}',
  'slack.offer.hours': '{count, plural, one {# hour} other {# hours}}',
  'slack.offer.allowanceNote': 'Booking uses a session of that month’s allowance. A new offer to this client replaces an open one.',
  'slack.recommend.title': 'Recommend sessions',
  'slack.recommend.noClients': 'You have no clients to recommend sessions for yet.',
  'slack.recommend.client': 'Client',
  'slack.recommend.month': 'Month',
  'slack.recommend.sessions': 'Extra sessions',
  'slack.recommend.noteLabel': 'Clinical note (for the wellbeing service only)',
  'slack.recommend.noteHint': 'Up to {max} characters. Never shown to the client or their employer.',

  // The therapist's App Home
  'slack.therapistHome.recommend': 'Recommend more sessions',
  'slack.therapistHome.upcomingTitle': 'Your upcoming sessions',
  'slack.therapistHome.noUpcoming': 'No upcoming sessions.',
  'slack.therapistHome.clientAsksToMove': "Asks to move to {span}: answer in {name}'s thread.",
  'slack.therapistHome.youAskedToMove': 'You asked to move it to {span}; waiting for {name}.',
  'slack.therapistHome.youProposed': 'You proposed {span}; waiting for {name}.',
  'slack.therapistHome.recentTitle': 'Recent sessions',
  'slack.therapistHome.nothingToMark': 'Nothing to mark.',
  'slack.therapistHome.attended': 'Attended',
  'slack.therapistHome.noShow': 'No-show',

  // Availability (/wellbeing-availability)
  'slack.availability.title': 'Your availability',
  'slack.availability.submit': 'Add slots',
  'slack.availability.close': 'Done',
  'slack.availability.upcoming': 'Upcoming slots',
  'slack.availability.none': 'You have no upcoming slots.',
  'slack.availability.moreLater': 'And {count} more later.',
  'slack.availability.bookedSlot': '{span}  ·  _booked_',
  'slack.availability.remove': 'Remove',
  'slack.availability.addHeading': 'Add a slot',
  'slack.availability.length': 'Length',
  'slack.availability.minutes': '{count, plural, one {# minute} other {# minutes}}',
  'slack.availability.repeat': 'Repeat weekly for how many weeks',
  'slack.availability.added': '{count, plural, one {:white_check_mark: Added # slot.} other {:white_check_mark: Added # slots.}}',
  'slack.availability.removed': ':white_check_mark: Removed {span}.',

  // Therapist settings, channel links, HR usage
  'slack.settings.usage': 'Usage: {form}',
  'slack.link.hint': "Usage: run `{command} @therapist` in the channel that should become that therapist's conversation channel.",
  'slack.link.inviteFirst':
    "I'm not a member of this channel yet, so I couldn't post there. Invite me first: type `/invite @Wellbeing` in this channel (or mention me and choose *Add to channel*), then run `{command}` again.",
  'slack.link.checkFailed': "I couldn't check this channel with Slack just now. Please try again in a moment.",
  'slack.link.linked':
    "This channel is now {name}'s conversation channel. Each client gets their own thread here; replies in a thread reach that client privately.",
  'slack.usage.title': 'Programme usage, {month}',
  'slack.usage.hint': 'Usage: `{command} [YYYY-MM] [department]`, for example `{command} 2026-03 Engineering`.',
  'slack.usage.countsOnly': 'Counts only. Groups smaller than {min} people are hidden.',
  'slack.usage.none': 'No usage recorded for this month.',
  'slack.usage.moreDepartments':
    "{count, plural, one {…and # more department not shown here: ask for one by name, e.g. {command} {month} '<'department>.} other {…and # more departments not shown here: ask for one by name, e.g. {command} {month} '<'department>.}}",
} as const;
