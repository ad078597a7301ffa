// What each notice says, in words, for one reader in their zone. Slack and Teams lay these lines out
// differently (Block Kit / Adaptive Cards) but never word a rule differently.
import type { NotConfirmedWhy, Notice, OfferView, RequestView, SessionView } from '../notices/notice.js';
import { careNoteText } from './care.js';
import { joinLine, reminderText } from './reminder-wording.js';
import { formatInstant, formatSpan, monthName, monthOf } from './time.js';

export interface NoticeText {
  title: string;
  lines: string[];
  /** Free text written by a person (relayed message, reason, note): shown verbatim, never logged. */
  quote?: string;
}

const span = (s: { start: Date; end: Date }, zone: string) => formatSpan(s.start, s.end, zone);
const statusWord: Record<RequestView['status'], string> = {
  pending: 'pending',
  confirmed: 'confirmed',
  declined: 'declined',
  proposed: 'answered with another proposed time',
  withdrawn: 'withdrawn',
  expired: 'expired',
};

export function requestStatusWord(status: RequestView['status']): string {
  return statusWord[status];
}

export function sessionLine(session: Pick<SessionView, 'start' | 'end'>, zone: string): string {
  return span(session, zone);
}

export function noticeText(notice: Notice, zone: string): NoticeText {
  switch (notice.kind) {
    case 'relay':
      return { title: `Message from ${notice.senderName}`, lines: [], quote: notice.text };
    case 'thread_opened':
      return {
        title: `Conversation with ${notice.employeeName}`,
        lines: ['Replies in this thread are sent privately to your client. Reschedule requests appear here too.'],
      };
    case 'reschedule_requested': {
      const r = notice.request;
      return {
        title: `${r.employeeName} asks to reschedule`,
        lines: [
          `Current: ${span(r.current, zone)}`,
          `Proposed: ${span(r.proposed, zone)}${r.custom ? ' (not in your availability yet: confirming adds it)' : ''}`,
          'The current session stands until you confirm.',
        ],
        quote: r.reason,
      };
    }
    case 'reschedule_awaiting':
      return {
        title: 'Reschedule request sent',
        lines: [
          `You asked to move your session of ${span(notice.request.current, zone)} to ${span(notice.request.proposed, zone)}.`,
          `${notice.request.therapistName} needs to confirm it. Until then your current session stands.`,
        ],
      };
    case 'reschedule_proposed':
      if (notice.request.move) return moveAskedText(notice.request, zone, notice.acceptingLocksWithin);
      return {
        title: `${notice.request.therapistName} proposes another time`,
        lines: [
          `Current: ${span(notice.request.current, zone)}`,
          `Proposed: ${span(notice.request.proposed, zone)}`,
          'Accept to move your session, or decline to keep the current time.',
          ...lockLine(notice.acceptingLocksWithin, 'proposed'),
        ],
        quote: notice.request.reason,
      };
    case 'proposal_sent':
      if (notice.request.move) {
        return {
          title: `You asked ${notice.request.employeeName} to move the session`,
          lines: [
            `Current: ${span(notice.request.current, zone)}`,
            `New time: ${span(notice.request.proposed, zone)}`,
            `The new time is held for them until they accept or decline; until then the session stays as it is. Their answer appears here.`,
          ],
          quote: notice.request.reason,
        };
      }
      return {
        title: `You proposed another time to ${notice.request.employeeName}`,
        lines: [
          `Current: ${span(notice.request.current, zone)}`,
          `Proposed: ${span(notice.request.proposed, zone)}`,
          'The time is held for them until they accept or decline.',
        ],
        quote: notice.request.reason,
      };
    case 'request_decided': {
      const reader = notice.reader ?? (notice.request.requestedBy === 'therapist' ? 'employee' : 'therapist');
      const text = decidedText(notice.request, zone, reader);
      return {
        ...text,
        lines: [...text.lines, ...sinceLines(notice.request, zone, reader)],
        quote: notice.request.decisionNote ?? undefined,
      };
    }
    case 'reschedule_not_confirmed':
      return notConfirmedText(notice.request, notice.why, zone);
    case 'session_rescheduled':
      return {
        title: 'Session rescheduled',
        lines: [
          `${notice.session.employeeName} with ${notice.session.therapistName}`,
          `New time: ${span(notice.session, zone)}`,
          `Was: ${span(notice.previous, zone)}`,
          ...joinLine(notice.session),
        ],
      };
    case 'reschedule_declined':
      if (notice.request.move) {
        return {
          title: `${notice.request.employeeName} declined to move the session`,
          lines: [`The session stays at ${span(notice.request.current, zone)}.`, `You asked for: ${span(notice.request.proposed, zone)}`],
          quote: notice.request.decisionNote ?? undefined,
        };
      }
      return {
        title: 'Reschedule request declined',
        lines: [
          `The session stays at ${span(notice.request.current, zone)}.`,
          `Requested time: ${span(notice.request.proposed, zone)}`,
          ...sinceLines(notice.request, zone, notice.request.requestedBy === 'employee' ? 'employee' : 'therapist'),
        ],
        quote: notice.request.decisionNote ?? undefined,
      };
    case 'request_withdrawn':
      return {
        title: 'Reschedule request withdrawn',
        lines: [`The session stays at ${span(notice.request.current, zone)}.`],
      };
    case 'request_expired':
      return {
        title: 'Reschedule request expired',
        lines: [
          `The session of ${span(notice.request.current, zone)} is now within ${notice.cutoffHours} hours, so it can no longer be moved.`,
          'The session stands as booked. It can still be cancelled, but that counts against the allowance.',
        ],
      };
    case 'session_booked':
      return {
        title: 'Session booked',
        lines: [
          `${notice.session.employeeName} with ${notice.session.therapistName}`,
          span(notice.session, zone),
          ...joinLine(notice.session),
        ],
      };
    case 'reminder_cutoff':
    case 'reminder_starting':
      return reminderText(notice, zone);
    case 'care_note':
      return careNoteText(notice.note);
    case 'session_cancelled':
      return cancelledText(notice, zone);
    case 'offer_made':
      return offerForClientText(notice.offer, zone);
    case 'offer_sent':
      return offerForTherapistText(notice.offer, zone);
    case 'offer_declined':
      return {
        title: `${notice.offer.employeeName} chose none of the offered times`,
        lines: ['The times are free again. Reply in this thread to arrange another time, or offer new times.'],
      };
    case 'extra_sessions_approved':
    case 'extra_sessions_declined':
      return extraSessionsText(notice);
    case 'therapist_changed':
      return notice.reader === 'employee'
        ? {
            title: 'Your new therapist',
            lines: [
              `You now work with ${notice.newTherapistName}. Your next message here starts your conversation with them.`,
              'Upcoming sessions with your previous therapist are cancelled and credited back to your allowance; your history stays yours.',
            ],
          }
        : {
            title: `${notice.employeeName} now works with another therapist`,
            lines: [
              'The wellbeing service has assigned them another therapist. This conversation is closed: replies here no longer reach them.',
              'Their upcoming sessions with you are cancelled.',
            ],
          };
  }
}

/** The offered times as a list, the booked one marked once booked. */
function offeredTimes(offer: OfferView, zone: string): string[] {
  return offer.times.map((t, i) => `${i + 1}. ${span(t, zone)}${offer.bookedIndex === i ? ' (booked)' : ''}`);
}

/** The client's message about an offer: the choice while open, then what became of it (updated in place). */
function offerForClientText(offer: OfferView, zone: string): NoticeText {
  const times = offeredTimes(offer, zone);
  switch (offer.status) {
    case 'open':
      return {
        title: `${offer.therapistName} offers times for your next session`,
        lines: [
          ...times,
          `These times are held for you until ${formatInstant(offer.expiresAt, zone)}. Booking one uses a session of that month's allowance.`,
        ],
      };
    case 'booked':
      return { title: 'You booked one of the offered times', lines: times };
    case 'declined':
      return { title: 'You chose none of the offered times', lines: [...times, `${offer.therapistName} has been told.`] };
    case 'replaced':
      return { title: 'These offered times were replaced', lines: [...times, `${offer.therapistName} sent you new times instead.`] };
    case 'withdrawn':
      return { title: 'These offered times were withdrawn', lines: [...times, 'Message your therapist to arrange your next session.'] };
    case 'expired':
      return {
        title: 'These offered times have expired',
        lines: [
          ...times,
          `They were held until ${formatInstant(offer.expiresAt, zone)}. Message your therapist to arrange your next session.`,
        ],
      };
  }
}

/** The therapist's thread post of their offer: held for the client while open, then its outcome. */
function offerForTherapistText(offer: OfferView, zone: string): NoticeText {
  const times = offeredTimes(offer, zone);
  switch (offer.status) {
    case 'open':
      return {
        title: `You offered ${offer.employeeName} ${offer.times.length === 1 ? 'a time' : `${offer.times.length} times`}`,
        lines: [
          ...times,
          `They are held for your client until ${formatInstant(offer.expiresAt, zone)}, or until they book one or decline.`,
        ],
      };
    case 'booked':
      return { title: `${offer.employeeName} booked one of the offered times`, lines: [...times, 'The other times are free again.'] };
    case 'declined':
      return { title: `${offer.employeeName} chose none of the offered times`, lines: [...times, 'The times are free again.'] };
    case 'replaced':
      return { title: 'Offer replaced', lines: [...times, 'You offered new times; these are free again.'] };
    case 'withdrawn':
      return { title: 'Offer withdrawn', lines: [...times, 'The offer was closed by the wellbeing service; the times are free again.'] };
    case 'expired':
      return { title: 'Offer expired', lines: [...times, `${offer.employeeName} booked none of them in time; the times are free again.`] };
  }
}

/** Said when accepting a time inside the client's window would leave the session immovable. */
function lockLine(locksWithin: number | undefined, what: 'proposed' | 'new'): string[] {
  return locksWithin === undefined
    ? []
    : [`The ${what} time is within ${locksWithin} hours: once you accept it, it can't be rescheduled again, only cancelled.`];
}

/** To the client: their therapist asks to move the session (docs/design.md §2, rule 12); nothing changes unless they accept. */
function moveAskedText(r: RequestView, zone: string, locksWithin: number | undefined): NoticeText {
  return {
    title: `${r.therapistName} asks to move your session`,
    lines: [
      `Current: ${span(r.current, zone)}`,
      `New time: ${span(r.proposed, zone)}`,
      'Accept to move your session, or decline to keep the current time. Nothing changes unless you accept.',
      ...lockLine(locksWithin, 'new'),
    ],
    quote: r.reason,
  };
}

/** Above the therapist's recommendation form, on both platforms. */
export const recommendationIntro =
  'For a client who has used their sessions of a month. The wellbeing service decides; your note stays with it, and the employer only ever sees counts.';

/** What the employee reads before asking to change therapist. */
export const therapistChangeIntro =
  'Ask the wellbeing service for a different therapist. No reason is needed and your therapist is not told. ' +
  'Once you have a new therapist, upcoming sessions with your current one are cancelled and credited back to your allowance.';

/** The employee's answer when they ask to change therapist (issue 19, §6). */
export function therapistChangeAskedText(alreadyAsked: boolean): string {
  return alreadyAsked
    ? 'You have already asked to change therapist. The wellbeing service will tell you here when you have a new one.'
    : 'Your request to change therapist is with the wellbeing service. Your therapist is not told. You will hear here when you have a new one; until then your sessions and messages carry on as before.';
}

/** Where a recommendation is made from in Teams, for a therapist who asks elsewhere. */
export const recommendationWhere =
  "Recommend more sessions from your client's thread: reply there with @Wellbeing recommend, and a form for that client opens.";

/** The therapist's answer once a recommendation is sent. */
export function recommendationSentText(made: { employeeName: string; month: string; sessions: number }): string {
  return (
    `Sent to the wellbeing service: ${sessionsWord(made.sessions)} for ${made.employeeName} in ${monthName(made.month)}. ` +
    `You'll hear in ${made.employeeName}'s thread when it is decided.`
  );
}

const sessionsWord = (n: number) => `${n} extra session${n === 1 ? '' : 's'}`;

/** Extra sessions: the employee never reads of a recommendation or a note, only that their allowance grew. */
function extraSessionsText(notice: Extract<Notice, { kind: 'extra_sessions_approved' | 'extra_sessions_declined' }>): NoticeText {
  const month = monthName(notice.month);
  if (notice.kind === 'extra_sessions_declined')
    return {
      title: `Extra sessions not approved for ${notice.employeeName}`,
      lines: [
        `The wellbeing service did not approve your recommendation of ${sessionsWord(notice.sessions)} in ${month}.`,
        `${notice.employeeName} has not been told; their allowance is unchanged.`,
      ],
      quote: notice.reason ?? undefined,
    };
  return notice.reader === 'employee'
    ? {
        title: 'More sessions added',
        lines: [
          `${sessionsWord(notice.sessions)} ${notice.sessions === 1 ? 'has' : 'have'} been added to your allowance for ${month}.`,
          'You can book now.',
        ],
      }
    : {
        title: `Extra sessions approved for ${notice.employeeName}`,
        lines: [
          `The wellbeing service approved your recommendation: ${sessionsWord(notice.sessions)} in ${month} ${notice.sessions === 1 ? 'was' : 'were'} added to ${notice.employeeName}'s allowance.`,
          'They have been told and can book now.',
        ],
      };
}

/**
 * A therapist's cancellation is never late and always credited back (docs/design.md §9); it speaks to each reader:
 * the employee hears it is credited back to their allowance, the therapist that their client has been told.
 */
function cancelledText(notice: Extract<Notice, { kind: 'session_cancelled' }>, zone: string): NoticeText {
  const { session } = notice;
  const what = `${span(session, zone)}, ${session.employeeName} with ${session.therapistName}`;
  if (notice.cancelledBy === 'therapist') {
    return notice.reader === 'therapist'
      ? {
          title: 'Session cancelled',
          lines: [what, `You cancelled it, so it is credited back to ${session.employeeName}'s allowance; they have been told.`],
          quote: notice.reason,
        }
      : {
          title: 'Session cancelled by your therapist',
          lines: [what, `${session.therapistName} cancelled this session, so this session is credited back to your allowance.`],
          quote: notice.reason,
        };
  }
  return {
    title: notice.late ? 'Session cancelled (late cancellation)' : 'Session cancelled',
    lines: [
      what,
      notice.late
        ? "It was cancelled within the reschedule window, so it still counts against that month's allowance."
        : 'The session has been credited back to the allowance.',
    ],
    quote: notice.reason,
  };
}

/**
 * A request message once decided. An employee's request is read by the therapist in their thread; a therapist's
 * proposal is read by the employee who answered it, so it speaks to them ("You accepted"). A confirmed request
 * shows the new time as the current one: that is where the session now is.
 */
function decidedText(r: RequestView, zone: string, reader: 'employee' | 'therapist'): NoticeText {
  if (r.sessionCancelled) {
    return {
      title: 'Reschedule request closed: session cancelled',
      lines: [
        `The session of ${span(r.current, zone)} was cancelled, so this request no longer applies.`,
        `Requested: ${span(r.proposed, zone)}`,
      ],
    };
  }
  if (r.requestedBy === 'therapist') return reader === 'employee' ? proposalAnsweredText(r, zone) : proposalOutcomeText(r, zone);
  if (reader === 'employee') return requestOutcomeText(r, zone);
  switch (r.status) {
    case 'confirmed':
      return { title: 'Reschedule request confirmed', lines: [`Current: ${span(r.proposed, zone)}`, `Was: ${span(r.current, zone)}`] };
    case 'declined':
      return {
        title: 'Reschedule request declined',
        lines: [`The session stays at ${span(r.current, zone)}.`, `Requested: ${span(r.proposed, zone)}`],
      };
    case 'withdrawn':
      return {
        title: 'Reschedule request withdrawn',
        lines: [
          `${r.employeeName} withdrew this request. The session stays at ${span(r.current, zone)}.`,
          `Requested: ${span(r.proposed, zone)}`,
        ],
      };
    case 'expired':
      return {
        title: 'Reschedule request expired',
        lines: [
          `The session of ${span(r.current, zone)} is now inside the reschedule window, so it stays as booked.`,
          `Requested: ${span(r.proposed, zone)}`,
        ],
      };
    case 'proposed':
      return {
        title: 'Reschedule request answered with another proposed time',
        lines: [
          `Current: ${span(r.current, zone)}`,
          `Requested: ${span(r.proposed, zone)}`,
          `You proposed another time; ${r.employeeName} can accept or decline it.`,
        ],
      };
    case 'pending':
      return { title: 'Reschedule request pending', lines: [`Current: ${span(r.current, zone)}`, `Requested: ${span(r.proposed, zone)}`] };
  }
}

function proposalAnsweredText(r: RequestView, zone: string): NoticeText {
  if (r.move) return moveAnsweredText(r, zone);
  switch (r.status) {
    case 'confirmed':
      return {
        title: 'You accepted the proposed time',
        lines: [`Your session is now at ${span(r.proposed, zone)}.`, `Was: ${span(r.current, zone)}`],
      };
    case 'declined':
      return {
        title: 'You declined the proposed time',
        lines: [`Your session stays at ${span(r.current, zone)}.`, `Proposed by ${r.therapistName}: ${span(r.proposed, zone)}`],
      };
    case 'expired':
      return {
        title: 'The proposed time has expired',
        lines: [`Your session of ${span(r.current, zone)} is now inside the reschedule window, so it stays as booked.`],
      };
    case 'withdrawn':
      return { title: 'The proposed time was withdrawn', lines: [`Your session stays at ${span(r.current, zone)}.`] };
    case 'pending':
    case 'proposed':
      return {
        title: `${r.therapistName} proposes another time`,
        lines: [`Current: ${span(r.current, zone)}`, `Proposed: ${span(r.proposed, zone)}`],
      };
  }
}

/** The client's copy of their therapist's request to move the session, once it is decided. */
function moveAnsweredText(r: RequestView, zone: string): NoticeText {
  switch (r.status) {
    case 'confirmed':
      return {
        title: 'You accepted the new time',
        lines: [`Your session is now at ${span(r.proposed, zone)}.`, `Was: ${span(r.current, zone)}`],
      };
    case 'declined':
      return {
        title: 'You declined to move your session',
        lines: [`Your session stays at ${span(r.current, zone)}.`, `${r.therapistName} asked for: ${span(r.proposed, zone)}`],
      };
    case 'expired':
      return {
        title: `${r.therapistName}'s request to move your session has expired`,
        lines: [`Your session of ${span(r.current, zone)} is now inside the reschedule window, so it stays as booked.`],
      };
    case 'withdrawn':
      return { title: 'The request to move your session was withdrawn', lines: [`Your session stays at ${span(r.current, zone)}.`] };
    case 'pending':
    case 'proposed':
      return moveAskedText(r, zone, undefined);
  }
}

/** The therapist's own request to move a session, once their client has answered it (or time has): in their thread. */
function moveOutcomeText(r: RequestView, zone: string): NoticeText {
  switch (r.status) {
    case 'confirmed':
      return {
        title: `${r.employeeName} accepted the new time`,
        lines: [`The session is now at ${span(r.proposed, zone)}.`, `Was: ${span(r.current, zone)}`],
      };
    case 'declined':
      return {
        title: `${r.employeeName} declined to move the session`,
        lines: [`The session stays at ${span(r.current, zone)}.`, `You asked for: ${span(r.proposed, zone)}`],
      };
    case 'expired':
      return {
        title: 'Your request to move the session expired',
        lines: [`${r.employeeName} didn't answer before the reschedule window; the session stays at ${span(r.current, zone)}.`],
      };
    case 'withdrawn':
      return { title: 'Your request to move the session was closed', lines: [`The session stays at ${span(r.current, zone)}.`] };
    case 'pending':
    case 'proposed':
      return {
        title: `You asked ${r.employeeName} to move the session`,
        lines: [`Current: ${span(r.current, zone)}`, `New time: ${span(r.proposed, zone)}`, `Waiting for ${r.employeeName}'s answer.`],
      };
  }
}

/** The therapist's own proposal, once their client has answered it: in the therapist's words, in their thread. */
function proposalOutcomeText(r: RequestView, zone: string): NoticeText {
  if (r.move) return moveOutcomeText(r, zone);
  switch (r.status) {
    case 'confirmed':
      return {
        title: `${r.employeeName} accepted your proposed time`,
        lines: [`The session is now at ${span(r.proposed, zone)}.`, `Was: ${span(r.current, zone)}`],
      };
    case 'declined':
      return {
        title: `${r.employeeName} declined your proposed time`,
        lines: [`The session stays at ${span(r.current, zone)}.`, `You proposed: ${span(r.proposed, zone)}`],
      };
    case 'expired':
      return {
        title: 'Your proposed time expired',
        lines: [`${r.employeeName} didn't answer before the reschedule window; the session stays at ${span(r.current, zone)}.`],
      };
    case 'withdrawn':
      return { title: 'Your proposed time was withdrawn', lines: [`The session stays at ${span(r.current, zone)}.`] };
    case 'pending':
    case 'proposed':
      return {
        title: `You proposed another time to ${r.employeeName}`,
        lines: [
          `Current: ${span(r.current, zone)}`,
          `Proposed: ${span(r.proposed, zone)}`,
          'The time is held for them until they accept or decline.',
        ],
      };
  }
}

/** The employee's own request, once their therapist (or time) has decided it: in the employee's words, in their DM. */
function requestOutcomeText(r: RequestView, zone: string): NoticeText {
  switch (r.status) {
    case 'confirmed':
      return {
        title: 'Your reschedule request was confirmed',
        lines: [`Your session is now at ${span(r.proposed, zone)}.`, `Was: ${span(r.current, zone)}`],
      };
    case 'declined':
      return {
        title: 'Your reschedule request was declined',
        lines: [`Your session stays at ${span(r.current, zone)}.`, `You asked for: ${span(r.proposed, zone)}`],
      };
    case 'withdrawn':
      return { title: 'You withdrew your reschedule request', lines: [`Your session stays at ${span(r.current, zone)}.`] };
    case 'expired':
      return {
        title: 'Your reschedule request expired',
        lines: [`Your session of ${span(r.current, zone)} is now inside the reschedule window, so it stays as booked.`],
      };
    case 'proposed':
      return {
        title: `${r.therapistName} proposed another time`,
        lines: [`Your session stays at ${span(r.current, zone)} unless you accept the time they proposed.`],
      };
    case 'pending':
      return {
        title: 'Reschedule request sent',
        lines: [`You asked to move your session of ${span(r.current, zone)} to ${span(r.proposed, zone)}.`],
      };
  }
}

const notConfirmedWhat: Record<NotConfirmedWhy, (r: RequestView, zone: string) => string> = {
  slot_taken: (r, zone) => `The time you asked for, ${span(r.proposed, zone)}, is no longer free.`,
  allowance_exhausted: (r, zone) =>
    `Moving it to ${span(r.proposed, zone)} would go over your allowance for ${monthName(monthOf(r.proposed.start, zone))}.`,
  inside_cutoff: (r, zone) =>
    `Your session of ${span(r.current, zone)} now starts within the reschedule window, so it can no longer be moved.`,
  session_not_active: () => 'The session has already been cancelled, rescheduled or has taken place.',
  time_in_past: (r, zone) => `The time you asked for, ${span(r.proposed, zone)}, has already passed.`,
};

/** What the employee can still do after a failed Confirm; the buttons beside it offer the same. */
export function notConfirmedOptions(why: NotConfirmedWhy): ('reschedule' | 'cancel' | 'message')[] {
  if (why === 'session_not_active') return ['message'];
  if (why === 'inside_cutoff') return ['cancel', 'message'];
  return ['reschedule', 'cancel', 'message'];
}

/**
 * A message that offered an action on a session, brought up to date once the session was cancelled or moved: what
 * became of it, and (for the employee) what they can do now, which the buttons beside it offer (next-steps.ts).
 */
function sinceLines(r: RequestView, zone: string, reader: 'employee' | 'therapist'): string[] {
  const since = r.sessionSince;
  if (!since || r.sessionCancelled) return [];
  if (since.status === 'cancelled') {
    const what = `Since then, the session of ${span(since, zone)} has been cancelled.`;
    return reader === 'employee' ? [what, 'You can book a new session, or message your therapist.'] : [what];
  }
  return reader === 'employee'
    ? [
        `Since then, your session has moved to ${span(since, zone)}.`,
        'You can pick another time for it, cancel it, or message your therapist.',
      ]
    : [`Since then, the session has moved to ${span(since, zone)}.`];
}

function notConfirmedText(r: RequestView, why: NotConfirmedWhy, zone: string): NoticeText {
  const lines = [notConfirmedWhat[why](r, zone)];
  if (r.sessionSince)
    return { title: 'Your reschedule request could not be confirmed', lines: [...lines, ...sinceLines(r, zone, 'employee')] };
  if (why !== 'session_not_active') lines.push(`Your session stays at ${span(r.current, zone)}.`);
  const options = notConfirmedOptions(why);
  if (options.includes('reschedule')) {
    lines.push('You can pick another time, cancel the session, or message your therapist.');
  } else if (options.includes('cancel')) {
    lines.push("You can still cancel it (a late cancellation counts against that month's allowance), or message your therapist.");
  } else {
    lines.push('You can message your therapist, or book a new session if you have allowance left.');
  }
  return { title: 'Your reschedule request could not be confirmed', lines };
}

/** Stated before a cancellation is confirmed, so nobody is surprised by the allowance consequence. */
export function cancellationConsequence(late: boolean, cutoffHours: number): string {
  return late
    ? `This session starts within ${cutoffHours} hours, so this is a late cancellation: it will still count against that month's allowance and won't be credited back.`
    : 'The session will be credited back to your allowance.';
}

/** Above the therapist's list of sessions to mark (Slack App Home, Teams week card). */
export function attendanceListIntro(days: number): string {
  return `Sessions of the last ${days} days: mark each once, for the usage counts.`;
}

/** Told to the therapist once their mark is stored (a second mark is the `already_marked` refusal). */
export function attendanceMarkedText(attendance: 'attended' | 'no_show'): string {
  return attendance === 'attended'
    ? 'Marked as attended. Thank you.'
    : 'Marked as a no-show. It is counted in the usage report, without any name.';
}

/** The same statement for a therapist cancelling: never late, always credited back to their client. */
export function therapistCancellationConsequence(employeeName: string): string {
  return `This session will be credited back to ${employeeName}: it won't count against their allowance. They will be told it was cancelled, with your reason.`;
}

/**
 * When the app could not take or finish something in time because of a fault on its side (the database down or
 * slow): said once, plainly, and only what is known about whether anything changed.
 */
export const faultWording = {
  /** Nothing was started: the request was dropped before any change. */
  notTaken: "Sorry, I couldn't do that just now because of a problem on our side. Nothing was changed; please try again in a minute.",
  /** Started but not finished in time: the outcome is sent when it is known. */
  stillWorking: 'This is taking longer than usual: you will see the outcome here when it is done.',
  /** Failed part-way: it may or may not have been stored. */
  mayNotBeDone:
    'Sorry, something went wrong on our side and this may not have been done. Please check your Home tab, then try again in a minute.',
  viewWorking: ':hourglass_flowing_sand: Still working on it: this window shows the outcome when it is done.',
  viewDone: ':white_check_mark: Done. You can close this window.',
  viewRefused: 'Nothing was changed. Close this window and open the form again to try once more.',
  viewFailed:
    'Sorry, something went wrong on our side before this was finished, so it may not have been saved. Please check your Home tab before trying again.',
} as const;

/** Why a booking list shows no times in a month: its allowance is used up (the employee's own words). */
export function fullMonthLine(full: { month: string; allowance: number }): string {
  const name = monthName(full.month);
  const used = full.allowance === 1 ? 'the 1 session' : `all ${full.allowance} sessions`;
  return `You've used ${used} of your allowance for ${name}, so its times aren't shown.`;
}
