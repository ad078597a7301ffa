// What the employee can do next when a message of theirs ends something (issue 18, item 11): a declined or expired
// request, a session cancelled by the therapist. One list per notice, offered as buttons on both platforms, so no
// message leaves the employee at a dead end and Slack and Teams never offer different things.
import type { Notice, RequestView } from '../notices/notice.js';
import { notConfirmedOptions } from './wording.js';

/** Pick another time (of this session), cancel it, message the therapist, book a new session. */
export type NextStep = 'reschedule' | 'cancel' | 'message' | 'book';

/** What a message offers once its session was cancelled or moved (RequestView.sessionSince). */
function stepsSince(r: RequestView): NextStep[] | null {
  if (!r.sessionSince || r.sessionCancelled) return null;
  return r.sessionSince.status === 'cancelled' ? ['book', 'message'] : ['reschedule', 'cancel', 'message'];
}

/** The employee's next steps offered with a notice; none for anything else, or for another reader. */
export function employeeNextSteps(notice: Notice): NextStep[] {
  switch (notice.kind) {
    case 'request_decided': {
      const reader = notice.reader ?? (notice.request.requestedBy === 'therapist' ? 'employee' : 'therapist');
      if (reader !== 'employee') return [];
      const r = notice.request;
      const since = stepsSince(r);
      if (since) return since;
      if (r.sessionCancelled) return ['book', 'message'];
      // Declined (by the therapist, or a proposal by the employee): the session stands and can still be moved.
      if (r.status === 'declined') return ['reschedule', 'message'];
      // Expired: the session is inside the window, so it stands; it can still be cancelled (late).
      if (r.status === 'expired') return ['cancel', 'message'];
      return [];
    }
    case 'reschedule_declined':
      // Sent to the employee when their own request is declined (to the therapist when a proposal is).
      if (notice.request.requestedBy !== 'employee') return [];
      return stepsSince(notice.request) ?? ['reschedule', 'message'];
    case 'reschedule_not_confirmed':
      return stepsSince(notice.request) ?? notConfirmedOptions(notice.why);
    case 'session_cancelled':
      return notice.cancelledBy === 'therapist' && notice.reader !== 'therapist' ? ['book', 'message'] : [];
    default:
      return [];
  }
}

/**
 * The session a notice's buttons act on (Pick another time, Cancel session) for its employee, if it offers one of
 * those: such a message is remembered and brought up to date when that session is cancelled or moved. A message
 * whose session moved acts on the session that replaced it.
 */
export function sessionActedOn(notice: Notice): string | null {
  const steps = employeeNextSteps(notice);
  if (!steps.includes('reschedule') && !steps.includes('cancel')) return null;
  return stepSessionId(notice);
}

/** The session id the next-step buttons of a notice carry. */
export function stepSessionId(notice: Notice): string {
  if ('request' in notice) {
    const since = notice.request.sessionSince;
    return since?.status === 'moved' ? since.sessionId : notice.request.sessionId;
  }
  return 'session' in notice ? notice.session.id : '';
}
