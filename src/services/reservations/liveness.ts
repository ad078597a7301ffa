// Whether a claim's holder still lives, and the repair of those whose holder is gone. A claim is live while the
// thing it was made for lives: a booked session, a pending request, or a call still in flight (younger than the
// grace period). Every path that meets a claim checks that and removes a dead one, whatever its age, so no claim
// can stay held forever.
import { Types } from 'mongoose';
import type { ClaimDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';

/** A settled offer's decision is kept this long, so no late click can decide it again. */
const OFFER_DECISION_KEPT_MS = 86_400_000;

/** The ids of the claims among `claims` whose holder still lives (or that are too young to judge). */
export async function liveClaims(ctx: ServiceContext, claims: ClaimDoc[]): Promise<Set<string>> {
  const graceEdge = ctx.clock().getTime() - ctx.claimGraceMs;
  const live = new Set<string>();
  const judged = claims.filter((c) => {
    if (c.createdAt.getTime() > graceEdge) live.add(c._id);
    return !live.has(c._id);
  });
  if (judged.length === 0) return live;
  // Holders that are not sessions (an availability removal in flight) have no document: only their age counts.
  const ids = (pick: (c: ClaimDoc) => string | undefined) => [
    ...new Set(judged.map(pick).filter((id): id is string => !!id && Types.ObjectId.isValid(id) && id.length === 24)),
  ];
  const sessionIds = ids((c) => c.sessionId);
  const requestIds = ids((c) => c.requestId);
  const offerIds = ids((c) => c.offerId);
  const unitKeys = judged.filter((c) => c.kind === 'unit').map((c) => c._id);
  const [sessions, requests, unitSessions, offers] = await Promise.all([
    ctx.store.sessions.sessionsByIds(sessionIds),
    ctx.store.sessions.requestsByIds(requestIds),
    ctx.store.sessions.liveWithUnitKeys(unitKeys),
    ctx.store.offers.offersByIds(offerIds),
  ]);
  // An offer holds its times (and its pair's marker) while it is open and unexpired; its decision is kept a day after.
  const now = ctx.clock().getTime();
  const openOffers = new Set(offers.filter((o) => o.status === 'open' && o.expiresAt.getTime() > now).map((o) => String(o._id)));
  const recentlyDecided = new Set(
    offers
      .filter((o) => o.status === 'open' || (o.decidedAt && o.decidedAt.getTime() > now - OFFER_DECISION_KEPT_MS))
      .map((o) => String(o._id)),
  );
  const byId = new Map(sessions.map((s) => [String(s._id), s]));
  const pendingRequests = new Set(requests.filter((r) => r.status === 'pending').map((r) => String(r._id)));
  const unitsInUse = new Set(unitSessions.map((s) => s.unitKey));
  // A session just replaced keeps the ticks it shares with its replacement until they are re-pointed; and while
  // its replacement is not written yet (a confirmation in flight, finished by whoever meets its decision), all
  // its claims stay live, its unit included: the replacement will take them over.
  const replacedIds = sessions.filter((s) => s.status === 'rescheduled' && s.replacedBy).map((s) => String(s.replacedBy));
  const replacements = await ctx.store.sessions.sessionsByIds(replacedIds);
  const written = new Map(replacements.map((s) => [String(s._id), s.status]));
  const replacementLives = (s: SessionDoc | undefined) =>
    s?.status === 'rescheduled' && !!s.replacedBy && [undefined, 'booked'].includes(written.get(String(s.replacedBy)));
  for (const c of judged) {
    const session = c.sessionId ? byId.get(c.sessionId) : undefined;
    const requestWaits = !!c.requestId && pendingRequests.has(c.requestId);
    const offerHolds = !!c.offerId && openOffers.has(c.offerId);
    const unwritten = session?.status === 'rescheduled' && !written.has(String(session.replacedBy));
    // A pending marker lives exactly as long as its request waits; busy time also while its session lives.
    const isLive =
      c.kind === 'unit'
        ? unitsInUse.has(c._id) || requestWaits || unwritten
        : c.kind === 'pending'
          ? requestWaits
          : c.kind === 'offer'
            ? offerHolds || (c._id.startsWith('offered:') && !!c.offerId && recentlyDecided.has(c.offerId))
            : requestWaits || offerHolds || session?.status === 'booked' || replacementLives(session);
    if (isLive) live.add(c._id);
  }
  return live;
}

/** Removes the dead claims among `claims`; returns the ones still live. */
export async function repairDead(ctx: ServiceContext, claims: ClaimDoc[]): Promise<ClaimDoc[]> {
  if (claims.length === 0) return [];
  const live = await liveClaims(ctx, claims);
  await removeDead(
    ctx,
    claims.filter((c) => !live.has(c._id)),
  );
  return claims.filter((c) => live.has(c._id));
}

/** The sweep's repair: removes the dead claims among `claims`; returns how many it removed. */
export async function releaseDead(ctx: ServiceContext, claims: ClaimDoc[]): Promise<number> {
  if (claims.length === 0) return 0;
  const live = await liveClaims(ctx, claims);
  const dead = claims.filter((c) => !live.has(c._id));
  await removeDead(ctx, dead);
  return dead.length;
}

async function removeDead(ctx: ServiceContext, dead: ClaimDoc[]): Promise<void> {
  await Promise.all(dead.map((c) => ctx.store.claims.releaseExact(c)));
  if (dead.length > 0) ctx.log.warn({ claimsReleased: dead.length, claimKind: dead[0]?.kind }, 'released claims whose owner is gone');
}
