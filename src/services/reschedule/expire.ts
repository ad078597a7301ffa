// Requests expire once their session is inside the reschedule window (or no longer booked). Run by the sweep.
import { Types } from 'mongoose';
import { isOutsideCutoff } from '../../domain/policy.js';
import type { ServiceContext } from '../context.js';
import { partiesOf } from '../views.js';
import { finishDecision, rollForwardDecision, type DecisionData, claimDecisionFor } from './decisions.js';
import { isStale } from '../reservations/index.js';

export async function expireDue(ctx: ServiceContext): Promise<number> {
  let expired = 0;
  for (const request of await ctx.store.sessions.allPendingRequests()) {
    const session = await ctx.store.sessions.session(request.sessionId);
    const org = session && (await ctx.store.directory.organisation(session.orgId));
    if (!session || !org) continue;
    const stillOpen = session.status === 'booked' && isOutsideCutoff(session.start, ctx.clock(), org.rescheduleCutoffHours);
    if (stillOpen) continue;
    const decision: DecisionData = { status: 'expired', by: 'system', owner: String(new Types.ObjectId()) };
    const outcome = await claimDecisionFor(ctx, request, decision);
    if (!outcome.won) {
      // A decision whose caller died keeps the request pending: finish it instead.
      if (outcome.existing && isStale(ctx, outcome.existing)) await rollForwardDecision(ctx, outcome.existing);
      continue;
    }
    await finishDecision(ctx, { request, session, parties: await partiesOf(ctx, session), org }, decision, ctx.clock());
    expired++;
  }
  return expired;
}
