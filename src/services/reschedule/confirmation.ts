// Applying a confirmed reschedule: the new time becomes a new session that replaces the old one (closed with a
// link to it), the busy time and allowance unit follow, and the old session's are freed. Every step is
// idempotent, so a confirmation whose caller died is finished from its decision claim alone. The old session is
// closed before the new one is written: whatever a crash leaves, at most one of the two is live, so they never
// both count (or free) the unit they share; in between, the old session's claims stay live (see holds.ts).
import { nextInChain } from '../../calendar/chain.js';
import { monthlyAllowance } from '../../domain/allowance.js';
import type { RefusalCode } from '../../domain/refusals.js';
import { claimKeys, isDuplicateKey } from '../../store/index.js';
import type { ClaimDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { busyKeys, holdBusy, holdUnit, movedSessions, type Holder } from '../holds.js';
import type { OwedNoticeSpec } from '../owed.js';
import { sessionView } from '../views.js';
import type { DecisionData, DecisionSubject } from './decisions.js';

type Confirmed = Extract<DecisionData, { status: 'confirmed' }>;

export class SessionConflictError extends Error {}

const holderOf = (s: DecisionSubject): Holder => ({ sessionId: String(s.request.newSessionId), requestId: String(s.request._id) });

function allowanceOf(s: DecisionSubject): number {
  return monthlyAllowance({ organisationDefault: s.org.defaultAllowance, employeeOverride: s.parties.employee.allowanceOverride });
}

/**
 * Takes what the new time needs, for this attempt only: its busy ticks (mostly held by the request already)
 * and, when the month changes, a unit of the new month. On refusal nothing this attempt took is left.
 */
export async function secureConfirmation(
  ctx: ServiceContext,
  s: DecisionSubject,
  d: Confirmed,
  /** The claims on the new time's ticks, when the caller read them already. */
  present?: ClaimDoc[],
): Promise<{ ok: true } | { ok: false; code: RefusalCode }> {
  const buffer = s.parties.therapist.bufferMinutes ?? 0;
  const busy = await holdBusy(ctx, s.request.therapistId, s.request, buffer, holderOf(s), d.owner, {
    sharedWith: movedSessions(s.session),
    expectHeld: true,
    ...(present ? { present } : {}),
  });
  if (!busy.ok) return { ok: false, code: 'slot_taken' };
  if (d.month === s.session.month) return { ok: true };
  const unit = await holdUnit(ctx, s.request.employeeId, d.month, allowanceOf(s), holderOf(s), d.owner);
  if (unit) return { ok: true };
  await ctx.store.claims.releaseOwned(busy.won, d.owner);
  return { ok: false, code: 'allowance_exhausted' };
}

export function replacementOf(s: DecisionSubject, d: Confirmed, unitKey: string, at: Date): SessionDoc {
  const old = s.session;
  return {
    _id: s.request.newSessionId,
    orgId: old.orgId,
    employeeId: old.employeeId,
    therapistId: old.therapistId,
    start: s.request.start,
    end: s.request.end,
    month: d.month,
    status: 'booked',
    version: 0,
    bufferMinutes: s.parties.therapist.bufferMinutes ?? 0,
    unitKey,
    replaces: old._id,
    replacedBy: null,
    cancelReason: null,
    ...nextInChain(old),
    createdAt: at,
  };
}

/** True once the old session is closed in favour of this confirmation's new one: it can only go forward. */
export const isReplacedBy = (s: DecisionSubject): boolean =>
  s.session.status === 'rescheduled' && !!s.session.replacedBy?.equals(s.request.newSessionId);

export function confirmationNotices(s: DecisionSubject, d: Confirmed): OwedNoticeSpec[] {
  const previous = sessionView(s.session, s.parties);
  const session = sessionView(replacementOf(s, d, s.session.unitKey, s.request.createdAt), s.parties);
  const notice = { kind: 'session_rescheduled' as const, previous, session };
  return [{ to: 'therapist', notice }, { to: 'employee', notice }];
}

export async function applyConfirmation(ctx: ServiceContext, s: DecisionSubject, d: Confirmed, buffer: number, fresh: boolean): Promise<void> {
  const { sessions, claims } = ctx.store;
  const old = fresh ? s.session : ((await sessions.session(s.session._id)) ?? s.session);
  const alreadyReplaced = old.status === 'rescheduled' && old.replacedBy?.equals(s.request.newSessionId);
  const unitKey = d.month === old.month ? old.unitKey : await holdUnit(ctx, s.request.employeeId, d.month, allowanceOf(s), holderOf(s), d.owner);
  if (!unitKey) throw new SessionConflictError('the new month has no unit left');
  if (!alreadyReplaced) {
    if (old.status !== 'booked') throw new SessionConflictError('session changed before the confirmation was applied');
    if (s.request.custom) {
      // The therapist's confirmation adds the custom time to their availability in the same step.
      await sessions.ensureSlot({ therapistId: s.request.therapistId, start: s.request.start, end: s.request.end, source: 'custom', createdAt: ctx.clock() });
    }
    // The deciding call claimed the next version with its decision; whoever finishes it later claims it here.
    if (!fresh) {
      const versionKey = claimKeys.version(String(old._id), old.version + 1);
      const won = await claims.claim(versionKey, 'version', d.owner, { sessionId: String(old._id), requestId: String(s.request._id) }, ctx.clock());
      if (!won && (await claims.get(versionKey))?.requestId !== String(s.request._id)) {
        throw new SessionConflictError('session was changed by another action');
      }
    }
    await sessions.updateSession(old._id, { status: 'rescheduled', replacedBy: s.request.newSessionId, version: old.version + 1 });
  }
  // Written once the old session is closed; a replay finds it there (and never revives one cancelled since).
  try {
    await sessions.insertSession(replacementOf(s, d, unitKey, ctx.clock()));
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
  const newKeys = busyKeys(s.request.therapistId, s.request, buffer);
  const oldKeys = busyKeys(old.therapistId, old, old.bufferMinutes ?? 0);
  const kept = new Set(newKeys);
  // The old time (but what the new one shares), the old month's unit if it moved, and the pending marker.
  const freed = [...(unitKey !== old.unitKey ? [old.unitKey] : []), claimKeys.pending(String(old._id))];
  await Promise.all([
    // Ticks the new time shares with the old session now belong to the new one.
    claims.moveHolder(newKeys.filter((k) => oldKeys.includes(k)), String(old._id), { sessionId: String(s.request.newSessionId), requestId: String(s.request._id) }),
    claims.releaseHeldFor(oldKeys.filter((k) => !kept.has(k)), movedSessions(old), freed),
  ]);
}
