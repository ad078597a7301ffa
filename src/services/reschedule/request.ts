// The employee asks to move a session to another time. The requested time is held for the request (others
// see it as taken) until it is confirmed, declined, withdrawn or expired.
import { Types } from 'mongoose';
import { monthlyAllowance } from '../../domain/allowance.js';
import { isInFuture, isOutsideCutoff } from '../../domain/policy.js';
import { checkReason } from '../../domain/reason.js';
import { refuse } from '../../domain/refusals.js';
import { monthOf } from '../../domain/time.js';
import type { RequestView } from '../../notices/notice.js';
import { claimKeys, isDuplicateKey } from '../../store/index.js';
import type { RescheduleRequestDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedSession } from '../guards.js';
import type { Span } from '../../domain/slots.js';
import { busyKeys, holdBusy, movedSessions, unitsUsed } from '../holds.js';
import { changeWithOwed } from '../owed.js';
import { resolveTimeChoice } from '../time-choice.js';
import type { Actor, Result, TimeChoice } from '../types.js';
import { requestView } from '../views.js';
import { isStale, requestHoldOwner } from './decisions.js';

/** A pending marker names its request and session, and the session's people (their overviews find it by them). */
const markerFields = (session: SessionDoc, requestId: string) => ({
  requestId,
  sessionId: String(session._id),
  employeeId: String(session.employeeId),
  therapistId: String(session.therapistId),
});

/**
 * Claims the session's single pending marker; a marker whose request died or was decided is repaired.
 * `triedOnce`: the caller's own insert of it just failed, so the marker is looked at before inserting again.
 */
async function claimPendingMarker(ctx: ServiceContext, session: SessionDoc, requestId: string, triedOnce = false): Promise<boolean> {
  const key = claimKeys.pending(String(session._id));
  const fields = markerFields(session, requestId);
  for (let attempt = 0; attempt < 2; attempt++) {
    const skipInsert = triedOnce && attempt === 0;
    if (!skipInsert && (await ctx.store.claims.claim(key, 'pending', requestHoldOwner(requestId), fields, ctx.clock()))) return true;
    const marker = await ctx.store.claims.get(key);
    if (!marker) continue;
    const holder = marker.requestId ? await ctx.store.sessions.request(marker.requestId) : null;
    if (holder?.status === 'pending' || !isStale(ctx, marker)) return false;
    await ctx.store.claims.releaseExact(marker);
  }
  return false;
}

type RequestHold = { ok: true } | { ok: false; code: 'request_pending' | 'slot_taken' };

/**
 * The session's pending marker, then the requested time's busy ticks, in one ordered insert (ticks only once the
 * marker is won). A taken marker or tick sends the call down the path that judges it (repairing dead claims).
 */
async function holdRequest(ctx: ServiceContext, session: SessionDoc, chosen: Span, buffer: number, requestId: Types.ObjectId, newSessionId: Types.ObjectId): Promise<RequestHold> {
  const owner = requestHoldOwner(requestId);
  const marker = claimKeys.pending(String(session._id));
  const holder = { sessionId: String(newSessionId), requestId: String(requestId) };
  const ticks = busyKeys(session.therapistId, chosen, buffer);
  const { won, taken } = await ctx.store.claims.claimInOrder(
    [
      { key: marker, kind: 'pending', fields: markerFields(session, String(requestId)) },
      ...ticks.map((key) => ({ key, kind: 'busy' as const, fields: holder })),
    ],
    owner,
    ctx.clock(),
  );
  if (taken === null) return { ok: true };
  if (taken === marker && !(await claimPendingMarker(ctx, session, String(requestId), true))) return { ok: false, code: 'request_pending' };
  // A taken tick: what the ordered insert found is judged (dead claims repaired) without inserting again.
  const wonTicks = won.filter((k) => k !== marker);
  const tried = taken === marker ? {} : { tried: { won: wonTicks, taken: ticks.slice(wonTicks.length) } };
  const rest = await holdBusy(ctx, session.therapistId, chosen, buffer, holder, owner, { sharedWith: movedSessions(session), ...tried });
  if (rest.ok) return { ok: true };
  await ctx.store.claims.releaseOwned([marker, ...won], owner);
  return { ok: false, code: 'slot_taken' };
}

export async function request(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: string; choice: TimeChoice; reason: string },
): Promise<Result<{ request: RequestView }>> {
  const reason = checkReason(input.reason);
  if (!reason.ok) return refuse(reason.error);
  // A chosen slot is read with the session.
  const slotRead = 'slotId' in input.choice && Types.ObjectId.isValid(input.choice.slotId) ? ctx.store.sessions.slot(input.choice.slotId) : undefined;
  const [o, slot] = await Promise.all([ownedSession(ctx, actor, input.sessionId), slotRead]);
  if (isRefusal(o)) return o;
  if (o.role !== 'employee') return refuse('not_your_session');
  const now = ctx.clock();
  if (o.session.status !== 'booked' || !isInFuture(o.session.start, now)) return refuse('session_not_active');
  const cutoff = o.org.rescheduleCutoffHours;
  if (!isOutsideCutoff(o.session.start, now, cutoff)) return refuse('inside_cutoff', { hours: cutoff });
  const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone, slot);
  if (isRefusal(chosen)) return chosen;
  const targetMonth = monthOf(chosen.start, o.org.zone);
  if (targetMonth !== o.session.month) {
    const allowance = monthlyAllowance({ organisationDefault: o.org.defaultAllowance, employeeOverride: o.parties.employee.allowanceOverride });
    const used = (await unitsUsed(ctx, o.session.employeeId, [targetMonth])).get(targetMonth) ?? 0;
    if (used >= allowance) return refuse('allowance_exhausted', { allowance, month: targetMonth });
  }
  const requestId = new Types.ObjectId();
  const newSessionId = new Types.ObjectId();
  const held = await holdRequest(ctx, o.session, chosen, o.parties.therapist.bufferMinutes ?? 0, requestId, newSessionId);
  if (!held.ok) return refuse(held.code);
  const doc: RescheduleRequestDoc = {
    _id: requestId,
    orgId: o.session.orgId,
    sessionId: o.session._id,
    employeeId: o.session.employeeId,
    therapistId: o.session.therapistId,
    requestedBy: 'employee',
    awaiting: 'therapist',
    custom: chosen.custom,
    start: chosen.start,
    end: chosen.end,
    reason: reason.reason,
    status: 'pending',
    newSessionId,
    previousRequestId: null,
    decisionNote: null,
    decidedAt: null,
    threadMessageId: null,
    threadMessageAt: null,
    createdAt: now,
  };
  const view = requestView(doc, o.session, o.parties);
  await changeWithOwed(
    ctx,
    {
      changeId: `request:${String(requestId)}`,
      doneWhen: { collection: 'reschedule_requests', id: String(requestId), statuses: ['pending', 'confirmed', 'declined', 'proposed', 'withdrawn', 'expired'] },
      parties: o.parties,
      audit: {
        _id: `request:${String(requestId)}`,
        orgId: doc.orgId,
        actorId: actor.personId,
        action: 'reschedule_request.created',
        subjectId: String(o.session._id),
        reason: reason.reason,
        details: { requestId: String(requestId), custom: chosen.custom, start: chosen.start.toISOString() },
        at: now,
      },
      notices: [
        { to: 'therapist', notice: { kind: 'reschedule_requested', request: view }, rememberMessageOn: String(requestId) },
        { to: 'employee', notice: { kind: 'reschedule_awaiting', request: view } },
      ],
    },
    async () => {
      try {
        await ctx.store.sessions.insertRequest(doc);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  );
  return { ok: true, request: view };
}
