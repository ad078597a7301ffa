// Requests expire once their session is inside the reschedule window (or no longer booked). Run by the sweep.
import { Types } from 'mongoose';
import { isOutsideCutoff } from '../../domain/policy.js';
import type { ServiceContext } from '../context.js';
import { partiesOf } from '../views.js';
import { finishDecision, rollForwardDecision, type DecisionData, type DecisionSubject, claimDecisionFor } from './decisions.js';
import { isStale, type DecisionOutcome } from '../reservations/index.js';

/**
 * Ends a request that can no longer be confirmed, at once: its hold and marker are released (reservations module)
 * and every message about it is brought up to date. The outcome of its decision claim is returned; a lost one
 * means another decision got there first (one left by a dead caller is finished here).
 */
export async function expireRequest(ctx: ServiceContext, s: DecisionSubject): Promise<DecisionOutcome> {
  const decision: DecisionData = { status: 'expired', by: 'system', owner: String(new Types.ObjectId()) };
  const outcome = await claimDecisionFor(ctx, s.request, decision);
  if (!outcome.won) {
    // A decision whose caller died keeps the request pending: finish it instead.
    if (outcome.existing && isStale(ctx, outcome.existing)) await rollForwardDecision(ctx, outcome.existing);
    return outcome;
  }
  await finishDecision(ctx, s, decision, ctx.clock());
  return outcome;
}

export async function expireDue(ctx: ServiceContext): Promise<number> {
  let expired = 0;
  for (const request of await ctx.store.sessions.allPendingRequests()) {
    const session = await ctx.store.sessions.session(request.sessionId);
    const org = session && (await ctx.store.directory.organisation(session.orgId));
    if (!session || !org) continue;
    const stillOpen = session.status === 'booked' && isOutsideCutoff(session.start, ctx.clock(), org.rescheduleCutoffHours);
    if (stillOpen) continue;
    const outcome = await expireRequest(ctx, { request, session, parties: await partiesOf(ctx, session), org });
    if (outcome.won) expired++;
  }
  return expired;
}
