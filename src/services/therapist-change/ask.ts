// An employee asks to change therapist (issue 19, §6), privately and without a reason: one request waits per
// employee (a unique insert); asking again answers the same. Their therapist is not told.
import { Types } from 'mongoose';
import { refuse } from '../../domain/refusals.js';
import type { ServiceContext } from '../context.js';
import { employeeRecord, isRefusal } from '../guards.js';
import type { Actor, Result } from '../types.js';

export async function askToChangeTherapist(ctx: ServiceContext, actor: Actor): Promise<Result<{ alreadyAsked: boolean }>> {
  const employee = await employeeRecord(ctx, actor);
  if (isRefusal(employee)) return employee;
  if (!employee.therapistId) return refuse('no_therapist');
  const now = ctx.clock();
  const id = new Types.ObjectId();
  const stored = await ctx.store.therapistChanges.insertPending({
    _id: id,
    orgId: employee.orgId,
    employeeId: employee._id,
    fromTherapistId: employee.therapistId,
    createdAt: now,
  });
  if (!stored) return { ok: true, alreadyAsked: true };
  await ctx.store.audit.append({
    _id: `therapist_change.requested:${String(id)}`,
    orgId: employee.orgId,
    actorId: actor.personId,
    action: 'therapist_change.requested',
    subjectId: String(employee._id),
    reason: null,
    details: {},
    at: now,
  });
  return { ok: true, alreadyAsked: false };
}
