// Lookups that every use case starts with: the object exists, and the actor may act on it. A session or request
// moved to the cold collections (an old button or card) is refused as over, not as unknown.
import { Types } from 'mongoose';
import { recordOf } from './acting.js';
import { refuse, type Refusal } from '../domain/refusals.js';
import type { OrganisationDoc, PersonDoc, RescheduleRequestDoc, SessionDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import type { Actor } from './types.js';
import { isArchived } from './reservations/index.js';
import { partiesOf, type Parties } from './views.js';

export interface OwnedSession {
  session: SessionDoc;
  parties: Parties;
  org: OrganisationDoc;
  role: 'employee' | 'therapist';
}

export async function organisationOf(ctx: ServiceContext, orgId: string): Promise<OrganisationDoc> {
  const org = await ctx.store.directory.organisation(orgId);
  if (!org) throw new Error('person belongs to an unknown organisation');
  return org;
}

function roleIn(actor: Actor, doc: Pick<SessionDoc, 'employeeId' | 'therapistId'>): 'employee' | 'therapist' | null {
  if (doc.employeeId.equals(actor.personId)) return 'employee';
  if (doc.therapistId.equals(actor.personId)) return 'therapist';
  return null;
}

export async function ownedSession(ctx: ServiceContext, actor: Actor, sessionId: string): Promise<OwnedSession | Refusal> {
  if (!Types.ObjectId.isValid(sessionId)) return refuse('unknown_session');
  const session = await ctx.store.sessions.session(sessionId);
  if (!session) return refuse((await isArchived(ctx, 'sessions', sessionId)) ? 'session_archived' : 'unknown_session');
  const role = roleIn(actor, session);
  if (!role) return refuse('not_your_session');
  const [parties, org] = await Promise.all([partiesOf(ctx, session, actor), organisationOf(ctx, session.orgId)]);
  return { session, parties, org, role };
}

export interface OwnedRequest extends OwnedSession {
  request: RescheduleRequestDoc;
}

export async function ownedRequest(ctx: ServiceContext, actor: Actor, requestId: string): Promise<OwnedRequest | Refusal> {
  if (!Types.ObjectId.isValid(requestId)) return refuse('unknown_request');
  const request = await ctx.store.sessions.request(requestId);
  if (!request) return refuse((await isArchived(ctx, 'reschedule_requests', requestId)) ? 'request_archived' : 'unknown_request');
  const role = roleIn(actor, request);
  if (!role) return refuse(actor.roles.includes('therapist') ? 'not_linked_therapist' : 'not_your_session');
  // The request names its session and both people: all three are read at once.
  const [session, parties, org] = await Promise.all([
    ctx.store.sessions.session(request.sessionId),
    partiesOf(ctx, request, actor),
    organisationOf(ctx, request.orgId),
  ]);
  if (!session) return refuse((await isArchived(ctx, 'sessions', String(request.sessionId))) ? 'session_archived' : 'unknown_session');
  return { session, parties, org, role, request };
}

/** The person, if they are an employee with a therapist; otherwise the refusal that says which is missing. */
export function checkedEmployee(person: PersonDoc | null): PersonDoc | Refusal {
  if (!person || !person.roles.includes('employee')) return refuse('not_registered');
  if (!person.therapistId) return refuse('no_therapist');
  return person;
}

export async function employeeRecord(ctx: ServiceContext, actor: Actor): Promise<PersonDoc | Refusal> {
  return checkedEmployee(await recordOf(ctx, actor));
}

export function isRefusal(value: unknown): value is Refusal {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false;
}
