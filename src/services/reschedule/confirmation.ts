// Applying a confirmed reschedule: the new time becomes a new session that replaces the old one (closed with a
// link to it), the busy time and allowance unit follow, and the old session's are freed. Every step is
// idempotent, so a confirmation whose caller died is finished from its decision claim alone. The old session is
// closed before the new one is written: whatever a crash leaves, at most one of the two is live, so they never
// both count (or free) the unit they share; in between, the old session's claims stay live (reservations).
import { nextInChain } from '../../calendar/chain.js';
import { employeeAllowance } from '../../domain/allowance.js';
import { isDuplicateKey } from '../../store/index.js';
import type { SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import {
  holdNextVersionFor,
  secureMove,
  transferToReplacement,
  unitOfMove,
  type MoveNeeds,
  type MoveSecured,
} from '../reservations/index.js';
import type { OwedNoticeSpec } from '../owed.js';
import { sessionView } from '../views.js';
import type { DecisionData, DecisionSubject } from './decisions.js';

type Confirmed = Extract<DecisionData, { status: 'confirmed' }>;

export class SessionConflictError extends Error {}

function allowanceOf(s: DecisionSubject, month: string): number {
  return employeeAllowance(s.org, s.parties.employee, month);
}

/** What moving the session to the requested time must hold, for this attempt (the decision's owner). */
export function moveNeedsOf(s: DecisionSubject, d: Confirmed): MoveNeeds {
  return {
    session: s.session,
    therapistId: s.request.therapistId,
    span: s.request,
    buffer: s.parties.therapist.bufferMinutes ?? 0,
    holder: { sessionId: String(s.request.newSessionId), requestId: String(s.request._id) },
    owner: d.owner,
    unit: d.month === s.session.month ? null : { employeeId: s.request.employeeId, month: d.month, allowance: allowanceOf(s, d.month) },
  };
}

/** Takes what the new time needs; on refusal nothing this attempt took is left. */
export function secureConfirmation(ctx: ServiceContext, s: DecisionSubject, d: Confirmed): Promise<MoveSecured> {
  return secureMove(ctx, moveNeedsOf(s, d));
}

export function replacementOf(s: DecisionSubject, d: Confirmed, unitKey: string, at: Date): SessionDoc {
  const old = s.session;
  return {
    _id: s.request.newSessionId,
    orgId: old.orgId,
    employeeId: old.employeeId,
    therapistId: old.therapistId,
    start: s.request.start,
    end: s.request.end,
    month: d.month,
    status: 'booked',
    version: 0,
    bufferMinutes: s.parties.therapist.bufferMinutes ?? 0,
    unitKey,
    replaces: old._id,
    replacedBy: null,
    cancelReason: null,
    ...nextInChain(old),
    createdAt: at,
  };
}

/** True once the old session is closed in favour of this confirmation's new one: it can only go forward. */
export const isReplacedBy = (s: DecisionSubject): boolean =>
  s.session.status === 'rescheduled' && !!s.session.replacedBy?.equals(s.request.newSessionId);

export function confirmationNotices(s: DecisionSubject, d: Confirmed): OwedNoticeSpec[] {
  const previous = sessionView(s.session, s.parties);
  const session = sessionView(replacementOf(s, d, s.session.unitKey, s.request.createdAt), s.parties);
  const notice = { kind: 'session_rescheduled' as const, previous, session };
  // Messages that offered an action on the old session now act on the new one (session-messages.ts).
  const moved = { status: 'moved' as const, sessionId: session.id, start: session.start, end: session.end };
  return [
    { to: 'therapist', notice },
    { to: 'employee', notice },
    { to: 'employee', notice, sessionMessagesOf: { sessionId: previous.id, since: moved } },
  ];
}

/**
 * The writes of a confirmation. `nextVersionHeld`: the deciding call claimed the session's next version with its
 * decision; whoever finishes a confirmation left behind claims it here.
 */
export async function applyConfirmation(ctx: ServiceContext, s: DecisionSubject, d: Confirmed, nextVersionHeld: boolean): Promise<void> {
  const { sessions } = ctx.store;
  const old = nextVersionHeld ? s.session : ((await sessions.session(s.session._id)) ?? s.session);
  const alreadyReplaced = old.status === 'rescheduled' && old.replacedBy?.equals(s.request.newSessionId);
  const needs = moveNeedsOf({ ...s, session: old }, d);
  const unitKey = needs.unit ? await unitOfMove(ctx, { ...needs, unit: needs.unit }) : old.unitKey;
  if (!unitKey) throw new SessionConflictError('the new month has no unit left');
  if (!alreadyReplaced) {
    if (old.status !== 'booked') throw new SessionConflictError('session changed before the confirmation was applied');
    if (s.request.custom) {
      // The therapist's confirmation adds the custom time to their availability in the same step.
      await sessions.ensureSlot({
        therapistId: s.request.therapistId,
        start: s.request.start,
        end: s.request.end,
        source: 'custom',
        createdAt: ctx.clock(),
      });
    }
    if (!nextVersionHeld && !(await holdNextVersionFor(ctx, old, String(s.request._id), d.owner))) {
      throw new SessionConflictError('session was changed by another action');
    }
    await sessions.updateSession(old._id, { status: 'rescheduled', replacedBy: s.request.newSessionId, version: old.version + 1 });
  }
  // Written once the old session is closed; a replay finds it there (and never revives one cancelled since).
  try {
    await sessions.insertSession(replacementOf(s, d, unitKey, ctx.clock()));
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  await transferToReplacement(ctx, {
    old,
    replacementId: s.request.newSessionId,
    requestId: String(s.request._id),
    span: s.request,
    buffer: needs.buffer,
    unitKey,
  });
}
