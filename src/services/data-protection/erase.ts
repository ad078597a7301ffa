// Erasure (GDPR Art. 17): future sessions are cancelled (credited; the other side told, never why), relay threads
// closed, and the person's identity, name, e-mail and every piece of free text about them removed. Sessions stay as
// de-identified facts under the person's opaque id, so HR counts and allowance history add up. The erasure itself is
// audited: who and when, never what.
import { ERASED_TEXT } from '../../store/free-text.js';
import type { PersonDoc } from '../../store/models.js';
import { identityKey } from '../../domain/types.js';
import type { ServiceContext } from '../context.js';
import { settled } from '../owed.js';
import type { TokenCipher } from '../../store/token-cipher.js';
import { exportPerson } from './export.js';
import { forgetInstaller } from './installs.js';
import { withdrawOpenOffers } from '../offers/index.js';
import { cancelFutureSessions, OPERATOR_ACTOR, OPERATOR_CANCEL_REASON } from './operator-cancel.js';
import { scrubbed } from './scrub.js';

export interface ErasureReport {
  sessionsCancelled: number;
  sessionsKept: number;
  requestsErased: number;
  auditEventsErased: number;
  claimsErased: number;
  /** Extra-session recommendations whose clinical note (and decision reason) was erased. */
  recommendationsErased: number;
  relayThreadsClosed: number;
  installsForgotten: number | null;
  /** A therapist's clients who now have no therapist: the operator assigns them another. */
  clientsWithoutTherapist: { id: string; displayName: string }[];
}

export type ErasureResult = ({ ok: true } & ErasureReport) | { ok: false; error: string };

/** Every string that could identify the person or repeats what they (or others about them) wrote. */
function secretsOf(person: PersonDoc, texts: (string | null | undefined)[]): string[] {
  const own = [
    person.displayName,
    person.email,
    person.identity.userId,
    identityKey(person.identity),
    person.meetingLink,
    person.usualReply,
  ];
  const keep = new Set([ERASED_TEXT, OPERATOR_CANCEL_REASON]);
  return [...own, ...texts].filter((s): s is string => typeof s === 'string' && !keep.has(s));
}

export async function erasePerson(ctx: ServiceContext, person: PersonDoc, cipher: TokenCipher | null): Promise<ErasureResult> {
  if (person.erasedAt) return { ok: false, error: 'this person was erased already' };
  const { cancelled, left } = await cancelFutureSessions(ctx, person._id);
  if (left > 0)
    return {
      ok: false,
      error: `${left} future session(s) are being changed right now; nothing was erased. Run the command again in a minute`,
    };
  await withdrawOpenOffers(ctx, person._id, OPERATOR_ACTOR);
  // The cancellations' notices go out first (to the other side too), while the person's records still name them.
  await settled(ctx);
  const found = await exportPerson(ctx, person, null);
  const secrets = secretsOf(person, [
    ...found.rescheduleRequests.flatMap((r) => [r.reason, r.decisionNote]),
    ...found.sessions.map((s) => s.cancelReason),
    ...found.auditEvents.map((e) => e.reason),
  ]);
  const data = ctx.store.personData;
  const claimsErased = await ctx.store.claims.replaceText(
    found.claims.map((c) => c._id),
    ERASED_TEXT,
  );
  await data.eraseSessionText(person._id);
  // An offer keeps where the client's message went (their DM), which names them: forgotten too.
  await ctx.store.offers.forgetClientMessages(person._id);
  // Clinical notes about (or written by) them, and the operators' reasons: the counts stay for the allowance history.
  const recommendationsErased = await ctx.store.recommendations.eraseText(person._id);
  for (const event of found.auditEvents) {
    await data.rewriteAudit(event._id, event.reason === null ? null : ERASED_TEXT, scrubbed(event.details, secrets));
  }
  // What is still owed to the erased person cannot reach them any more; what is owed to the other side stays owed, scrubbed.
  const unreachable = found.owed.filter(
    (o) => o.notice && String(o.notice.to === 'employee' ? o.employeeId : o.therapistId) === String(person._id),
  );
  await ctx.store.owed.settle(unreachable.map((o) => o._id));
  for (const entry of found.owed.filter((o) => !unreachable.includes(o))) {
    await data.rewriteOwed(entry._id, scrubbed(entry.audit, secrets), scrubbed(entry.notice, secrets));
  }
  const isTherapist = person.roles.includes('therapist');
  const clients = isTherapist ? await data.clientsOf(person._id) : [];
  const relayThreadsClosed = await data.closeRelayThreads(person._id);
  if (isTherapist) await data.releaseTherapist(person._id, new Date(0));
  await data.removeAddresses(person.identity);
  // Where their messages about sessions went names them (a DM channel, a 1:1 chat reference).
  await ctx.store.sessionMessages.forgetEmployee(person._id);
  const installsForgotten =
    cipher && person.identity.platform === 'slack' ? await forgetInstaller(ctx, cipher, person.identity.userId) : null;
  const at = ctx.clock();
  await data.tombstone(person, at);
  ctx.store.directory.forgetPerson(person._id);
  for (const client of clients) ctx.store.directory.forgetPerson(client._id);
  await ctx.store.audit.append({
    _id: `person.erased:${String(person._id)}:${at.toISOString()}`,
    orgId: person.orgId,
    actorId: OPERATOR_ACTOR,
    action: 'person.erased',
    subjectId: String(person._id),
    reason: null,
    details: {},
    at,
  });
  return {
    ok: true,
    sessionsCancelled: cancelled,
    sessionsKept: found.sessions.length,
    requestsErased: found.rescheduleRequests.length,
    recommendationsErased,
    auditEventsErased: found.auditEvents.length,
    claimsErased,
    relayThreadsClosed,
    installsForgotten,
    clientsWithoutTherapist: clients.map((c) => ({ id: String(c._id), displayName: c.displayName })),
  };
}
