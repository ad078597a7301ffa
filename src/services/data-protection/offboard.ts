// A leaver: no longer admitted (their identity key is retired), future sessions cancelled and credited with both
// sides told, relay threads closed. Their history stays, under their name, until retention or an erasure.
import type { PersonDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { withdrawOpenOffers } from '../offers/index.js';
import { cancelFutureSessions, OPERATOR_ACTOR } from './operator-cancel.js';

export type OffboardResult =
  | { ok: true; sessionsCancelled: number; relayThreadsClosed: number; clientsWithoutTherapist: { id: string; displayName: string }[] }
  | { ok: false; error: string };

export async function offboardPerson(ctx: ServiceContext, person: PersonDoc): Promise<OffboardResult> {
  if (person.erasedAt) return { ok: false, error: 'this person was erased' };
  const data = ctx.store.personData;
  const at = ctx.clock();
  // Not admitted first, so no new booking races the cancellations below. Run again, it finishes what was left.
  const already = !!person.offboardedAt;
  if (!already) await data.offboard(person._id, at);
  ctx.store.directory.forgetPerson(person._id);
  const { cancelled, left } = await cancelFutureSessions(ctx, person._id);
  await withdrawOpenOffers(ctx, person._id, OPERATOR_ACTOR);
  const isTherapist = person.roles.includes('therapist');
  const clients = isTherapist ? await data.clientsOf(person._id) : [];
  const relayThreadsClosed = await data.closeRelayThreads(person._id);
  if (isTherapist) await data.releaseTherapist(person._id, at);
  for (const client of clients) ctx.store.directory.forgetPerson(client._id);
  if (!already)
    await ctx.store.audit.append({
      _id: `person.offboarded:${String(person._id)}:${at.toISOString()}`,
      orgId: person.orgId,
      actorId: OPERATOR_ACTOR,
      action: 'person.offboarded',
      subjectId: String(person._id),
      reason: null,
      details: {},
      at,
    });
  if (left > 0)
    return {
      ok: false,
      error: `offboarded, but ${left} future session(s) were being changed and are still booked: run the command again in a minute`,
    };
  return {
    ok: true,
    sessionsCancelled: cancelled,
    relayThreadsClosed,
    clientsWithoutTherapist: clients.map((c) => ({ id: String(c._id), displayName: c.displayName })),
  };
}
