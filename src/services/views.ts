// Turning stored documents into the views that notices and platforms render.
import type { Types } from 'mongoose';
import { readerLocale } from '../i18n/locales.js';
import { calendarRefOf } from '../calendar/chain.js';
import type { PersonDoc, RescheduleRequestDoc, SessionDoc } from '../store/models.js';
import { actingRecord } from './acting.js';
import type { Actor } from './types.js';
import type { Recipient, RequestView, SessionView } from '../notices/notice.js';
import type { ServiceContext } from './context.js';

export function actorOf(person: PersonDoc): Actor {
  return {
    personId: String(person._id),
    orgId: person.orgId,
    displayName: person.displayName,
    roles: person.roles,
    zone: person.zone,
    locale: readerLocale(person),
    identity: person.identity,
  };
}

export function recipientOf(person: PersonDoc): Recipient {
  return {
    personId: String(person._id),
    displayName: person.displayName,
    zone: person.zone,
    locale: readerLocale(person),
    identity: person.identity,
    email: person.email,
  };
}

export interface Parties {
  employee: PersonDoc;
  therapist: PersonDoc;
}

/**
 * The employee and therapist of a session or request: the acting person's own record as read for this request,
 * the other party as the directory read them lately (src/store/people.ts), so at most one round trip, often none.
 */
export async function partiesOf(ctx: ServiceContext, doc: Pick<SessionDoc, 'employeeId' | 'therapistId'>, actor?: Actor): Promise<Parties> {
  const own = actor ? actingRecord(ctx, actor) : undefined;
  const others = [doc.employeeId, doc.therapistId].filter((id) => !own?._id.equals(id));
  const people = [...(own ? [own] : []), ...(others.length > 0 ? await ctx.store.directory.counterpartsOf(others) : [])];
  const employee = people.find((p) => p._id.equals(doc.employeeId));
  const therapist = people.find((p) => p._id.equals(doc.therapistId));
  if (!employee || !therapist) throw new Error('session refers to a person who no longer exists');
  return { employee, therapist };
}

/**
 * Parties of many sessions (and one more person, e.g. the reader's therapist) with at most one read of the people:
 * the reader's own record as read for this request, the others as the directory read them lately.
 */
export async function partiesOfMany(
  ctx: ServiceContext,
  docs: Pick<SessionDoc, 'employeeId' | 'therapistId'>[],
  extraId: Types.ObjectId | null = null,
  actor?: Actor,
): Promise<{ sessions: Parties[]; extra: PersonDoc | null }> {
  const own = actor ? actingRecord(ctx, actor) : undefined;
  const ids = [
    ...new Set([...docs.flatMap((d) => [String(d.employeeId), String(d.therapistId)]), ...(extraId ? [String(extraId)] : [])]),
  ].filter((id) => id !== String(own?._id));
  const read = ids.length > 0 ? await ctx.store.directory.counterpartsOf(ids) : [];
  const people = new Map([...(own ? [own] : []), ...read].map((p) => [String(p._id), p]));
  const sessions = docs.map((d) => {
    const employee = people.get(String(d.employeeId));
    const therapist = people.get(String(d.therapistId));
    if (!employee || !therapist) throw new Error('session refers to a person who no longer exists');
    return { employee, therapist };
  });
  return { sessions, extra: extraId ? (people.get(String(extraId)) ?? null) : null };
}

export function sessionView(session: SessionDoc, parties: Parties): SessionView {
  return {
    id: String(session._id),
    start: session.start,
    end: session.end,
    status: session.status,
    employeeName: parties.employee.displayName,
    therapistName: parties.therapist.displayName,
    calendar: calendarRefOf(session),
    joinUrl: parties.therapist.meetingLink ?? null,
  };
}

export function requestView(request: RescheduleRequestDoc, session: Pick<SessionDoc, 'start' | 'end'>, parties: Parties): RequestView {
  return {
    id: String(request._id),
    sessionId: String(request.sessionId),
    current: { start: session.start, end: session.end },
    proposed: { start: request.start, end: request.end },
    custom: request.custom,
    reason: request.reason,
    requestedBy: request.requestedBy,
    awaiting: request.awaiting,
    status: request.status,
    decisionNote: request.decisionNote,
    employeeName: parties.employee.displayName,
    therapistName: parties.therapist.displayName,
    ...(isMove(request) ? { move: true } : {}),
  };
}

/** A therapist's own request to move a session: asked by them, answering no request of the client's. */
export function isMove(request: Pick<RescheduleRequestDoc, 'requestedBy' | 'previousRequestId'>): boolean {
  return request.requestedBy === 'therapist' && !request.previousRequestId;
}
