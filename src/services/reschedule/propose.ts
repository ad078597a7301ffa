// The therapist answers a request with another time; the employee then accepts or declines the proposal.
import { Types } from 'mongoose';
import { isOutsideCutoff } from '../../domain/policy.js';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import type { RequestView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal } from '../guards.js';
import { moveRequestToProposal } from '../reservations/index.js';
import { resolveTimeChoice } from '../time-choice.js';
import type { Actor, Result, TimeChoice } from '../types.js';
import { requestView } from '../views.js';
import { lostDecision, pendingAwaiting } from './awaiting.js';
import { finishDecision, type DecisionData, claimDecisionFor } from './decisions.js';
import { releaseDecision } from '../reservations/index.js';

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
  const proposal = {
    id: String(new Types.ObjectId()),
    newSessionId: String(new Types.ObjectId()),
    start: chosen.start.toISOString(),
    end: chosen.end.toISOString(),
    custom: chosen.custom,
  };
  const decision: DecisionData = {
    status: 'proposed',
    by: actor.personId,
    owner: String(new Types.ObjectId()),
    note: note.reason,
    proposal,
  };
  const outcome = await claimDecisionFor(ctx, o.request, decision);
  if (!outcome.won) return lostDecision(ctx, outcome);

  // The request's hold moves to the proposed time; if it cannot, the request keeps its time and stays pending.
  const buffer = o.parties.therapist.bufferMinutes ?? 0;
  const moved = await moveRequestToProposal(
    ctx,
    o.request,
    o.session,
    { id: proposal.id, newSessionId: proposal.newSessionId, span: chosen },
    buffer,
  );
  if (!moved) {
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
