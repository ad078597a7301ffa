// Seeing, booking and cancelling sessions. One file per use case beside this one.
import type { Types } from 'mongoose';
import { bookingHorizon, bookingNoticeOf, isInFuture, isOutsideCutoff, isWithinNotice } from '../../domain/policy.js';
import { isLateCancellation } from '../../domain/therapist-cancel.js';
import { refuse } from '../../domain/refusals.js';
import { cancellationConsequence, therapistCancellationConsequence } from '../../domain/wording.js';
import type { SessionService } from '../api.js';
import type { ServiceContext } from '../context.js';
import { employeeRecord, isRefusal, organisationOf, ownedSession } from '../guards.js';
import { allowanceInMonth } from '../../domain/allowance.js';
import { monthOf } from '../../domain/time.js';
import { awayAt } from '../../domain/away.js';
import { unitsUsed } from '../reservations/index.js';
import type { SlotView } from '../types.js';
import { sessionView } from '../views.js';
import { book } from './book.js';
import { cancel } from './cancel.js';
import { openSlotsOf } from './open-slots.js';
import { overview } from './overview.js';

const DAY_MS = 86_400_000;

export function createSessionService(ctx: ServiceContext): SessionService {
  return {
    overview: (actor) => overview(ctx, actor),
    book: (actor, input) => book(ctx, actor, input),
    cancel: (actor, input) => cancel(ctx, actor, input),

    async openSlots(actor, opts) {
      const employee = await employeeRecord(ctx, actor);
      if (isRefusal(employee)) return employee;
      const therapistId = employee.therapistId as Types.ObjectId;
      const [therapist, org] = await Promise.all([ctx.store.directory.person(therapistId), organisationOf(ctx, employee.orgId)]);
      const now = ctx.clock();
      // Up to the end of next month (the last month whose allowance the employee is shown), or `days` ahead.
      const until =
        opts?.days === undefined
          ? bookingHorizon(now, org.zone).until
          : new Date(now.getTime() + Math.min(Math.max(opts.days, 1), 90) * DAY_MS);
      // A time sooner than the therapist's booking notice, or while they are away, is not offered to the employee.
      const notice = bookingNoticeOf(therapist);
      const slots = (await openSlotsOf(ctx, therapistId, until, therapist?.bufferMinutes ?? 0)).filter(
        (s) => !isWithinNotice(s.start, now, notice) && !awayAt(s.start, therapist?.awayPeriods, therapist?.zone ?? org.zone),
      );
      if (!opts?.forBooking) return { ok: true, slots, fullMonths: [] };
      // A booking form offers only what can be booked: a month whose allowance is used up says so instead.
      const settings = {
        organisationDefault: org.defaultAllowance,
        employeeOverride: employee.allowanceOverride,
        extraSessions: employee.extraSessions,
      };
      const monthOfSlot = (s: SlotView) => monthOf(s.start, org.zone);
      const months = [...new Set(slots.map(monthOfSlot))];
      const used = await unitsUsed(ctx, employee._id, months);
      const full = new Set(months.filter((m) => (used.get(m) ?? 0) >= allowanceInMonth(settings, m)));
      return {
        ok: true,
        slots: slots.filter((s) => !full.has(monthOfSlot(s))),
        fullMonths: [...full].sort().map((month) => ({ month, allowance: allowanceInMonth(settings, month) })),
      };
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
      const late = isLateCancellation(o.role, o.session.start, ctx.clock(), o.org.rescheduleCutoffHours);
      const session = sessionView(o.session, o.parties);
      const consequence =
        o.role === 'therapist'
          ? therapistCancellationConsequence(session.employeeName, actor)
          : cancellationConsequence(late, o.org.rescheduleCutoffHours, actor);
      return { ok: true, session, late, consequence, by: o.role };
    },
  };
}
