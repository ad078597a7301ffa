// What each notice says, in words, for one reader in their zone. Slack and Teams lay these lines out
// differently (Block Kit / Adaptive Cards) but never word a rule differently.
import type { Notice, RequestView, SessionView } from '../notices/notice.js';
import { careNoteText } from './care.js';
import { joinLine, reminderText } from './reminder-wording.js';
import { formatSpan } from './time.js';

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
      return {
        title: `${notice.request.therapistName} proposes another time`,
        lines: [
          `Current: ${span(notice.request.current, zone)}`,
          `Proposed: ${span(notice.request.proposed, zone)}`,
          'Accept to move your session, or decline to keep the current time.',
        ],
        quote: notice.request.reason,
      };
    case 'proposal_sent':
      return {
        title: `You proposed another time to ${notice.request.employeeName}`,
        lines: [
          `Current: ${span(notice.request.current, zone)}`,
          `Proposed: ${span(notice.request.proposed, zone)}`,
          'The time is held for them until they accept or decline.',
        ],
        quote: notice.request.reason,
      };
    case 'reschedule_not_confirmed':
      return {
        title: 'Your reschedule request could not be confirmed',
        lines: [
          `Your session stays at ${span(notice.request.current, zone)}.`,
          'You can pick another time, cancel the session, or message your therapist.',
        ],
      };
    case 'request_decided': {
      const r = notice.request;
      return {
        title: `Reschedule request ${statusWord[r.status]}`,
        lines: [`Current: ${span(r.current, zone)}`, `Requested: ${span(r.proposed, zone)}`],
        quote: r.decisionNote ?? undefined,
      };
    }
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
      return {
        title: 'Reschedule request declined',
        lines: [
          `The session stays at ${span(notice.request.current, zone)}.`,
          `Requested time: ${span(notice.request.proposed, zone)}`,
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
        lines: [`${notice.session.employeeName} with ${notice.session.therapistName}`, span(notice.session, zone), ...joinLine(notice.session)],
      };
    case 'reminder_cutoff':
    case 'reminder_starting':
      return reminderText(notice, zone);
    case 'care_note':
      return careNoteText(notice.note);
    case 'session_cancelled':
      return {
        title: notice.late ? 'Session cancelled (late cancellation)' : 'Session cancelled',
        lines: [
          `${span(notice.session, zone)}, ${notice.session.employeeName} with ${notice.session.therapistName}`,
          notice.late
            ? "It was cancelled within the reschedule window, so it still counts against that month's allowance."
            : 'The session has been credited back to the allowance.',
        ],
        quote: notice.reason,
      };
  }
}

/** Stated before a cancellation is confirmed, so nobody is surprised by the allowance consequence. */
export function cancellationConsequence(late: boolean, cutoffHours: number): string {
  return late
    ? `This session starts within ${cutoffHours} hours, so this is a late cancellation: it will still count against that month's allowance and won't be credited back.`
    : 'The session will be credited back to your allowance.';
}
