// A waiting reschedule request's holds: the session's single pending marker and the requested time's busy ticks,
// both owned by the request (its owner token outlives the call that made it). A proposal moves them to the
// proposed time; a decision other than a confirmation lets them go.
import type { Types } from 'mongoose';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc, RescheduleRequestDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { holdBusy } from './holds.js';
import { busyKeys, movedSessions, requestHoldOwner } from './keys.js';
import { isStale } from './decisions.js';

/** Whose answer a waiting request needs: the therapist's (a client's request) or the client's (a therapist's). */
export type Awaiting = 'employee' | 'therapist';

/**
 * A pending marker names its request and session, and the session's people (their overviews find it by them), and
 * whose answer the request awaits: a caller that loses the marker is told whose request stands in its way even
 * before that request's document is written.
 */
const markerFields = (session: SessionDoc, requestId: string, awaiting: Awaiting) => ({
  requestId,
  sessionId: String(session._id),
  employeeId: String(session.employeeId),
  therapistId: String(session.therapistId),
  data: { awaiting },
});

/** Whose answer the request a marker names awaits (null: a marker written before markers said so). */
function awaitingOf(marker: ClaimDoc): Awaiting | null {
  const awaiting = marker.data?.awaiting;
  return awaiting === 'employee' || awaiting === 'therapist' ? awaiting : null;
}

/**
 * Claims the session's single pending marker; a marker whose request died or was decided is repaired.
 * `triedOnce`: the caller's own insert of it just failed, so the marker is looked at before inserting again.
 */
async function claimPendingMarker(
  ctx: ServiceContext,
  session: SessionDoc,
  requestId: string,
  awaiting: Awaiting,
  triedOnce: boolean,
): Promise<true | { waiting: Awaiting | null }> {
  const key = claimKeys.pending(String(session._id));
  const fields = markerFields(session, requestId, awaiting);
  let waiting: Awaiting | null = null;
  for (let attempt = 0; attempt < 2; attempt++) {
    const skipInsert = triedOnce && attempt === 0;
    if (!skipInsert && (await ctx.store.claims.claim(key, 'pending', requestHoldOwner(requestId), fields, ctx.clock()))) return true;
    const marker = await ctx.store.claims.get(key);
    if (!marker) continue;
    const holder = marker.requestId ? await ctx.store.sessions.request(marker.requestId) : null;
    waiting = awaitingOf(marker) ?? holder?.awaiting ?? null;
    if (holder?.status === 'pending' || !isStale(ctx, marker)) return { waiting };
    await ctx.store.claims.releaseExact(marker);
  }
  return { waiting };
}

/** `waiting`: whose answer the request already pending on the session awaits, where known. */
export type RequestHold =
  { ok: true } | { ok: false; code: 'request_pending'; waiting: Awaiting | null } | { ok: false; code: 'slot_taken' };

/**
 * Holds a new request: the session's pending marker, then the requested time's busy ticks, in one ordered insert
 * (ticks only once the marker is won). A taken marker or tick sends the call down the path that judges it.
 */
export async function holdRequest(
  ctx: ServiceContext,
  session: SessionDoc,
  chosen: Span,
  buffer: number,
  ids: { requestId: Types.ObjectId; newSessionId: Types.ObjectId },
  /** The client's request awaits the therapist; the therapist's own request to move it awaits the client. */
  awaiting: Awaiting = 'therapist',
): Promise<RequestHold> {
  const owner = requestHoldOwner(ids.requestId);
  const marker = claimKeys.pending(String(session._id));
  const holder = { sessionId: String(ids.newSessionId), requestId: String(ids.requestId) };
  const ticks = busyKeys(session.therapistId, chosen, buffer);
  const { won, taken } = await ctx.store.claims.claimInOrder(
    [
      { key: marker, kind: 'pending', fields: markerFields(session, String(ids.requestId), awaiting) },
      ...ticks.map((key) => ({ key, kind: 'busy' as const, fields: holder })),
    ],
    owner,
    ctx.clock(),
  );
  if (taken === null) return { ok: true };
  if (taken === marker) {
    const claimed = await claimPendingMarker(ctx, session, String(ids.requestId), awaiting, true);
    if (claimed !== true) return { ok: false, code: 'request_pending', waiting: claimed.waiting };
  }
  // A taken tick: what the ordered insert found is judged (dead claims repaired) without inserting again.
  const wonTicks = won.filter((k) => k !== marker);
  const tried = taken === marker ? {} : { tried: { won: wonTicks, taken: ticks.slice(wonTicks.length) } };
  const rest = await holdBusy(ctx, session.therapistId, chosen, buffer, holder, owner, { sharedWith: movedSessions(session), ...tried });
  if (rest.ok) return { ok: true };
  await ctx.store.claims.releaseOwned([marker, ...won], owner);
  return { ok: false, code: 'slot_taken' };
}

type RequestHeld = Pick<RescheduleRequestDoc, '_id' | 'sessionId' | 'therapistId' | 'start' | 'end' | 'newSessionId'>;

/** Frees the busy time a waiting request held (its owner token is the request's): never anyone else's ticks. */
export async function releaseRequestTime(ctx: ServiceContext, request: RequestHeld, bufferMinutes: number): Promise<void> {
  await ctx.store.claims.releaseOwned(busyKeys(request.therapistId, request, bufferMinutes), requestHoldOwner(request._id));
}

/** Lets a decided request go: its time, then the session's pending marker if it still names this request. */
export async function releaseRequest(ctx: ServiceContext, request: RequestHeld, bufferMinutes: number): Promise<void> {
  await releaseRequestTime(ctx, request, bufferMinutes);
  await ctx.store.claims.releaseForRequest(claimKeys.pending(String(request.sessionId)), String(request._id));
}

/**
 * Moves a request's hold to the therapist's proposed time: the requested time is let go first (the proposal may
 * overlap it); when the proposal cannot be held, the request gets its time back and nothing else changed.
 */
export async function moveRequestToProposal(
  ctx: ServiceContext,
  request: RequestHeld,
  session: SessionDoc,
  proposal: { id: string; newSessionId: string; span: Span },
  buffer: number,
): Promise<boolean> {
  const shared = movedSessions(session);
  await releaseRequestTime(ctx, request, buffer);
  const holder = { sessionId: proposal.newSessionId, requestId: proposal.id };
  const held = await holdBusy(ctx, request.therapistId, proposal.span, buffer, holder, requestHoldOwner(proposal.id), {
    sharedWith: shared,
  });
  if (held.ok) return true;
  const original = { sessionId: String(request.newSessionId), requestId: String(request._id) };
  await holdBusy(ctx, request.therapistId, request, buffer, original, requestHoldOwner(request._id), { sharedWith: shared });
  return false;
}

/**
 * The session's single pending marker now names the proposal, which awaits the client (only the winner of the
 * decision does this).
 */
export async function pointMarkerTo(ctx: ServiceContext, sessionId: Types.ObjectId, requestId: string): Promise<void> {
  await ctx.store.claims.setFields(claimKeys.pending(String(sessionId)), { requestId, data: { awaiting: 'employee' } });
}

/** The request waiting on a session, as its pending marker names it (null: none). */
export async function pendingRequestIdOf(ctx: ServiceContext, sessionId: string): Promise<string | null> {
  return (await ctx.store.claims.get(claimKeys.pending(sessionId)))?.requestId ?? null;
}
