// The provider's operator reassigns an employee to another therapist (issue 19, §6). The new therapist is set
// first, so nothing more can be booked with the previous one; then the employee's future sessions with the previous
// therapist are cancelled through the operator's cancellation path (credited back, both sides told, a neutral
// reason only). The employee hears whom they now work with; the previous therapist, in the old thread (if there is
// one), that it is closed, never why; replies there no longer reach the employee (relay). Their next message opens
// a thread in the new therapist's channel; their history (sessions, requests) stays theirs. Run again, it finishes
// what a first run left (cancellations of sessions another change held).
import { Types } from 'mongoose';
import type { Notice } from '../../notices/notice.js';
import type { PersonDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { cancelFutureSessions, OPERATOR_ACTOR } from '../data-protection/operator-cancel.js';
import { withdrawOpenOffers } from '../offers/index.js';
import { changeWithOwed, type OwedNoticeSpec } from '../owed.js';
import { mayTreatClientsOf } from '../tenancy.js';
import { relayThreadId } from '../../store/relay-threads.js';

export type ReassignResult =
  { ok: true; changed: boolean; previous: string | null; sessionsCancelled: number; left: number } | { ok: false; error: string };

const person = (ctx: ServiceContext, id: string) => (Types.ObjectId.isValid(id) ? ctx.store.directory.person(id) : Promise.resolve(null));

export async function reassignEmployee(
  ctx: ServiceContext,
  input: { employeeId: string; therapistId: string; by?: string },
): Promise<ReassignResult> {
  const [employee, therapist] = await Promise.all([person(ctx, input.employeeId), person(ctx, input.therapistId)]);
  if (!employee || !employee.roles.includes('employee') || employee.erasedAt || employee.offboardedAt)
    return { ok: false, error: 'no current employee with that id (see list-people)' };
  if (
    !therapist ||
    !therapist.roles.includes('therapist') ||
    therapist.offboardedAt ||
    !(await mayTreatClientsOf(ctx, therapist, employee.orgId))
  )
    return { ok: false, error: "no therapist with that id in the employee's organisation or the provider" };
  const by = input.by ?? OPERATOR_ACTOR;
  const previousId = employee.therapistId;
  if (previousId?.equals(therapist._id)) {
    // Already theirs: a re-run finishes the cancellations a first run could not make.
    const last = (await ctx.store.therapistChanges.ofEmployee(employee._id)).find(
      (c) => c.status === 'done' && c.toTherapistId?.equals(therapist._id),
    );
    const from = last?.fromTherapistId ?? null;
    const { cancelled, left } = from ? await cancelFutureSessions(ctx, employee._id, from) : { cancelled: 0, left: 0 };
    return { ok: true, changed: false, previous: from ? String(from) : null, sessionsCancelled: cancelled, left };
  }
  const [previous, pending] = await Promise.all([
    previousId ? ctx.store.directory.person(previousId) : Promise.resolve(null),
    ctx.store.therapistChanges.pendingOf(employee._id),
  ]);
  const oldThread = previous ? await ctx.store.relayThreads.get(relayThreadId(employee._id, previous._id)) : null;
  const changeId = pending?._id ?? new Types.ObjectId();
  const now = ctx.clock();
  const told = (to: 'employee' | 'therapist', notice: Notice): OwedNoticeSpec => ({ to, notice });
  const notices = [
    told('employee', { kind: 'therapist_changed', reader: 'employee', newTherapistName: therapist.displayName }),
    // The previous therapist hears it in the old thread only: without one there is nothing to close.
    ...(previous && oldThread
      ? [told('therapist', { kind: 'therapist_changed', reader: 'therapist', employeeName: employee.displayName })]
      : []),
  ];
  const parties: { employee: PersonDoc; therapist: PersonDoc } = { employee, therapist: previous ?? therapist };
  await changeWithOwed(
    ctx,
    {
      changeId: `therapist_change:${String(changeId)}`,
      doneWhen: { collection: 'therapist_changes', id: String(changeId), statuses: ['done'] },
      parties,
      audit: {
        _id: `employee.reassigned:${String(changeId)}`,
        orgId: employee.orgId,
        actorId: by,
        action: 'employee.reassigned',
        subjectId: String(employee._id),
        reason: null,
        details: { from: previousId ? String(previousId) : null, to: String(therapist._id), requested: pending !== null },
        at: now,
      },
      notices,
    },
    async () => {
      await ctx.store.directory.updatePerson(employee._id, { therapistId: therapist._id });
      await ctx.store.therapistChanges.recordDone({
        id: changeId,
        orgId: employee.orgId,
        employeeId: employee._id,
        fromTherapistId: previousId,
        toTherapistId: therapist._id,
        at: now,
        by,
        createdAt: pending?.createdAt ?? now,
      });
    },
  );
  // The previous therapist's open offer of times would hold their time for a client they no longer see.
  if (previousId) await withdrawOpenOffers(ctx, employee._id, by, previousId);
  const { cancelled, left } = previousId ? await cancelFutureSessions(ctx, employee._id, previousId) : { cancelled: 0, left: 0 };
  return { ok: true, changed: true, previous: previousId ? String(previousId) : null, sessionsCancelled: cancelled, left };
}
