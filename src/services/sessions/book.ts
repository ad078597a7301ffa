// Booking one of the therapist's open slots: busy time first (the usual point of contention; losing it costs
// no allowance), then a unit of the month, then the session, with its audit event and notices owed first.
import { Types } from 'mongoose';
import { monthlyAllowance } from '../../domain/allowance.js';
import { isInFuture } from '../../domain/policy.js';
import { refuse } from '../../domain/refusals.js';
import { monthOf } from '../../domain/time.js';
import type { SessionView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { checkedEmployee, isRefusal, organisationOf } from '../guards.js';
import { holdBusy, holdUnit } from '../holds.js';
import { changeWithOwed } from '../owed.js';
import type { Actor, Result, Undelivered } from '../types.js';
import { sessionView } from '../views.js';

export async function book(ctx: ServiceContext, actor: Actor, input: { slotId: string }): Promise<Result<{ session: SessionView; undelivered: Undelivered }>> {
  if (!Types.ObjectId.isValid(input.slotId)) return refuse('unknown_slot');
  const slot = await ctx.store.sessions.slot(input.slotId);
  if (!slot) return refuse('unknown_slot');
  // The employee and the slot's therapist in one read; the slot must be their own therapist's.
  const people = await ctx.store.directory.people([actor.personId, slot.therapistId]);
  const employee = checkedEmployee(people.find((p) => p._id.equals(actor.personId)) ?? null);
  if (isRefusal(employee)) return employee;
  const therapist = people.find((p) => p._id.equals(slot.therapistId));
  if (!therapist || !employee.therapistId?.equals(slot.therapistId)) return refuse('unknown_slot');
  const now = ctx.clock();
  if (!isInFuture(slot.start, now)) return refuse('time_in_past');
  const org = await organisationOf(ctx, employee.orgId);
  const month = monthOf(slot.start, org.zone);
  const allowance = monthlyAllowance({ organisationDefault: org.defaultAllowance, employeeOverride: employee.allowanceOverride });
  const sessionId = new Types.ObjectId();
  const owner = `book:${String(sessionId)}`;
  const holder = { sessionId: String(sessionId), requestId: null };
  const buffer = therapist.bufferMinutes ?? 0;
  const busy = await holdBusy(ctx, slot.therapistId, slot, buffer, holder, owner);
  if (!busy.ok) return refuse('slot_taken');
  const unitKey = await holdUnit(ctx, employee._id, month, allowance, holder, owner);
  if (!unitKey) {
    await ctx.store.claims.releaseOwned(busy.won, owner);
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
      notices: [{ to: 'employee', notice }, { to: 'therapist', notice }],
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
