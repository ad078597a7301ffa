// The therapist confirms an employee's request, or the employee accepts a therapist's proposal.
import { Types } from 'mongoose';
import { employeeAllowance } from '../../domain/allowance.js';
import { bookingNoticeOf, isInFuture, isOutsideCutoff, isWithinNotice } from '../../domain/policy.js';
import { refuse, type Refusal, type RefusalCode } from '../../domain/refusals.js';
import { monthOf } from '../../domain/time.js';
import type { RequestView, SessionView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, type OwnedRequest } from '../guards.js';
import { tellEmployee } from '../notify.js';
import type { Actor, Result } from '../types.js';
import { isMove, requestView, sessionView } from '../views.js';
import { lostDecision, pendingAwaiting } from './awaiting.js';
import { moveNeedsOf, replacementOf, SessionConflictError } from './confirmation.js';
import { finishDecision, type DecisionData } from './decisions.js';
import { expireRequest } from './expire.js';
import { claimConfirmation, releaseDecision } from '../reservations/index.js';

type Confirmed = Extract<DecisionData, { status: 'confirmed' }>;

type NotConfirmed = Extract<RefusalCode, 'slot_taken' | 'allowance_exhausted' | 'inside_cutoff' | 'session_not_active' | 'time_in_past'>;

/** A confirmation that could not go through: the employee hears it too, with what they can do next. */
async function notConfirmed(ctx: ServiceContext, o: OwnedRequest, why: NotConfirmed, refusal: Refusal): Promise<Refusal> {
  if (o.role === 'therapist') {
    await tellEmployee(ctx, o.parties, { kind: 'reschedule_not_confirmed', request: requestView(o.request, o.session, o.parties), why });
  }
  return refusal;
}

export async function confirm(
  ctx: ServiceContext,
  actor: Actor,
  input: { requestId: string },
): Promise<Result<{ request: RequestView; session: SessionView }>> {
  const o = await pendingAwaiting(ctx, actor, input.requestId);
  if (isRefusal(o)) return o;
  if (o.role !== o.request.awaiting) return refuse('not_awaiting_you');
  const now = ctx.clock();
  const cutoff = o.org.rescheduleCutoffHours;
  // A request that can no longer be confirmed (its session is inside the window, or no longer booked) ends now, as
  // the sweep would end it: its time is released and every message about it says so, on both sides.
  if (o.session.status !== 'booked' || !isOutsideCutoff(o.session.start, now, cutoff)) {
    const ended = await expireRequest(ctx, o);
    if (!ended.won) return lostDecision(ctx, ended);
    return o.session.status !== 'booked' ? refuse('session_not_active') : refuse('inside_cutoff', { hours: cutoff });
  }
  if (!isInFuture(o.request.start, now)) return notConfirmed(ctx, o, 'time_in_past', refuse('time_in_past'));
  // A client accepts a proposed time only at least the therapist's booking notice ahead (the request stays open:
  // they can decline it, or the therapist propose another). A time the therapist asked to move to of their own
  // accord is theirs to give: the notice protects them from clients, not from themselves.
  const notice = bookingNoticeOf(o.parties.therapist);
  if (o.role === 'employee' && !isMove(o.request) && isWithinNotice(o.request.start, now, notice))
    return refuse('too_soon', { hours: notice });

  // The decision is claimed first: a second confirmation (double click, retry, other instance) stops here
  // having taken nothing, so it can never release what the winner holds.
  const decision: Confirmed = {
    status: 'confirmed',
    by: actor.personId,
    owner: String(new Types.ObjectId()),
    month: monthOf(o.request.start, o.org.zone),
  };
  const outcome = await claimConfirmation(ctx, o.request, decision, moveNeedsOf(o, decision));
  if (!outcome.won) return lostDecision(ctx, outcome);
  if (outcome.sessionChanged) {
    await releaseDecision(ctx, o.request, decision);
    return notConfirmed(ctx, o, 'session_not_active', refuse('session_not_active'));
  }
  const secured = await outcome.secure();
  if (!secured.ok) {
    await releaseDecision(ctx, o.request, decision, o.session);
    const refusal =
      secured.code === 'allowance_exhausted'
        ? refuse('allowance_exhausted', {
            month: decision.month,
            allowance: employeeAllowance(o.org, o.parties.employee, decision.month),
          })
        : refuse(secured.code);
    return notConfirmed(ctx, o, secured.code === 'allowance_exhausted' ? 'allowance_exhausted' : 'slot_taken', refusal);
  }
  try {
    await finishDecision(ctx, o, decision, now);
  } catch (err) {
    if (!(err instanceof SessionConflictError)) throw err;
    await releaseDecision(ctx, o.request, decision, o.session);
    return notConfirmed(ctx, o, 'session_not_active', refuse('session_not_active'));
  }
  const replacement = replacementOf(o, decision, o.session.unitKey, now);
  return {
    ok: true,
    request: requestView({ ...o.request, status: 'confirmed', decidedAt: now }, o.session, o.parties),
    session: sessionView(replacement, o.parties),
  };
}
