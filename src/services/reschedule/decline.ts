// Whoever a request awaits declines it, with an optional note.
import { Types } from 'mongoose';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import type { RequestView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal } from '../guards.js';
import type { Actor, Result } from '../types.js';
import { requestView } from '../views.js';
import { lostDecision, pendingAwaiting } from './awaiting.js';
import { finishDecision, type DecisionData, claimDecisionFor } from './decisions.js';

export async function decline(
  ctx: ServiceContext,
  actor: Actor,
  input: { requestId: string; note?: string },
): Promise<Result<{ request: RequestView }>> {
  const o = await pendingAwaiting(ctx, actor, input.requestId);
  if (isRefusal(o)) return o;
  if (o.role !== o.request.awaiting) return refuse('not_awaiting_you');
  let note: string | null = null;
  if (input.note && input.note.trim().length > 0) {
    const checked = checkReason(input.note);
    if (!checked.ok) return refuse(checked.error);
    note = checked.reason;
  }
  const decision: DecisionData = { status: 'declined', by: actor.personId, owner: String(new Types.ObjectId()), note };
  const outcome = await claimDecisionFor(ctx, o.request, decision);
  if (!outcome.won) return lostDecision(ctx, outcome);
  const now = ctx.clock();
  await finishDecision(ctx, o, decision, now);
  return { ok: true, request: requestView({ ...o.request, status: 'declined', decisionNote: note, decidedAt: now }, o.session, o.parties) };
}
