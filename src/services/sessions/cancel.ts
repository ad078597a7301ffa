// Cancelling a session. A pending reschedule request is withdrawn first; the session's next version is then
// claimed, so a cancellation and a confirmation (or two cancellations) never both apply.
import { isInFuture } from '../../domain/policy.js';
import { isLateCancellation } from '../../domain/therapist-cancel.js';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import type { SessionView } from '../../notices/notice.js';
import type { ClaimDoc } from '../../store/models.js';
import { finishCancellation, rollForwardCancellation, type CancellationData, cancellationRecord } from '../cancellation.js';
import { rollForwardDecision } from '../reschedule/decisions.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedSession } from '../guards.js';
import { withdrawOwned } from '../reschedule/withdraw.js';
import { claimNextVersion, decisionClaimOf, isStale, pendingRequestIdOf } from '../reservations/index.js';
import type { Actor, Result, Undelivered } from '../types.js';
import { sessionView } from '../views.js';

export async function cancel(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: string; reason: string },
): Promise<Result<{ session: SessionView; late: boolean; undelivered: Undelivered }>> {
  const reason = checkReason(input.reason);
  if (!reason.ok) return refuse(reason.error);
  // The session's pending-request marker is read with the session (its key is the session's id).
  const [o, pendingId] = await Promise.all([ownedSession(ctx, actor, input.sessionId), pendingRequestIdOf(ctx, input.sessionId)]);
  if (isRefusal(o)) return o;
  const { session } = o;
  const now = ctx.clock();
  if (session.status !== 'booked' || !isInFuture(session.start, now)) return refuse('session_not_active');
  const request = pendingId ? await ctx.store.sessions.request(pendingId) : null;
  if (request && request.status === 'pending') {
    // If it was just confirmed, this session is being replaced: the person is told to look again.
    const withdrawn = await withdrawOwned(ctx, { ...o, request }, actor.personId, true);
    if (!withdrawn.ok) return refuse('just_changed');
  }
  const late = isLateCancellation(o.role, session.start, now, o.org.rescheduleCutoffHours);
  const cancellation: CancellationData = { action: 'cancel', late, reason: reason.reason, by: actor.personId, role: o.role };
  const claimed = await claimNextVersion(ctx, session, { ...cancellationRecord(cancellation) });
  if (!claimed.won) {
    // Another change holds the session's next version; one whose caller died is finished first.
    if (claimed.holder && isStale(ctx, claimed.holder)) await finishLeftBehind(ctx, claimed.holder);
    return refuse('just_changed');
  }
  const version = claimed.version;
  const undelivered = await finishCancellation(ctx, session, o.parties, version, cancellation, now);
  const view = { ...sessionView(session, o.parties), status: late ? ('late_cancelled' as const) : ('cancelled' as const) };
  return { ok: true, session: view, late, undelivered };
}

/** Finishes the change that holds a session's next version for a caller that died: a cancellation or a confirmation. */
async function finishLeftBehind(ctx: ServiceContext, holder: ClaimDoc): Promise<void> {
  if (await rollForwardCancellation(ctx, holder)) return;
  const decision = holder.requestId ? await decisionClaimOf(ctx, holder.requestId) : null;
  if (decision) await rollForwardDecision(ctx, decision);
}
