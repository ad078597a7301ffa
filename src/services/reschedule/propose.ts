// The therapist answers a request with another time; the employee then accepts or declines the proposal.
import { Types } from 'mongoose';
import { isOutsideCutoff } from '../../domain/policy.js';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import type { RequestView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal } from '../guards.js';
import { holdBusy, movedSessions } from '../holds.js';
import { resolveTimeChoice } from '../time-choice.js';
import type { Actor, Result, TimeChoice } from '../types.js';
import { requestView } from '../views.js';
import { lostDecision, pendingAwaiting } from './awaiting.js';
import { claimDecision, finishDecision, releaseDecision, releaseRequestHold, requestHoldOwner, type DecisionData } from './decisions.js';

export async function propose(
  ctx: ServiceContext,
  actor: Actor,
  input: { requestId: string; choice: TimeChoice; note: string },
): Promise<Result<{ request: RequestView }>> {
  const o = await pendingAwaiting(ctx, actor, input.requestId, 'therapist');
  if (isRefusal(o)) return o;
  if (o.request.awaiting !== 'therapist') return refuse('not_awaiting_you');
  const note = checkReason(input.note);
  if (!note.ok) return refuse(note.error);
  const cutoff = o.org.rescheduleCutoffHours;
  if (!isOutsideCutoff(o.session.start, ctx.clock(), cutoff)) return refuse('inside_cutoff', { hours: cutoff });
  const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone);
  if (isRefusal(chosen)) return chosen;
  const proposal = { id: String(new Types.ObjectId()), newSessionId: String(new Types.ObjectId()), start: chosen.start.toISOString(), end: chosen.end.toISOString(), custom: chosen.custom };
  const decision: DecisionData = { status: 'proposed', by: actor.personId, owner: String(new Types.ObjectId()), note: note.reason, proposal };
  const outcome = await claimDecision(ctx, o.request, decision);
  if (!outcome.won) return lostDecision(ctx, outcome);

  // The employee's requested time is let go first, so the proposal may overlap it; if the proposal cannot be
  // held, the request gets its time back and stays pending.
  const buffer = o.parties.therapist.bufferMinutes ?? 0;
  const shared = movedSessions(o.session);
  await releaseRequestHold(ctx, o.request, buffer);
  const held = await holdBusy(ctx, o.request.therapistId, chosen, buffer, { sessionId: proposal.newSessionId, requestId: proposal.id }, requestHoldOwner(proposal.id), { sharedWith: shared });
  if (!held.ok) {
    const original = { sessionId: String(o.request.newSessionId), requestId: String(o.request._id) };
    await holdBusy(ctx, o.request.therapistId, o.request, buffer, original, requestHoldOwner(o.request._id), { sharedWith: shared });
    await releaseDecision(ctx, o.request, decision);
    return refuse('slot_taken');
  }
  const now = ctx.clock();
  await finishDecision(ctx, o, decision, now);
  const proposed = {
    ...o.request,
    _id: new Types.ObjectId(proposal.id),
    requestedBy: 'therapist' as const,
    awaiting: 'employee' as const,
    custom: chosen.custom,
    start: chosen.start,
    end: chosen.end,
    reason: note.reason,
    previousRequestId: o.request._id,
    createdAt: now,
  };
  return { ok: true, request: requestView(proposed, o.session, o.parties) };
}
