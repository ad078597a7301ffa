// The employee asks to move a session to another time. The requested time is held for the request (others
// see it as taken) until it is confirmed, declined, withdrawn or expired.
import { Types } from 'mongoose';
import { bookingNoticeOf, isInFuture, isOutsideCutoff, isWithinNotice } from '../../domain/policy.js';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import { awayAt, backOn } from '../../domain/away.js';
import type { RequestView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedSession } from '../guards.js';
import { holdRequest } from '../reservations/index.js';
import { resolveTimeChoice } from '../time-choice.js';
import { recordNewRequest } from './new-request.js';
import { fullTargetMonth } from './target-month.js';
import type { Actor, Result, TimeChoice } from '../types.js';

export async function request(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: string; choice: TimeChoice; reason: string },
): Promise<Result<{ request: RequestView }>> {
  const reason = checkReason(input.reason);
  if (!reason.ok) return refuse(reason.error);
  // A chosen slot is read with the session.
  const slotRead =
    'slotId' in input.choice && Types.ObjectId.isValid(input.choice.slotId) ? ctx.store.sessions.slot(input.choice.slotId) : undefined;
  const [o, slot] = await Promise.all([ownedSession(ctx, actor, input.sessionId), slotRead]);
  if (isRefusal(o)) return o;
  if (o.role !== 'employee') return refuse('not_your_session');
  const now = ctx.clock();
  if (o.session.status !== 'booked' || !isInFuture(o.session.start, now)) return refuse('session_not_active');
  const cutoff = o.org.rescheduleCutoffHours;
  if (!isOutsideCutoff(o.session.start, now, cutoff)) return refuse('inside_cutoff', { hours: cutoff });
  const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone, slot);
  if (isRefusal(chosen)) return chosen;
  const away = awayAt(chosen.start, o.parties.therapist.awayPeriods, o.parties.therapist.zone);
  if (away) return refuse('therapist_away', { back: backOn(away) });
  const notice = bookingNoticeOf(o.parties.therapist);
  if (isWithinNotice(chosen.start, now, notice)) return refuse('too_soon', { hours: notice });
  const full = await fullTargetMonth(ctx, o, chosen.start);
  if (full) return refuse('allowance_exhausted', full);
  const requestId = new Types.ObjectId();
  const newSessionId = new Types.ObjectId();
  const held = await holdRequest(ctx, o.session, chosen, o.parties.therapist.bufferMinutes ?? 0, { requestId, newSessionId });
  // A request of their therapist's waiting for their own answer: they are told to answer it first.
  if (!held.ok && held.code === 'request_pending' && held.waiting === 'employee') {
    return refuse('therapist_move_pending', { therapist: o.parties.therapist.displayName });
  }
  if (!held.ok) return refuse(held.code);
  const view = await recordNewRequest(
    ctx,
    {
      requestId,
      newSessionId,
      session: o.session,
      parties: o.parties,
      actorId: actor.personId,
      requestedBy: 'employee',
      chosen,
      reason: reason.reason,
      now,
    },
    (request) => [
      { to: 'therapist', notice: { kind: 'reschedule_requested', request }, rememberMessageOn: String(requestId) },
      // Kept on the request, so its Withdraw button is taken away once the request is decided.
      { to: 'employee', notice: { kind: 'reschedule_awaiting', request }, rememberMessageOn: String(requestId) },
    ],
  );
  return { ok: true, request: view };
}
