// Subject access: everything stored about one person, as plain JSON-ready data (docs/design.md §10).
import type { ServiceContext } from '../context.js';
import type { TokenCipher } from '../../store/token-cipher.js';
import type {
  AddressDoc,
  AuditEventDoc,
  ChannelLinkDoc,
  ClaimDoc,
  OwedDoc,
  PersonDoc,
  RelayThreadDoc,
  RescheduleRequestDoc,
  SessionDoc,
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
  relayThreads: RelayThreadDoc[];
  addresses: AddressDoc[];
  /** Notices and audit events still owed (a change whose delivery is being retried). */
  owed: OwedDoc[];
  /** Extra sessions recommended for (or by) them, with the clinical notes (issue 19, §4). */
  recommendations: RecommendationDoc[];
  /** Their requests to change therapist and their reassignments (issue 19, §6). */
  therapistChanges: TherapistChangeDoc[];
  /** Slack installs this person made; null when no token key was available to read them. */
  installations: InstallMade[] | null;
}

export async function exportPerson(ctx: ServiceContext, person: PersonDoc, cipher: TokenCipher | null): Promise<PersonExport> {
  const data = ctx.store.personData;
  const [sessions, rescheduleRequests, relayThreads, addresses, owed, channelLink, recommendations, therapistChanges] = await Promise.all([
    data.sessionsOf(person._id),
    data.requestsOf(person._id),
    data.relayThreadsOf(person._id),
    data.addressesOf(person.identity),
    data.owedOf(person._id),
    data.channelLinkOf(person._id),
    ctx.store.recommendations.ofPerson(person._id),
    ctx.store.therapistChanges.ofEmployee(person._id),
  ]);
  const sessionIds = sessions.map((s) => String(s._id));
  const requestIds = rescheduleRequests.map((r) => String(r._id));
  const [auditEvents, claims, installations] = await Promise.all([
    data.auditOf(person._id, [...sessionIds, ...requestIds]),
    ctx.store.claims.ofPerson(String(person._id), sessionIds, requestIds),
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
    relayThreads,
    addresses,
    owed,
    recommendations,
    therapistChanges,
    installations,
  };
}
