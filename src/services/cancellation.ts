// Applying a cancellation that won the session's next-version claim. Every step is idempotent, so the sweep
// can finish one whose caller stopped half-way, from the data the claim recorded.
import { claimKeys } from '../store/index.js';
import type { ClaimDoc, SessionDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';

export interface CancellationData {
  action: 'cancel';
  late: boolean;
  reason: string;
  by: string;
  role: 'employee' | 'therapist';
}

export async function applyCancellation(ctx: ServiceContext, session: SessionDoc, version: number, c: CancellationData, at: Date): Promise<void> {
  await ctx.store.sessions.updateSession(session._id, { status: c.late ? 'late_cancelled' : 'cancelled', version, cancelReason: c.reason });
  await ctx.store.claims.release(session.slotKey);
  // An early cancellation credits the allowance back; a late one keeps the unit used.
  if (!c.late) await ctx.store.claims.release(session.unitKey);
  await ctx.store.audit.append({
    _id: claimKeys.version(String(session._id), version),
    orgId: session.orgId,
    actorId: c.by,
    action: c.late ? 'session.late_cancelled' : 'session.cancelled',
    subjectId: String(session._id),
    reason: c.reason,
    details: { by: c.role },
    at,
  });
}

export function isCancellationData(data: unknown): data is CancellationData {
  return typeof data === 'object' && data !== null && (data as { action?: unknown }).action === 'cancel';
}

/** Finishes a cancellation whose caller stopped after winning the session's next version; true when it did. */
export async function rollForwardCancellation(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  if (!claim.sessionId || !isCancellationData(claim.data)) return false;
  const version = Number(claim._id.split(':').pop());
  if (claim._id !== claimKeys.version(claim.sessionId, version)) return false;
  const session = await ctx.store.sessions.session(claim.sessionId);
  if (!session || session.version >= version) return false;
  await applyCancellation(ctx, session, version, claim.data, claim.createdAt);
  return true;
}
