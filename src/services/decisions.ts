// Deciding a reschedule request exactly once. The decision is a claim `decision:<request>` whose data says
// everything needed to apply it, so every step below is idempotent: a crashed decision is rolled forward by
// the next caller or the sweep, and two confirmations (double click, retries, two instances) apply it once.
import { Types } from 'mongoose';
import { claimKeys, isDuplicateKey } from '../store/index.js';
import type { ClaimDoc, RescheduleRequestDoc, SessionDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';

export type DecisionData =
  | { status: 'confirmed'; by: string; slotKey: string; unitKey: string; month: string }
  | { status: 'declined'; by: string; note: string | null }
  | {
      status: 'proposed';
      by: string;
      note: string;
      proposal: { id: string; newSessionId: string; start: string; end: string; custom: boolean };
    }
  | { status: 'withdrawn' | 'expired'; by: string };

export type DecisionOutcome = { won: true } | { won: false; existing: DecisionData | null };

export async function claimDecision(ctx: ServiceContext, request: RescheduleRequestDoc, data: DecisionData): Promise<DecisionOutcome> {
  const key = claimKeys.decision(String(request._id));
  const won = await ctx.store.claims.claim(key, 'decision', { requestId: String(request._id), sessionId: String(request.sessionId), data }, ctx.clock());
  if (won) return { won: true };
  const existing = await ctx.store.claims.get(key);
  return { won: false, existing: (existing?.data as DecisionData | undefined) ?? null };
}

export class SessionConflictError extends Error {}

/** Applies a won decision. Safe to run again from the same claim after a crash at any step. */
export async function applyDecision(ctx: ServiceContext, request: RescheduleRequestDoc, decision: DecisionData, decidedAt: Date): Promise<void> {
  const { sessions, claims, audit } = ctx.store;
  if (decision.status === 'confirmed') await applyConfirmation(ctx, request, decision);
  if (decision.status === 'proposed') {
    const p = decision.proposal;
    try {
      await sessions.insertRequest({
        _id: new Types.ObjectId(p.id),
        orgId: request.orgId,
        sessionId: request.sessionId,
        employeeId: request.employeeId,
        therapistId: request.therapistId,
        requestedBy: 'therapist',
        awaiting: 'employee',
        custom: p.custom,
        start: new Date(p.start),
        end: new Date(p.end),
        reason: decision.note,
        status: 'pending',
        newSessionId: new Types.ObjectId(p.newSessionId),
        previousRequestId: request._id,
        decisionNote: null,
        decidedAt: null,
        threadMessageId: null,
        createdAt: decidedAt,
      });
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    // Only the winner of this decision moves the session's single pending marker to the proposal.
    await claims.setFields(claimKeys.pending(String(request.sessionId)), { requestId: p.id });
  } else {
    await releasePendingMarker(ctx, request);
  }
  const note = decision.status === 'declined' || decision.status === 'proposed' ? decision.note : null;
  await sessions.updateRequest(request._id, { status: decision.status, decisionNote: note, decidedAt });
  await audit.append({
    _id: claimKeys.decision(String(request._id)),
    orgId: request.orgId,
    actorId: decision.by,
    action: `reschedule_request.${decision.status}`,
    subjectId: String(request.sessionId),
    reason: note ?? (decision.status === 'confirmed' ? request.reason : null),
    details: { requestId: String(request._id), ...(decision.status === 'confirmed' ? { newSessionId: String(request.newSessionId) } : {}) },
    at: decidedAt,
  });
}

async function releasePendingMarker(ctx: ServiceContext, request: RescheduleRequestDoc): Promise<void> {
  const key = claimKeys.pending(String(request.sessionId));
  const marker = await ctx.store.claims.get(key);
  if (marker?.requestId === String(request._id)) await ctx.store.claims.release(key);
}

async function applyConfirmation(
  ctx: ServiceContext,
  request: RescheduleRequestDoc,
  decision: Extract<DecisionData, { status: 'confirmed' }>,
): Promise<void> {
  const { sessions, claims } = ctx.store;
  const old = await sessions.session(request.sessionId);
  if (!old) throw new Error('request refers to a missing session');
  const alreadyReplaced = old.status === 'rescheduled' && old.replacedBy?.equals(request.newSessionId);
  if (!alreadyReplaced) {
    if (old.status !== 'booked') throw new SessionConflictError('session changed before the confirmation was applied');
    if (request.custom) {
      // The therapist's confirmation adds the custom time to their availability in the same step.
      await sessions.ensureSlot({ therapistId: request.therapistId, start: request.start, end: request.end, source: 'custom', createdAt: ctx.clock() });
    }
    const versionKey = claimKeys.version(String(old._id), old.version + 1);
    const won = await claims.claim(versionKey, 'version', { sessionId: String(old._id), requestId: String(request._id) }, ctx.clock());
    if (!won && (await claims.get(versionKey))?.requestId !== String(request._id)) {
      throw new SessionConflictError('session was changed by another action');
    }
    await insertReplacement(ctx, old, request, decision);
    await sessions.updateSession(old._id, { status: 'rescheduled', replacedBy: request.newSessionId, version: old.version + 1 });
  }
  if (old.slotKey !== decision.slotKey) await claims.release(old.slotKey);
  if (old.unitKey !== decision.unitKey) await claims.release(old.unitKey);
}

async function insertReplacement(
  ctx: ServiceContext,
  old: SessionDoc,
  request: RescheduleRequestDoc,
  decision: Extract<DecisionData, { status: 'confirmed' }>,
): Promise<void> {
  try {
    await ctx.store.sessions.insertSession({
      _id: request.newSessionId,
      orgId: old.orgId,
      employeeId: old.employeeId,
      therapistId: old.therapistId,
      start: request.start,
      end: request.end,
      month: decision.month,
      status: 'booked',
      version: 0,
      slotKey: decision.slotKey,
      unitKey: decision.unitKey,
      replaces: old._id,
      replacedBy: null,
      cancelReason: null,
      createdAt: ctx.clock(),
    });
  } catch (err) {
    if (!isDuplicateKey(err)) throw err;
  }
}

/** Rolls forward a decision whose caller stopped before finishing (found by the sweep). */
export async function rollForwardDecision(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  if (!claim.requestId || !claim.data) return false;
  const request = await ctx.store.sessions.request(claim.requestId);
  if (!request || request.status !== 'pending') return false;
  try {
    await applyDecision(ctx, request, claim.data as DecisionData, claim.createdAt);
  } catch (err) {
    if (!(err instanceof SessionConflictError)) throw err;
    await abandonConfirmation(ctx, request, claim.data as DecisionData);
  }
  return true;
}

/** A confirmation that can no longer apply (its session was cancelled meanwhile): free what it held. */
export async function abandonConfirmation(ctx: ServiceContext, request: RescheduleRequestDoc, decision: DecisionData): Promise<void> {
  if (decision.status !== 'confirmed') return;
  const { claims, sessions } = ctx.store;
  const held = await claims.getMany([decision.slotKey, decision.unitKey]);
  for (const claim of held) if (claim.sessionId === String(request.newSessionId)) await claims.release(claim._id);
  await releasePendingMarker(ctx, request);
  await sessions.updateRequest(request._id, { status: 'expired', decidedAt: ctx.clock() });
}
