// The employee withdraws their pending request (also done for them when they cancel the session).
import { Types } from 'mongoose';
import type { RequestView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, type OwnedRequest } from '../guards.js';
import type { Actor, Result } from '../types.js';
import { requestView } from '../views.js';
import { lostDecision, pendingAwaiting } from './awaiting.js';
import { finishDecision, type DecisionData, claimDecisionFor } from './decisions.js';

/** Withdraws an already-owned pending request; a refusal when another decision got there first. */
export async function withdrawOwned(
  ctx: ServiceContext,
  o: OwnedRequest,
  by: string,
  sessionCancelled = false,
): Promise<Result<{ request: RequestView }>> {
  const decision: DecisionData = {
    status: 'withdrawn',
    by,
    owner: String(new Types.ObjectId()),
    ...(sessionCancelled ? { sessionCancelled } : {}),
  };
  const outcome = await claimDecisionFor(ctx, o.request, decision);
  if (!outcome.won) return lostDecision(ctx, outcome);
  const now = ctx.clock();
  await finishDecision(ctx, o, decision, now);
  return { ok: true, request: requestView({ ...o.request, status: 'withdrawn', decidedAt: now }, o.session, o.parties) };
}

export async function withdraw(ctx: ServiceContext, actor: Actor, input: { requestId: string }): Promise<Result<{ request: RequestView }>> {
  const o = await pendingAwaiting(ctx, actor, input.requestId, 'employee');
  if (isRefusal(o)) return o;
  return withdrawOwned(ctx, o, actor.personId);
}
