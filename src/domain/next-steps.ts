// What the employee can do next when a message of theirs ends something (issue 18, item 11): a declined or expired
// request, a session cancelled by the therapist. One list per notice, offered as buttons on both platforms, so no
// message leaves the employee at a dead end and Slack and Teams never offer different things.
import type { Notice } from '../notices/notice.js';

/** Pick another time (of this session), cancel it, message the therapist, book a new session. */
export type NextStep = 'reschedule' | 'cancel' | 'message' | 'book';

/** The employee's next steps offered with a notice; none for anything else, or for another reader. */
export function employeeNextSteps(notice: Notice): NextStep[] {
  switch (notice.kind) {
    case 'request_decided': {
      const reader = notice.reader ?? (notice.request.requestedBy === 'therapist' ? 'employee' : 'therapist');
      if (reader !== 'employee') return [];
      const r = notice.request;
      if (r.sessionCancelled) return ['book', 'message'];
      // Declined (by the therapist, or a proposal by the employee): the session stands and can still be moved.
      if (r.status === 'declined') return ['reschedule', 'message'];
      // Expired: the session is inside the window, so it stands; it can still be cancelled (late).
      if (r.status === 'expired') return ['cancel', 'message'];
      return [];
    }
    case 'reschedule_declined':
      // Sent to the employee when their own request is declined (to the therapist when a proposal is).
      return notice.request.requestedBy === 'employee' ? ['reschedule', 'message'] : [];
    case 'session_cancelled':
      return notice.cancelledBy === 'therapist' && notice.reader !== 'therapist' ? ['book', 'message'] : [];
    default:
      return [];
  }
}
