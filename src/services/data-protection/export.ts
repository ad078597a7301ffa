// Subject access: everything stored about one person, as plain JSON-ready data (docs/design.md §10).
import type { ServiceContext } from '../context.js';
import type { TokenCipher } from '../../store/token-cipher.js';
import type {
  AddressDoc,
  AuditEventDoc,
  ChannelLinkDoc,
  ClaimDoc,
  OfferDoc,
  MarkerDoc,
  OwedDoc,
  PersonDoc,
  RelayThreadDoc,
  RescheduleRequestDoc,
  SessionDoc,
  SessionMessageDoc,
} from '../../store/models.js';
import { installsMadeBy, type InstallMade } from './installs.js';
import type { RecommendationDoc } from '../../store/recommendation-models.js';
import type { TherapistChangeDoc } from '../../store/therapist-change-models.js';

export interface PersonExport {
  exportedAt: Date;
  person: PersonDoc;
  therapistSettings: Pick<PersonDoc, 'bufferMinutes' | 'meetingLink' | 'usualReply' | 'replyHours'> & {
    channelLink: ChannelLinkDoc | null;
  };
  sessions: SessionDoc[];
  rescheduleRequests: RescheduleRequestDoc[];
  auditEvents: AuditEventDoc[];
  claims: ClaimDoc[];
  /** Once-only markers set for them or their sessions (reminders sent, attendance, the opening care note). */
  markers: MarkerDoc[];
  relayThreads: RelayThreadDoc[];
  addresses: AddressDoc[];
  /** Notices and audit events still owed (a change whose delivery is being retried). */
  owed: OwedDoc[];
  /** Therapists' offers of times made to or by this person (times, hold, outcome; no free text). */
  offers: OfferDoc[];
  /** Direct messages to the person offering an action on a session, kept to update them when it changes. */
  sessionMessages: SessionMessageDoc[];
  /** Extra sessions recommended for (or by) them, with the clinical notes (issue 19, §4). */
  recommendations: RecommendationDoc[];
  /** Their requests to change therapist and their reassignments (issue 19, §6). */
  therapistChanges: TherapistChangeDoc[];
  /** Slack installs this person made; null when no token key was available to read them. */
  installations: InstallMade[] | null;
}

export async function exportPerson(ctx: ServiceContext, person: PersonDoc, cipher: TokenCipher | null): Promise<PersonExport> {
  const data = ctx.store.personData;
  const [
    sessions,
    rescheduleRequests,
    relayThreads,
    addresses,
    owed,
    channelLink,
    offers,
    sessionMessages,
    recommendations,
    therapistChanges,
  ] = await Promise.all([
    data.sessionsOf(person._id),
    data.requestsOf(person._id),
    data.relayThreadsOf(person._id),
    data.addressesOf(person.identity),
    data.owedOf(person._id),
    data.channelLinkOf(person._id),
    ctx.store.offers.ofPerson(person._id),
    ctx.store.sessionMessages.ofEmployee(person._id),
    ctx.store.recommendations.ofPerson(person._id),
    ctx.store.therapistChanges.ofEmployee(person._id),
  ]);
  // An offer's held times name the sessions they would become: its claims are found by those, and its audit by it.
  const offered = offers.flatMap((o) => o.times.map((t) => String(t.sessionId)));
  const sessionIds = [...new Set([...sessions.map((s) => String(s._id)), ...offered])];
  const requestIds = rescheduleRequests.map((r) => String(r._id));
  const [auditEvents, claims, markers, installations] = await Promise.all([
    data.auditOf(person._id, [...sessionIds, ...requestIds, ...offers.map((o) => String(o._id))]),
    ctx.store.claims.ofPerson(String(person._id), sessionIds, requestIds),
    ctx.store.markers.ofPerson(String(person._id), sessionIds),
    cipher && person.identity.platform === 'slack' ? installsMadeBy(ctx, cipher, person.identity.userId) : Promise.resolve(null),
  ]);
  const { bufferMinutes, meetingLink = null, usualReply = null, replyHours = null } = person;
  return {
    exportedAt: ctx.clock(),
    person,
    therapistSettings: { bufferMinutes, meetingLink, usualReply, replyHours, channelLink },
    sessions,
    rescheduleRequests,
    auditEvents,
    claims,
    markers,
    relayThreads,
    addresses,
    owed,
    offers,
    sessionMessages,
    recommendations,
    therapistChanges,
    installations,
  };
}
