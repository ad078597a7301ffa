// Cancelling a session that won its next-version claim. The claim records the cancellation, so a call that
// died half-way is finished (with its audit event and notices) by the next call or the sweep.
import type { ClaimDoc, SessionDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import { releaseCancelled, versionChangeId, versionOfClaim } from './reservations/index.js';
import { changeWithOwed, settleOwed, type OwedChange, type OwedNoticeSpec } from './owed.js';
import type { Undelivered } from './types.js';
import { partiesOf, sessionView, type Parties } from './views.js';

export interface CancellationData {
  action: 'cancel';
  late: boolean;
  reason: string;
  by: string;
  role: 'employee' | 'therapist';
  /** An operator cancelling for the service (erasure, offboarding): worded as `role`, audited as the operator's. */
  auditedAs?: 'operator';
}

export function cancelledStatus(c: CancellationData): SessionDoc['status'] {
  return c.late ? 'late_cancelled' : 'cancelled';
}

function cancellationChange(
  session: SessionDoc,
  parties: Parties,
  version: number,
  c: CancellationData,
  at: Date,
  extra: OwedNoticeSpec[],
): OwedChange {
  const view = { ...sessionView(session, parties), status: cancelledStatus(c) };
  const notice = { kind: 'session_cancelled' as const, session: view, late: c.late, reason: c.reason, cancelledBy: c.role };
  return {
    changeId: versionChangeId(session._id, version),
    doneWhen: { collection: 'sessions', id: String(session._id), statuses: [cancelledStatus(c)] },
    parties,
    audit: {
      _id: versionChangeId(session._id, version),
      orgId: session.orgId,
      actorId: c.by,
      action: c.late ? 'session.late_cancelled' : 'session.cancelled',
      subjectId: String(session._id),
      reason: c.reason,
      details: { by: c.auditedAs ?? c.role },
      at,
    },
    notices: [
      { to: 'employee', notice },
      { to: 'therapist', notice: { ...notice, reader: 'therapist' as const } },
      // Messages that offered an action on this session say it is cancelled, and offer what is left (session-messages.ts).
      {
        to: 'employee',
        notice,
        sessionMessagesOf: { sessionId: view.id, since: { status: 'cancelled', start: view.start, end: view.end } },
      },
      ...extra,
    ],
  };
}

async function applyCancellation(ctx: ServiceContext, session: SessionDoc, version: number, c: CancellationData): Promise<void> {
  await ctx.store.sessions.updateSession(session._id, { status: cancelledStatus(c), version, cancelReason: c.reason });
}

/** Record, apply, settle a won cancellation; `extra` are further notices it owes (a withdrawn request's message). */
export function finishCancellation(
  ctx: ServiceContext,
  session: SessionDoc,
  parties: Parties,
  version: number,
  c: CancellationData,
  at: Date,
  extra: OwedNoticeSpec[] = [],
): Promise<Undelivered> {
  return changeWithOwed(
    ctx,
    cancellationChange(session, parties, version, c, at, extra),
    () => applyCancellation(ctx, session, version, c),
    // After the answer: the time (and for an early cancellation the unit) are freed. Until then they are dead
    // claims of a cancelled session, removed by whoever meets them.
    () => releaseCancelled(ctx, session, c.late),
  );
}

/** What a cancellation's version claim records: everything but its reason (no free text in claims). */
export type CancellationRecord = Omit<CancellationData, 'reason'>;

export function cancellationRecord(c: CancellationData): CancellationRecord {
  const { reason: _reason, ...record } = c;
  return record;
}

export function isCancellationData(data: unknown): data is CancellationRecord {
  return typeof data === 'object' && data !== null && (data as { action?: unknown }).action === 'cancel';
}

/** Said in place of a reason when a cancellation whose caller died before recording anything is finished. */
export const REASON_NOT_RECORDED = '(reason not recorded)';

/** Finishes a cancellation whose caller stopped after winning the session's next version; true when it did. */
export async function rollForwardCancellation(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  const version = versionOfClaim(claim);
  if (!claim.sessionId || !isCancellationData(claim.data) || version === null) return false;
  const session = await ctx.store.sessions.session(claim.sessionId);
  if (!session) return false;
  const parties = await partiesOf(ctx, session);
  if (session.version >= version) {
    const owed = await ctx.store.owed.ofChange(claim._id);
    if (owed.length > 0) await settleOwed(ctx, owed, parties);
    return owed.length > 0;
  }
  // The reason comes from the change's owed record, written right after the claim (never kept in the claim).
  const owed = await ctx.store.owed.ofChange(claim._id);
  const reason = owed.find((e) => e.audit)?.audit?.reason ?? REASON_NOT_RECORDED;
  await finishCancellation(ctx, session, parties, version, { ...claim.data, reason }, claim.createdAt);
  return true;
}
