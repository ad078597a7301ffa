// Cancelling a person's future sessions for the operator (erasure, offboarding): the cancel use case's own path
// (withdraw a pending request, claim the session's next version, finish the cancellation with its audit event and
// notices), acting as `operator`. Always credited back; both sides are told, with a neutral reason only.
import type { Types } from 'mongoose';
import { SERVICE_CANCEL_REASON } from '../../domain/wording.js';
import { finishCancellation, type CancellationData, cancellationRecord } from '../cancellation.js';
import type { ServiceContext } from '../context.js';
import { organisationOf } from '../guards.js';
import { withdrawOwned } from '../reschedule/withdraw.js';
import { claimNextVersion, pendingRequestIdOf } from '../reservations/index.js';
import type { SessionDoc } from '../../store/models.js';
import { partiesOf } from '../views.js';

export const OPERATOR_ACTOR = 'operator';
/** What both sides read: never why (an erasure or a departure is nobody else's business). */
export const OPERATOR_CANCEL_REASON = SERVICE_CANCEL_REASON;

export interface FutureCancellations {
  cancelled: number;
  /** Sessions another change held at that moment: still booked, the command should be run again. */
  left: number;
}

const isFutureBooked = (s: SessionDoc, now: Date) => s.status === 'booked' && s.start.getTime() > now.getTime();

async function cancelOne(ctx: ServiceContext, session: SessionDoc): Promise<boolean> {
  const [parties, org, pendingId] = await Promise.all([
    partiesOf(ctx, session),
    organisationOf(ctx, session.orgId),
    pendingRequestIdOf(ctx, String(session._id)),
  ]);
  const request = pendingId ? await ctx.store.sessions.request(pendingId) : null;
  if (request?.status === 'pending') {
    const withdrawn = await withdrawOwned(ctx, { session, parties, org, role: 'employee', request }, OPERATOR_ACTOR, true);
    if (!withdrawn.ok) return false;
  }
  // `role: 'employee'` with `late: false` is the wording that blames nobody: "cancelled, credited back".
  const cancellation: CancellationData = {
    action: 'cancel',
    late: false,
    reason: OPERATOR_CANCEL_REASON,
    by: OPERATOR_ACTOR,
    role: 'employee',
    auditedAs: 'operator',
  };
  const claimed = await claimNextVersion(ctx, session, { ...cancellationRecord(cancellation) });
  if (!claimed.won) return false;
  await finishCancellation(ctx, session, parties, claimed.version, cancellation, ctx.clock());
  return true;
}

/**
 * Cancels every future booked session of the person (as employee or therapist), or only those with one therapist
 * (`withTherapist`: an employee moved to another); a few tries for ones held by a change.
 */
export async function cancelFutureSessions(
  ctx: ServiceContext,
  personId: Types.ObjectId,
  withTherapist?: Types.ObjectId,
): Promise<FutureCancellations> {
  const due = (s: SessionDoc, now: Date) => isFutureBooked(s, now) && (!withTherapist || s.therapistId.equals(withTherapist));
  let cancelled = 0;
  let left: SessionDoc[] = [];
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = ctx.clock();
    left = (await ctx.store.personData.sessionsOf(personId)).filter((s) => due(s, now));
    if (left.length === 0) break;
    for (const session of left) if (await cancelOne(ctx, session)) cancelled++;
  }
  const now = ctx.clock();
  const still = (await ctx.store.personData.sessionsOf(personId)).filter((s) => due(s, now));
  return { cancelled, left: still.length };
}
