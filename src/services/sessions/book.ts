// Booking one of the therapist's open slots: busy time and a unit of the month in one ordered insert (the busy
// time first: the usual point of contention, and losing it costs no allowance), then the session, with its audit
// event and notices owed first.
import { Types } from 'mongoose';
import { employeeAllowance } from '../../domain/allowance.js';
import { bookingHorizon, bookingNoticeOf, isInFuture, isWithinNotice } from '../../domain/policy.js';
import { refuse } from '../../domain/refusals.js';
import { EARLIEST_ZONE, monthOf } from '../../domain/time.js';
import { awayAt, backOn } from '../../domain/away.js';
import type { SessionView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { employeeRecord, isRefusal, organisationOf } from '../guards.js';
import { holdBooking, readUnitsFrom } from '../reservations/index.js';
import { changeWithOwed } from '../owed.js';
import type { Actor, Result, Undelivered } from '../types.js';
import { sessionView } from '../views.js';

export async function book(
  ctx: ServiceContext,
  actor: Actor,
  input: { slotId: string },
): Promise<Result<{ session: SessionView; undelivered: Undelivered }>> {
  if (!Types.ObjectId.isValid(input.slotId)) return refuse('unknown_slot');
  // The employee's record is the one whoIs read for this request; their therapist, organisation and the slot are
  // then read at once (the therapist and organisation are usually known already).
  const employee = await employeeRecord(ctx, actor);
  if (isRefusal(employee)) return employee;
  const therapistId = employee.therapistId as Types.ObjectId;
  const now = ctx.clock();
  // The month's units are read with the slot, before its month is known: every month from the earliest one it
  // is anywhere on Earth now (a future slot's month, in any organisation's zone, is never before that).
  const [slot, [therapist], org, units] = await Promise.all([
    ctx.store.sessions.slot(input.slotId),
    ctx.store.directory.counterpartsOf([therapistId]),
    organisationOf(ctx, employee.orgId),
    readUnitsFrom(ctx, employee._id, monthOf(now, EARLIEST_ZONE)),
  ]);
  // The slot must be their own therapist's.
  if (!slot || !therapist || !slot.therapistId.equals(therapistId)) return refuse('unknown_slot');
  if (!isInFuture(slot.start, now)) return refuse('time_in_past');
  const away = awayAt(slot.start, therapist.awayPeriods, therapist.zone);
  if (away) return refuse('therapist_away', { back: backOn(away) });
  const noticeHours = bookingNoticeOf(therapist);
  if (isWithinNotice(slot.start, now, noticeHours)) return refuse('too_soon', { hours: noticeHours });
  const horizon = bookingHorizon(now, org.zone);
  if (slot.start >= horizon.until) return refuse('beyond_horizon', { month: horizon.lastMonth });
  const month = monthOf(slot.start, org.zone);
  const allowance = employeeAllowance(org, employee, month);
  const sessionId = new Types.ObjectId();
  const buffer = therapist.bufferMinutes ?? 0;
  const hold = await holdBooking(
    ctx,
    { therapistId: slot.therapistId, span: slot, bufferMinutes: buffer },
    { employeeId: employee._id, month, allowance, units },
    sessionId,
  );
  if (!hold.ok) return hold.code === 'slot_taken' ? refuse('slot_taken') : refuse('allowance_exhausted', { allowance, month });
  const { unitKey } = hold;
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
    bufferMinutes: buffer,
    unitKey,
    replaces: null,
    replacedBy: null,
    cancelReason: null,
    chainId: sessionId,
    chainSequence: 0,
    createdAt: now,
  };
  const parties = { employee, therapist };
  const view = sessionView(session, parties);
  const notice = { kind: 'session_booked' as const, session: view };
  const undelivered = await changeWithOwed(
    ctx,
    {
      changeId: `booked:${String(sessionId)}`,
      doneWhen: { collection: 'sessions', id: String(sessionId), statuses: ['booked', 'cancelled', 'late_cancelled', 'rescheduled'] },
      parties,
      audit: {
        _id: `booked:${String(sessionId)}`,
        orgId: employee.orgId,
        actorId: actor.personId,
        action: 'session.booked',
        subjectId: String(sessionId),
        reason: null,
        details: { start: slot.start.toISOString(), month },
        at: now,
      },
      notices: [
        { to: 'employee', notice },
        { to: 'therapist', notice },
      ],
    },
    async () => {
      try {
        await ctx.store.sessions.insertSession(session);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
    },
  );
  return { ok: true, session: view, undelivered };
}
