// What a person sees first: upcoming sessions (with any pending request) and this and next month's allowance.
import { Types } from 'mongoose';
import { allowanceInMonth, balance } from '../../domain/allowance.js';
import { isOutsideCutoff } from '../../domain/policy.js';
import { addMonths, monthOf } from '../../domain/time.js';
import type { ServiceContext } from '../context.js';
import { recordOf } from '../acting.js';
import { organisationOf } from '../guards.js';
import { overviewHolds } from '../reservations/index.js';
import type { Actor, Overview, UpcomingSession } from '../types.js';
import { partiesOfMany, requestView, sessionView, type Parties } from '../views.js';

/** Upcoming sessions an overview lists; one more is read, to say whether later ones follow. */
export const OVERVIEW_UPCOMING = 20;

export async function overview(ctx: ServiceContext, actor: Actor): Promise<Overview> {
  const now = ctx.clock();
  const personId = new Types.ObjectId(actor.personId);
  const asTherapist = actor.roles.includes('therapist') && !actor.roles.includes('employee');
  const [person, org, read] = await Promise.all([
    recordOf(ctx, actor),
    organisationOf(ctx, actor.orgId),
    ctx.store.sessions.upcomingOf(asTherapist ? 'therapistId' : 'employeeId', personId, now, OVERVIEW_UPCOMING + 1),
  ]);
  const sessions = read.slice(0, OVERVIEW_UPCOMING);
  const isEmployee = actor.roles.includes('employee');
  const thisMonth = monthOf(now, org.zone);
  const months = [thisMonth, addMonths(thisMonth, 1)];
  // One read of the claims gives the month's units and which sessions have a request waiting (their marker);
  // only those requests are read, so an overview with none waiting is three reads.
  const [holds, parties] = await Promise.all([
    overviewHolds(ctx, isEmployee ? { employeeId: actor.personId } : { therapistId: actor.personId }, months, sessions),
    partiesOfMany(ctx, sessions, person?.therapistId ?? null, actor),
  ]);
  const [requests, used] = await Promise.all([
    ctx.store.sessions.requestsByIds(holds.waitingRequestIds),
    isEmployee ? holds.unitsUsed() : Promise.resolve(new Map<string, number>()),
  ]);
  const pending = requests.filter((r) => r.status === 'pending');
  const upcoming: UpcomingSession[] = sessions.map((s, i) => {
    const request = pending.find((r) => r.sessionId.equals(s._id));
    const p = parties.sessions[i] as Parties;
    return {
      ...sessionView(s, p),
      canReschedule: isOutsideCutoff(s.start, now, org.rescheduleCutoffHours),
      pendingRequest: request ? requestView(request, s, p) : null,
    };
  });
  const settings = {
    organisationDefault: org.defaultAllowance,
    employeeOverride: person?.allowanceOverride,
    extraSessions: person?.extraSessions,
  };
  return {
    actor,
    therapistName: parties.extra?.displayName ?? null,
    upcoming,
    laterUpcoming: read.length > OVERVIEW_UPCOMING,
    allowance: isEmployee ? months.map((m) => balance(m, allowanceInMonth(settings, m), used.get(m) ?? 0)) : [],
    cutoffHours: org.rescheduleCutoffHours,
  };
}
