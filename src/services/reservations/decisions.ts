// Deciding a request once, and the claims a confirmation moves. The decision is a claim `decision:<request>` whose
// data says everything needed to finish it; a confirmation also claims the session's next version with it, and
// takes the new time (mostly held by the request already) and, across months, a unit of the new month.
import type { Types } from 'mongoose';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc, RescheduleRequestDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { holdBusy, holdUnit } from './holds.js';
import { busyKeys, movedSessions, nextVersionKey, type Holder } from './keys.js';

/** What a decision records: who decided, the attempt that did (its owner token), and how to finish it. */
export type DecisionRecord = { owner: string } & Record<string, unknown>;

export type DecisionOutcome = { won: true; sessionChanged: boolean } | { won: false; existing: ClaimDoc | null };

export function isStale(ctx: ServiceContext, claim: Pick<ClaimDoc, 'createdAt'>): boolean {
  return claim.createdAt.getTime() < ctx.clock().getTime() - ctx.claimGraceMs;
}

type Request = Pick<RescheduleRequestDoc, '_id' | 'sessionId'>;

/**
 * Claims the decision on a request. `withNextVersionOf`: a confirmation also claims the session's next version in
 * the same round trip (ordered: only once the decision is won); `sessionChanged` says another change holds it.
 */
export async function claimDecision(
  ctx: ServiceContext,
  request: Request,
  data: DecisionRecord,
  withNextVersionOf?: SessionDoc,
): Promise<DecisionOutcome> {
  const key = claimKeys.decision(String(request._id));
  const ids = { requestId: String(request._id), sessionId: String(request.sessionId) };
  const claims = [
    { key, kind: 'decision' as const, fields: { ...ids, data } },
    ...(withNextVersionOf ? [{ key: nextVersionKey(withNextVersionOf), kind: 'version' as const, fields: ids }] : []),
  ];
  const { taken } = await ctx.store.claims.claimInOrder(claims, data.owner, ctx.clock());
  if (taken === key) return { won: false, existing: await ctx.store.claims.get(key) };
  return { won: true, sessionChanged: taken !== null };
}

/** The change a decision is (its audit event and owed notices carry this id). */
export const decisionChangeId = (requestId: string): string => claimKeys.decision(requestId);

/** The decision claim on a request, if any (to finish one whose caller died). */
export function decisionClaimOf(ctx: ServiceContext, requestId: string): Promise<ClaimDoc | null> {
  return ctx.store.claims.get(claimKeys.decision(requestId));
}

/** The claim behind an owed change (a decision's or a session version's), to finish it from. */
export function claimOfChange(ctx: ServiceContext, changeId: string): Promise<ClaimDoc | null> {
  return ctx.store.claims.get(changeId);
}

/**
 * Gives a won decision back (its preconditions failed), so the request stays pending and can be decided again;
 * with the session, also the next version claimed with it (only if this attempt holds it).
 */
export async function releaseDecision(ctx: ServiceContext, request: Request, data: DecisionRecord, session?: SessionDoc): Promise<void> {
  await ctx.store.claims.releaseOwned([claimKeys.decision(String(request._id)), ...(session ? [nextVersionKey(session)] : [])], data.owner);
}

/** What moving a session to a new time must hold: the new time, and a unit of the new month when it changes. */
export interface MoveNeeds {
  session: SessionDoc;
  therapistId: Types.ObjectId;
  span: Span;
  buffer: number;
  holder: Holder;
  owner: string;
  unit: { employeeId: Types.ObjectId; month: string; allowance: number } | null;
}

export type MoveSecured = { ok: true } | { ok: false; code: 'slot_taken' | 'allowance_exhausted' };

/**
 * Takes what the new time needs, for this attempt only: its busy ticks (mostly held by the request already) and,
 * when the month changes, a unit of the new month. On refusal nothing this attempt took is left.
 */
export async function secureMove(ctx: ServiceContext, needs: MoveNeeds, present?: ClaimDoc[]): Promise<MoveSecured> {
  const busy = await holdBusy(ctx, needs.therapistId, needs.span, needs.buffer, needs.holder, needs.owner, {
    sharedWith: movedSessions(needs.session),
    expectHeld: true,
    ...(present ? { present } : {}),
  });
  if (!busy.ok) return { ok: false, code: 'slot_taken' };
  if (!needs.unit) return { ok: true };
  const unit = await holdUnit(ctx, needs.unit.employeeId, needs.unit.month, needs.unit.allowance, needs.holder, needs.owner);
  if (unit) return { ok: true };
  await ctx.store.claims.releaseOwned(busy.won, needs.owner);
  return { ok: false, code: 'allowance_exhausted' };
}

/** The unit a move holds in its new month (taken now if this attempt holds none yet); null: the month is full. */
export function unitOfMove(ctx: ServiceContext, needs: MoveNeeds & { unit: NonNullable<MoveNeeds['unit']> }): Promise<string | null> {
  return holdUnit(ctx, needs.unit.employeeId, needs.unit.month, needs.unit.allowance, needs.holder, needs.owner);
}

export type ConfirmationClaim =
  { won: true; sessionChanged: boolean; secure: () => Promise<MoveSecured> } | { won: false; existing: ClaimDoc | null };

/**
 * A confirmation's first step: the decision and the session's next version are claimed while the new time's
 * claims are read (one wait for both); `secure` then judges that read instead of reading again. A loser has only
 * read, so it can never release what the winner holds.
 */
export async function claimConfirmation(
  ctx: ServiceContext,
  request: Request,
  data: DecisionRecord,
  needs: MoveNeeds,
): Promise<ConfirmationClaim> {
  const [outcome, present] = await Promise.all([
    claimDecision(ctx, request, data, needs.session),
    ctx.store.claims.busyAmong(busyKeys(needs.therapistId, needs.span, needs.buffer)),
  ]);
  if (!outcome.won) return outcome;
  return { ...outcome, secure: () => secureMove(ctx, needs, present) };
}

/**
 * For whoever finishes a confirmation its caller left: the session's next version, claimed now unless the
 * confirmation holds it already. False when another change of the session holds it.
 */
export async function holdNextVersionFor(ctx: ServiceContext, session: SessionDoc, requestId: string, owner: string): Promise<boolean> {
  const key = nextVersionKey(session);
  if (await ctx.store.claims.claim(key, 'version', owner, { sessionId: String(session._id), requestId }, ctx.clock())) return true;
  return (await ctx.store.claims.get(key))?.requestId === requestId;
}

/**
 * Hands a moved session's claims to its replacement: the ticks both times share are re-pointed, the old time's
 * others are freed, with the old month's unit if the month changed and the session's pending marker. Only for the
 * sole writer of both sessions (the confirmation's winner).
 */
export async function transferToReplacement(
  ctx: ServiceContext,
  moved: { old: SessionDoc; replacementId: Types.ObjectId; requestId: string; span: Span; buffer: number; unitKey: string },
): Promise<void> {
  const { old } = moved;
  const newKeys = busyKeys(old.therapistId, moved.span, moved.buffer);
  const oldKeys = busyKeys(old.therapistId, old, old.bufferMinutes ?? 0);
  const kept = new Set(newKeys);
  const freed = [...(moved.unitKey !== old.unitKey ? [old.unitKey] : []), claimKeys.pending(String(old._id))];
  await Promise.all([
    ctx.store.claims.moveHolder(
      newKeys.filter((k) => oldKeys.includes(k)),
      String(old._id),
      {
        sessionId: String(moved.replacementId),
        requestId: moved.requestId,
      },
    ),
    ctx.store.claims.releaseHeldFor(
      oldKeys.filter((k) => !kept.has(k)),
      movedSessions(old),
      freed,
    ),
  ]);
}
