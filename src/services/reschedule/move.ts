// The therapist asks to move a session (docs/design.md §2, rule 12): the client's own request with the roles swapped. The
// new time is held while the request waits for the client, who accepts (`confirm`) or declines (`decline`); it is
// the session's one pending request, decided once, and it expires at the client's organisation's cutoff.
import { Types } from 'mongoose';
import { awayAt, backOn } from '../../domain/away.js';
import { isInFuture, isOutsideCutoff } from '../../domain/policy.js';
import { checkReason } from '../../domain/reason.js';
import { refuse, type Refusal } from '../../domain/refusals.js';
import type { RequestView, SessionView } from '../../notices/notice.js';
import type { RescheduleRequestDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { isRefusal, ownedSession, type OwnedSession } from '../guards.js';
import { holdRequest, pendingRequestIdOf, type Awaiting } from '../reservations/index.js';
import { resolveTimeChoice } from '../time-choice.js';
import type { Actor, Result, TimeChoice } from '../types.js';
import { partiesOf, sessionView } from '../views.js';
import { recordNewRequest } from './new-request.js';
import { fullTargetMonth } from './target-month.js';

/**
 * The session, when its therapist may ask to move it now: booked, in the future, outside the client's
 * organisation's cutoff (inside it they can only cancel), and with no request already waiting.
 */
async function movableSession(ctx: ServiceContext, actor: Actor, sessionId: string): Promise<OwnedSession | Refusal> {
  const o = await ownedSession(ctx, actor, sessionId);
  if (isRefusal(o)) return o;
  if (o.role !== 'therapist') return refuse('not_your_session');
  const now = ctx.clock();
  if (o.session.status !== 'booked' || !isInFuture(o.session.start, now)) return refuse('session_not_active');
  const cutoff = o.org.rescheduleCutoffHours;
  if (!isOutsideCutoff(o.session.start, now, cutoff)) {
    return refuse('move_inside_cutoff', { hours: cutoff, client: o.parties.employee.displayName });
  }
  return o;
}

/** The request waiting on the session, if one still is (a marker left by a decided one does not count). */
async function waitingRequest(ctx: ServiceContext, o: OwnedSession): Promise<RescheduleRequestDoc | null> {
  const waitingId = await pendingRequestIdOf(ctx, String(o.session._id));
  const waiting = waitingId ? await ctx.store.sessions.request(waitingId) : null;
  return waiting?.status === 'pending' ? waiting : null;
}

/** Why the therapist cannot ask now, worded for them: their client's request waits for them, or their own for the client. */
function waitingRefusal(o: OwnedSession, awaiting: Awaiting | null): Refusal {
  const client = o.parties.employee.displayName;
  return awaiting === 'employee' ? refuse('move_awaiting_client', { client }) : refuse('client_request_pending', { client });
}

/** What the move form shows before anything is held: the session, and the client's organisation's window. */
export async function moveForm(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: string },
): Promise<Result<{ session: SessionView; cutoffHours: number }>> {
  const o = await movableSession(ctx, actor, input.sessionId);
  if (isRefusal(o)) return o;
  const waiting = await waitingRequest(ctx, o);
  if (waiting) return waitingRefusal(o, waiting.awaiting);
  return { ok: true, session: sessionView(o.session, o.parties), cutoffHours: o.org.rescheduleCutoffHours };
}

/**
 * The therapist's upcoming sessions with one client, to move one from that client's thread: only their own client
 * (the one whose thread it is), only their own sessions with them.
 */
export async function clientSessions(
  ctx: ServiceContext,
  actor: Actor,
  input: { employeeId: string },
): Promise<Result<{ employeeName: string; sessions: SessionView[] }>> {
  if (!actor.roles.includes('therapist')) return refuse('not_therapist', { action: 'move' });
  if (!Types.ObjectId.isValid(input.employeeId)) return refuse('bad_input');
  const therapistId = new Types.ObjectId(actor.personId);
  const [client, upcoming] = await Promise.all([
    ctx.store.directory.person(input.employeeId),
    ctx.store.sessions.upcomingOf('employeeId', new Types.ObjectId(input.employeeId), ctx.clock()),
  ]);
  const theirs = upcoming.filter((s) => s.therapistId.equals(therapistId) && s.status === 'booked');
  if (!client || (theirs.length === 0 && !client.therapistId?.equals(therapistId))) return refuse('not_your_session');
  const parties = await partiesOf(ctx, { employeeId: client._id, therapistId }, actor);
  return { ok: true, employeeName: client.displayName, sessions: theirs.map((s) => sessionView(s, parties)) };
}

export async function move(
  ctx: ServiceContext,
  actor: Actor,
  input: { sessionId: string; choice: TimeChoice; reason: string },
): Promise<Result<{ request: RequestView }>> {
  const reason = checkReason(input.reason);
  if (!reason.ok) return refuse(reason.error);
  // A chosen slot is read with the session.
  const slotRead =
    'slotId' in input.choice && Types.ObjectId.isValid(input.choice.slotId) ? ctx.store.sessions.slot(input.choice.slotId) : undefined;
  const [o, slot] = await Promise.all([movableSession(ctx, actor, input.sessionId), slotRead]);
  if (isRefusal(o)) return o;
  const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone, slot);
  if (isRefusal(chosen)) return chosen;
  // The therapist may move into any time they are not away; their booking notice protects them from clients, not
  // from themselves, so it does not apply (docs/design.md §2, rule 12).
  const { therapist, employee } = o.parties;
  const away = awayAt(chosen.start, therapist.awayPeriods, therapist.zone);
  if (away) return refuse('own_time_while_away', { back: backOn(away) });
  const full = await fullTargetMonth(ctx, o, chosen.start);
  if (full) return refuse('move_allowance_exhausted', { ...full, client: employee.displayName });
  const requestId = new Types.ObjectId();
  const newSessionId = new Types.ObjectId();
  const held = await holdRequest(ctx, o.session, chosen, therapist.bufferMinutes ?? 0, { requestId, newSessionId }, 'employee');
  if (!held.ok) return held.code === 'request_pending' ? waitingRefusal(o, held.waiting) : refuse('move_time_taken');
  const now = ctx.clock();
  const cutoff = o.org.rescheduleCutoffHours;
  const view = await recordNewRequest(
    ctx,
    {
      requestId,
      newSessionId,
      session: o.session,
      parties: o.parties,
      actorId: actor.personId,
      requestedBy: 'therapist',
      chosen,
      reason: reason.reason,
      now,
    },
    (request) => [
      // Both kept on the request, so their buttons are taken away and their words updated once it is decided.
      {
        to: 'employee',
        rememberMessageOn: String(requestId),
        notice: {
          kind: 'reschedule_proposed',
          request,
          ...(isOutsideCutoff(chosen.start, now, cutoff) ? {} : { acceptingLocksWithin: cutoff }),
        },
      },
      { to: 'therapist', notice: { kind: 'proposal_sent', request }, rememberMessageOn: String(requestId) },
    ],
  );
  return { ok: true, request: view };
}
