// Reschedule requests: the employee asks, the therapist confirms, declines or proposes another time; the
// employee accepts or declines a proposal; either can be withdrawn, and requests expire at the cutoff.
import { Types } from 'mongoose';
import { monthlyAllowance } from '../domain/allowance.js';
import { isInFuture, isOutsideCutoff } from '../domain/policy.js';
import { checkReason } from '../domain/reason.js';
import { refuse, type Refusal } from '../domain/refusals.js';
import { monthOf } from '../domain/time.js';
import { claimKeys } from '../store/index.js';
import type { RescheduleRequestDoc } from '../store/models.js';
import type { RescheduleService } from './api.js';
import type { ServiceContext } from './context.js';
import { abandonConfirmation, applyDecision, claimDecision, rollForwardDecision, SessionConflictError, type DecisionData } from './decisions.js';
import { isRefusal, ownedRequest, ownedSession, type OwnedRequest } from './guards.js';
import { holdSlot, holdUnit, unitsUsed } from './holds.js';
import type { RequestView } from '../notices/notice.js';
import { tellEmployee, tellTherapist } from './notify.js';
import { resolveTimeChoice } from './time-choice.js';
import { threadFor } from './threads.js';
import type { Actor, Result } from './types.js';
import { partiesOf, recipientOf, requestView, sessionView } from './views.js';

export function createRescheduleService(ctx: ServiceContext): RescheduleService {
  const view = (o: Pick<OwnedRequest, 'session' | 'parties'>, request: RescheduleRequestDoc) => requestView(request, o.session, o.parties);

  async function refreshed(o: OwnedRequest): Promise<RequestView> {
    const latest = (await ctx.store.sessions.request(o.request._id)) ?? o.request;
    return view(o, latest);
  }

  /** Keeps the request message in the therapist's thread showing its current state. */
  async function updateThreadMessage(o: OwnedRequest, request: RequestView): Promise<void> {
    if (!o.request.threadMessageId) return;
    try {
      const thread = await threadFor(ctx, o.parties);
      await ctx.notifier.updateThreadMessage(thread, o.request.threadMessageId, recipientOf(o.parties.therapist), { kind: 'request_decided', request });
    } catch (err) {
      ctx.log.warn({ err: (err as Error).name }, 'could not update the request message');
    }
  }

  /** Shared preconditions of a decision by `actor` on a pending request awaiting them. */
  async function pendingAwaiting(actor: Actor, requestId: string, requiredRole?: 'employee' | 'therapist'): Promise<OwnedRequest | Refusal> {
    const o = await ownedRequest(ctx, actor, requestId);
    if (isRefusal(o)) return o;
    if (requiredRole && o.role !== requiredRole) return refuse(requiredRole === 'therapist' ? 'not_linked_therapist' : 'not_your_session');
    if (o.request.status !== 'pending') return refuse('already_decided', { status: o.request.status });
    const decided = await ctx.store.claims.get(claimKeys.decision(String(o.request._id)));
    if (decided) {
      // A decision whose caller stopped half-way (past the grace period) is finished by whoever comes next.
      if (decided.createdAt.getTime() < ctx.clock().getTime() - ctx.claimGraceMs) await rollForwardDecision(ctx, decided);
      return refuse('already_decided', { status: (decided.data as DecisionData).status });
    }
    return o;
  }

  function refusalForLostDecision(existing: DecisionData | null): Refusal {
    return refuse('already_decided', { status: existing?.status ?? 'decided' });
  }

  const service: RescheduleService = {
    async request(actor, input): Promise<Result<{ request: RequestView }>> {
      const reason = checkReason(input.reason);
      if (!reason.ok) return refuse(reason.error);
      const o = await ownedSession(ctx, actor, input.sessionId);
      if (isRefusal(o)) return o;
      if (o.role !== 'employee') return refuse('not_your_session');
      if (o.session.status !== 'booked' || !isInFuture(o.session.start, ctx.clock())) return refuse('session_not_active');
      const cutoff = o.org.rescheduleCutoffHours;
      if (!isOutsideCutoff(o.session.start, ctx.clock(), cutoff)) return refuse('inside_cutoff', { hours: cutoff });
      const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone);
      if (isRefusal(chosen)) return chosen;
      const targetMonth = monthOf(chosen.start, o.org.zone);
      if (targetMonth !== o.session.month) {
        const allowance = monthlyAllowance({ organisationDefault: o.org.defaultAllowance, employeeOverride: o.parties.employee.allowanceOverride });
        const used = (await unitsUsed(ctx, o.session.employeeId, [targetMonth])).get(targetMonth) ?? 0;
        if (used >= allowance) return refuse('allowance_exhausted', { allowance, month: targetMonth });
      }
      const requestId = new Types.ObjectId();
      const pendingKey = claimKeys.pending(String(o.session._id));
      if (!(await ctx.store.claims.claim(pendingKey, 'pending', { requestId: String(requestId), sessionId: String(o.session._id) }, ctx.clock()))) {
        const marker = await ctx.store.claims.get(pendingKey);
        const holder = marker?.requestId ? await ctx.store.sessions.request(marker.requestId) : null;
        // A marker left by a request that never got stored (crash) is replaced once it is past the grace period.
        const stale = !holder && marker && marker.createdAt.getTime() < ctx.clock().getTime() - ctx.claimGraceMs;
        if (!stale) return refuse('request_pending');
        await ctx.store.claims.release(pendingKey);
        if (!(await ctx.store.claims.claim(pendingKey, 'pending', { requestId: String(requestId), sessionId: String(o.session._id) }, ctx.clock()))) {
          return refuse('request_pending');
        }
      }
      const request: RescheduleRequestDoc = {
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
        newSessionId: new Types.ObjectId(),
        previousRequestId: null,
        decisionNote: null,
        decidedAt: null,
        threadMessageId: null,
        createdAt: ctx.clock(),
      };
      await ctx.store.sessions.insertRequest(request);
      await ctx.store.audit.append({
        _id: `request:${String(requestId)}`,
        orgId: request.orgId,
        actorId: actor.personId,
        action: 'reschedule_request.created',
        subjectId: String(o.session._id),
        reason: reason.reason,
        details: { requestId: String(requestId), custom: chosen.custom, start: chosen.start.toISOString() },
        at: ctx.clock(),
      });
      const requested = view(o, request);
      const messageId = await tellTherapist(ctx, o.parties, { kind: 'reschedule_requested', request: requested });
      if (messageId) await ctx.store.sessions.updateRequest(requestId, { threadMessageId: messageId });
      await tellEmployee(ctx, o.parties, { kind: 'reschedule_awaiting', request: requested });
      return { ok: true, request: requested };
    },

    async confirm(actor, input) {
      const o = await pendingAwaiting(actor, input.requestId);
      if (isRefusal(o)) return o;
      if (o.role !== o.request.awaiting) return refuse('not_awaiting_you');
      const now = ctx.clock();
      if (o.session.status !== 'booked') return refuse('session_not_active');
      const cutoff = o.org.rescheduleCutoffHours;
      if (!isOutsideCutoff(o.session.start, now, cutoff)) return refuse('inside_cutoff', { hours: cutoff });
      if (!isInFuture(o.request.start, now)) return refuse('time_in_past');

      const newSessionId = String(o.request.newSessionId);
      const month = monthOf(o.request.start, o.org.zone);
      const slotKey = await holdSlot(ctx, o.request.therapistId, o.request.start, newSessionId);
      if (!slotKey) return refuse('slot_taken');
      let unitKey = o.session.unitKey;
      if (month !== o.session.month) {
        const allowance = monthlyAllowance({ organisationDefault: o.org.defaultAllowance, employeeOverride: o.parties.employee.allowanceOverride });
        const held = await holdUnit(ctx, o.request.employeeId, month, allowance, newSessionId);
        if (!held) {
          await ctx.store.claims.release(slotKey);
          return refuse('allowance_exhausted', { allowance, month });
        }
        unitKey = held;
      }
      const decision: DecisionData = { status: 'confirmed', by: actor.personId, slotKey, unitKey, month };
      const outcome = await claimDecision(ctx, o.request, decision);
      if (!outcome.won) {
        const freed = [slotKey, ...(unitKey !== o.session.unitKey ? [unitKey] : [])];
        for (const claim of await ctx.store.claims.getMany(freed)) if (claim.sessionId === newSessionId) await ctx.store.claims.release(claim._id);
        return refusalForLostDecision(outcome.existing);
      }
      try {
        await applyDecision(ctx, o.request, decision, now);
      } catch (err) {
        if (!(err instanceof SessionConflictError)) throw err;
        await abandonConfirmation(ctx, o.request, decision);
        return refuse('session_not_active');
      }
      const replacement = await ctx.store.sessions.session(o.request.newSessionId);
      if (!replacement) throw new Error('confirmed session missing after apply');
      const decided = await refreshed(o);
      const previous = sessionView(o.session, o.parties);
      const session = sessionView(replacement, o.parties);
      await updateThreadMessage(o, decided);
      await Promise.all([
        tellTherapist(ctx, o.parties, { kind: 'session_rescheduled', previous, session }),
        tellEmployee(ctx, o.parties, { kind: 'session_rescheduled', previous, session }),
      ]);
      return { ok: true, request: decided, session };
    },

    async decline(actor, input) {
      const o = await pendingAwaiting(actor, input.requestId);
      if (isRefusal(o)) return o;
      if (o.role !== o.request.awaiting) return refuse('not_awaiting_you');
      let note: string | null = null;
      if (input.note && input.note.trim().length > 0) {
        const checked = checkReason(input.note);
        if (!checked.ok) return refuse(checked.error);
        note = checked.reason;
      }
      const decision: DecisionData = { status: 'declined', by: actor.personId, note };
      const outcome = await claimDecision(ctx, o.request, decision);
      if (!outcome.won) return refusalForLostDecision(outcome.existing);
      await applyDecision(ctx, o.request, decision, ctx.clock());
      const decided = await refreshed(o);
      await updateThreadMessage(o, decided);
      if (o.role === 'therapist') await tellEmployee(ctx, o.parties, { kind: 'reschedule_declined', request: decided });
      else await tellTherapist(ctx, o.parties, { kind: 'reschedule_declined', request: decided });
      return { ok: true, request: decided };
    },

    async propose(actor, input) {
      const o = await pendingAwaiting(actor, input.requestId, 'therapist');
      if (isRefusal(o)) return o;
      if (o.request.awaiting !== 'therapist') return refuse('not_awaiting_you');
      const note = checkReason(input.note);
      if (!note.ok) return refuse(note.error);
      const cutoff = o.org.rescheduleCutoffHours;
      if (!isOutsideCutoff(o.session.start, ctx.clock(), cutoff)) return refuse('inside_cutoff', { hours: cutoff });
      const chosen = await resolveTimeChoice(ctx, input.choice, o.session, actor.zone);
      if (isRefusal(chosen)) return chosen;
      const proposalId = new Types.ObjectId();
      const decision: DecisionData = {
        status: 'proposed',
        by: actor.personId,
        note: note.reason,
        proposal: {
          id: String(proposalId),
          newSessionId: String(new Types.ObjectId()),
          start: chosen.start.toISOString(),
          end: chosen.end.toISOString(),
          custom: chosen.custom,
        },
      };
      const outcome = await claimDecision(ctx, o.request, decision);
      if (!outcome.won) return refusalForLostDecision(outcome.existing);
      await applyDecision(ctx, o.request, decision, ctx.clock());
      await updateThreadMessage(o, await refreshed(o));
      const proposal = await ctx.store.sessions.request(proposalId);
      if (!proposal) throw new Error('proposal missing after apply');
      const proposed = view(o, proposal);
      await tellEmployee(ctx, o.parties, { kind: 'reschedule_proposed', request: proposed });
      return { ok: true, request: proposed };
    },

    async withdraw(actor, input) {
      const o = await pendingAwaiting(actor, input.requestId, 'employee');
      if (isRefusal(o)) return o;
      const decision: DecisionData = { status: 'withdrawn', by: actor.personId };
      const outcome = await claimDecision(ctx, o.request, decision);
      if (!outcome.won) return refusalForLostDecision(outcome.existing);
      await applyDecision(ctx, o.request, decision, ctx.clock());
      const decided = await refreshed(o);
      await updateThreadMessage(o, decided);
      await tellTherapist(ctx, o.parties, { kind: 'request_withdrawn', request: decided });
      return { ok: true, request: decided };
    },

    async get(actor, input) {
      const o = await ownedRequest(ctx, actor, input.requestId);
      if (isRefusal(o)) return o;
      return { ok: true, request: view(o, o.request) };
    },

    async expireDue() {
      let expired = 0;
      for (const request of await ctx.store.sessions.allPendingRequests()) {
        const session = await ctx.store.sessions.session(request.sessionId);
        const org = session && (await ctx.store.directory.organisation(session.orgId));
        if (!session || !org) continue;
        const stillOpen = session.status === 'booked' && isOutsideCutoff(session.start, ctx.clock(), org.rescheduleCutoffHours);
        if (stillOpen) continue;
        const decision: DecisionData = { status: 'expired', by: 'system' };
        const outcome = await claimDecision(ctx, request, decision);
        if (!outcome.won) continue;
        await applyDecision(ctx, request, decision, ctx.clock());
        expired++;
        if (session.status !== 'booked') continue;
        const o: OwnedRequest = { session, parties: await partiesOf(ctx, session), org, role: 'employee', request };
        const decided = await refreshed(o);
        await updateThreadMessage(o, decided);
        const notice = { kind: 'request_expired' as const, request: decided, cutoffHours: org.rescheduleCutoffHours };
        await Promise.all([tellEmployee(ctx, o.parties, notice), tellTherapist(ctx, o.parties, notice)]);
      }
      return expired;
    },
  };
  return service;
}
