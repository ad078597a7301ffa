// Seeing, booking and cancelling sessions.
import { Types } from 'mongoose';
import { balance, monthlyAllowance } from '../domain/allowance.js';
import { cancellationKind, isInFuture, isOutsideCutoff } from '../domain/policy.js';
import { checkReason } from '../domain/reason.js';
import { refuse } from '../domain/refusals.js';
import { addMonths, monthOf } from '../domain/time.js';
import { cancellationConsequence } from '../domain/wording.js';
import { claimKeys } from '../store/index.js';
import type { SessionDoc } from '../store/models.js';
import type { SessionService } from './api.js';
import type { ServiceContext } from './context.js';
import { applyCancellation, rollForwardCancellation, type CancellationData } from './cancellation.js';
import { applyDecision, claimDecision } from './decisions.js';
import { employeeRecord, isRefusal, organisationOf, ownedSession } from './guards.js';
import { holdSlot, holdUnit, unitsUsed } from './holds.js';
import { tellBoth } from './notify.js';
import type { Overview, SlotView, UpcomingSession } from './types.js';
import { partiesOf, partiesOfMany, requestView, sessionView, type Parties } from './views.js';

const DEFAULT_SLOT_DAYS = 28;

export function createSessionService(ctx: ServiceContext): SessionService {
  async function openSlotsOf(therapistId: Types.ObjectId, days: number): Promise<SlotView[]> {
    const now = ctx.clock();
    const slots = await ctx.store.sessions.slotsBetween(therapistId, now, new Date(now.getTime() + days * 86_400_000));
    const held = await ctx.store.claims.getMany(slots.map((s) => claimKeys.slot(String(therapistId), s.start)));
    const heldKeys = new Set(held.map((c) => c._id));
    return slots
      .filter((s) => !heldKeys.has(claimKeys.slot(String(therapistId), s.start)))
      .map((s) => ({ id: String(s._id), start: s.start, end: s.end, held: false }));
  }

  const service: SessionService = {
    async overview(actor): Promise<Overview> {
      const [person, org] = await Promise.all([ctx.store.directory.person(actor.personId), organisationOf(ctx, actor.orgId)]);
      const now = ctx.clock();
      const personId = new Types.ObjectId(actor.personId);
      const asTherapist = actor.roles.includes('therapist') && !actor.roles.includes('employee');
      const sessions = await ctx.store.sessions.upcomingOf(asTherapist ? 'therapistId' : 'employeeId', personId, now);
      const pending = await ctx.store.sessions.pendingRequestsOf(sessions.map((s) => s._id));
      const parties = await partiesOfMany(ctx, sessions);
      const upcoming: UpcomingSession[] = sessions.map((s, i) => {
        const request = pending.find((r) => r.sessionId.equals(s._id));
        const p = parties[i] as Parties;
        return {
          ...sessionView(s, p),
          canReschedule: isOutsideCutoff(s.start, now, org.rescheduleCutoffHours),
          pendingRequest: request ? requestView(request, s, p) : null,
        };
      });
      const thisMonth = monthOf(now, org.zone);
      const months = [thisMonth, addMonths(thisMonth, 1)];
      const used = await unitsUsed(ctx, personId, months);
      const allowance = monthlyAllowance({ organisationDefault: org.defaultAllowance, employeeOverride: person?.allowanceOverride });
      const therapist = person?.therapistId ? await ctx.store.directory.person(person.therapistId) : null;
      return {
        actor,
        therapistName: therapist?.displayName ?? null,
        upcoming,
        allowance: actor.roles.includes('employee') ? months.map((m) => balance(m, allowance, used.get(m) ?? 0)) : [],
        cutoffHours: org.rescheduleCutoffHours,
      };
    },

    async openSlots(actor, opts) {
      const employee = await employeeRecord(ctx, actor);
      if (isRefusal(employee)) return employee;
      const days = Math.min(Math.max(opts?.days ?? DEFAULT_SLOT_DAYS, 1), 90);
      return { ok: true, slots: await openSlotsOf(employee.therapistId as Types.ObjectId, days) };
    },

    async book(actor, input) {
      const employee = await employeeRecord(ctx, actor);
      if (isRefusal(employee)) return employee;
      if (!Types.ObjectId.isValid(input.slotId)) return refuse('unknown_slot');
      const slot = await ctx.store.sessions.slot(input.slotId);
      if (!slot || !employee.therapistId?.equals(slot.therapistId)) return refuse('unknown_slot');
      if (!isInFuture(slot.start, ctx.clock())) return refuse('time_in_past');
      const org = await organisationOf(ctx, employee.orgId);
      const month = monthOf(slot.start, org.zone);
      const allowance = monthlyAllowance({ organisationDefault: org.defaultAllowance, employeeOverride: employee.allowanceOverride });
      const sessionId = new Types.ObjectId();
      // The slot is claimed first: it is the usual point of contention, and losing it costs no allowance.
      const slotKey = await holdSlot(ctx, slot.therapistId, slot.start, String(sessionId));
      if (!slotKey) return refuse('slot_taken');
      const unitKey = await holdUnit(ctx, employee._id, month, allowance, String(sessionId));
      if (!unitKey) {
        await ctx.store.claims.release(slotKey);
        return refuse('allowance_exhausted', { allowance, month });
      }
      const session: SessionDoc = {
        _id: sessionId,
        orgId: employee.orgId,
        employeeId: employee._id,
        therapistId: slot.therapistId,
        start: slot.start,
        end: slot.end,
        month,
        status: 'booked',
        version: 0,
        slotKey,
        unitKey,
        replaces: null,
        replacedBy: null,
        cancelReason: null,
        createdAt: ctx.clock(),
      };
      await ctx.store.sessions.insertSession(session);
      await ctx.store.audit.append({
        _id: `booked:${String(sessionId)}`,
        orgId: employee.orgId,
        actorId: actor.personId,
        action: 'session.booked',
        subjectId: String(sessionId),
        reason: null,
        details: { start: slot.start.toISOString(), month },
        at: ctx.clock(),
      });
      const parties = await partiesOf(ctx, session);
      const view = sessionView(session, parties);
      const undelivered = await tellBoth(ctx, parties, { kind: 'session_booked', session: view });
      return { ok: true, session: view, undelivered };
    },

    async get(actor, input) {
      const o = await ownedSession(ctx, actor, input.sessionId);
      if (isRefusal(o)) return o;
      return {
        ok: true,
        session: sessionView(o.session, o.parties),
        canReschedule: o.session.status === 'booked' && isOutsideCutoff(o.session.start, ctx.clock(), o.org.rescheduleCutoffHours),
      };
    },

    async cancelPreview(actor, input) {
      const o = await ownedSession(ctx, actor, input.sessionId);
      if (isRefusal(o)) return o;
      if (o.session.status !== 'booked' || !isInFuture(o.session.start, ctx.clock())) return refuse('session_not_active');
      const late = cancellationKind(o.session.start, ctx.clock(), o.org.rescheduleCutoffHours) === 'late';
      return { ok: true, session: sessionView(o.session, o.parties), late, consequence: cancellationConsequence(late, o.org.rescheduleCutoffHours) };
    },

    async cancel(actor, input) {
      const reason = checkReason(input.reason);
      if (!reason.ok) return refuse(reason.error);
      const o = await ownedSession(ctx, actor, input.sessionId);
      if (isRefusal(o)) return o;
      const { session } = o;
      const now = ctx.clock();
      if (session.status !== 'booked' || !isInFuture(session.start, now)) return refuse('session_not_active');
      // A pending reschedule request is withdrawn first; if it was just confirmed, this session is gone.
      const pending = await ctx.store.claims.get(claimKeys.pending(String(session._id)));
      const request = pending?.requestId ? await ctx.store.sessions.request(pending.requestId) : null;
      if (request && request.status === 'pending') {
        const outcome = await claimDecision(ctx, request, { status: 'withdrawn', by: actor.personId });
        if (!outcome.won) return refuse('just_changed');
        await applyDecision(ctx, request, { status: 'withdrawn', by: actor.personId }, now);
      }
      const late = cancellationKind(session.start, now, o.org.rescheduleCutoffHours) === 'late';
      const version = session.version + 1;
      const versionKey = claimKeys.version(String(session._id), version);
      const cancellation: CancellationData = { action: 'cancel', late, reason: reason.reason, by: actor.personId, role: o.role };
      const won = await ctx.store.claims.claim(versionKey, 'version', { sessionId: String(session._id), data: { ...cancellation } }, now);
      if (!won) {
        const other = await ctx.store.claims.get(versionKey);
        if (other && other.createdAt.getTime() < now.getTime() - ctx.claimGraceMs) await rollForwardCancellation(ctx, other);
        return refuse('just_changed');
      }
      await applyCancellation(ctx, session, version, cancellation, now);
      const view = { ...sessionView(session, o.parties), status: late ? ('late_cancelled' as const) : ('cancelled' as const) };
      const undelivered = await tellBoth(ctx, o.parties, { kind: 'session_cancelled', session: view, late, reason: reason.reason, cancelledBy: o.role });
      return { ok: true, session: view, late, undelivered };
    },
  };
  return service;
}
