// The shared start of every decision: the request exists, the actor is one of its two people, it is still
// pending, and no decision is in flight (one whose caller died is finished here first).
import { refuse, type Refusal } from '../../domain/refusals.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedRequest, type OwnedRequest } from '../guards.js';
import type { Actor } from '../types.js';
import { rollForwardDecision, type DecisionData } from './decisions.js';
import { isStale, type DecisionOutcome } from '../reservations/index.js';

export async function pendingAwaiting(
  ctx: ServiceContext,
  actor: Actor,
  requestId: string,
  requiredRole?: 'employee' | 'therapist',
): Promise<OwnedRequest | Refusal> {
  const o = await ownedRequest(ctx, actor, requestId);
  if (isRefusal(o)) return o;
  if (requiredRole && o.role !== requiredRole) return refuse(requiredRole === 'therapist' ? 'not_linked_therapist' : 'not_your_session');
  if (o.request.status !== 'pending') return refuse('already_decided', { status: o.request.status });
  return o;
}

/** The refusal for a call that lost the decision; a decision left behind by a dead caller is finished first. */
export async function lostDecision(ctx: ServiceContext, outcome: Extract<DecisionOutcome, { won: false }>): Promise<Refusal> {
  const existing = outcome.existing;
  if (existing && isStale(ctx, existing)) await rollForwardDecision(ctx, existing);
  return refuse('already_decided', { status: (existing?.data as DecisionData | undefined)?.status ?? 'decided' });
}
