// Telling both sides about a change. A failed delivery never undoes a change that is already stored: it is
// logged and reported back to the actor as undelivered.
import type { ServiceContext } from './context.js';
import type { Notice } from '../notices/notice.js';
import { rememberSessionMessage } from './session-messages.js';
import { postInThread } from './threads.js';
import type { Undelivered } from './types.js';
import { recipientOf, type Parties } from './views.js';

export async function tellEmployee(ctx: ServiceContext, parties: Parties, notice: Notice): Promise<boolean> {
  try {
    const message = await ctx.notifier.notifyPerson(recipientOf(parties.employee), notice);
    // A refused Confirm offers Pick another time / Cancel session: kept current when the session changes.
    await rememberSessionMessage(ctx, parties.employee, notice, message);
    return true;
  } catch (err) {
    ctx.log.warn({ err: errSummary(err), notice: notice.kind }, 'could not notify employee');
    return false;
  }
}

/** Posts in the employee's thread of the therapist's channel; returns the message id, or null on failure. */
export async function tellTherapist(ctx: ServiceContext, parties: Parties, notice: Notice): Promise<string | null> {
  try {
    return await postInThread(ctx, parties, notice);
  } catch (err) {
    ctx.log.warn({ err: errSummary(err), notice: notice.kind }, 'could not notify therapist');
    return null;
  }
}

export async function tellBoth(
  ctx: ServiceContext,
  parties: Parties,
  employeeNotice: Notice,
  therapistNotice = employeeNotice,
): Promise<Undelivered> {
  const [toEmployee, toTherapist] = await Promise.all([
    tellEmployee(ctx, parties, employeeNotice),
    tellTherapist(ctx, parties, therapistNotice),
  ]);
  const undelivered: Undelivered = [];
  if (!toEmployee) undelivered.push('employee');
  if (toTherapist === null) undelivered.push('therapist');
  return undelivered;
}

/** An error's class and code only: SDK errors can carry message text or tokens in their details. */
export function errSummary(err: unknown): { type: string; code?: string | number } {
  if (err instanceof Error) {
    const code = (err as { code?: string | number }).code;
    return code === undefined ? { type: err.name } : { type: err.name, code };
  }
  return { type: typeof err };
}
