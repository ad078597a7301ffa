// An offer's holds: the pair's one-open-offer marker and every offered time's busy ticks, all owned by the offer
// (its owner token outlives the call that made it, as a waiting request's does). The offer is decided once, by a
// decision claim; a booking takes over its time's ticks (they already name the session it becomes) and the rest
// are let go. Ticks and marker live while the offer is open and unexpired (liveness.ts).
import { Types } from 'mongoose';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc, OfferDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { holdBusy, holdUnit } from './holds.js';
import { busyKeys, offerHoldOwner, type Holder } from './keys.js';
import { repairDead } from './liveness.js';

type OfferHeld = Pick<OfferDoc, '_id' | 'employeeId' | 'therapistId' | 'times' | 'bufferMinutes'>;

const holderOf = (offer: OfferHeld, sessionId: Types.ObjectId): Holder => ({
  sessionId: String(sessionId),
  requestId: null,
  offerId: String(offer._id),
});

export type OfferHold = { ok: true } | { ok: false; code: 'offer_changed' | 'offer_time_taken'; taken?: Span };

/**
 * Holds a new offer: the pair's marker, then every offered time's ticks, in one ordered insert. A marker found
 * in the way is repaired when its offer is gone (else another offer was just made: refused); a taken tick is
 * judged time by time (dead holds repaired). On refusal nothing this offer inserted is left behind.
 */
export async function holdOffer(ctx: ServiceContext, offer: OfferHeld): Promise<OfferHold> {
  const owner = offerHoldOwner(offer._id);
  const offerId = String(offer._id);
  const marker = claimKeys.offerOfPair(String(offer.employeeId), String(offer.therapistId));
  const markerFields = { offerId, employeeId: String(offer.employeeId), therapistId: String(offer.therapistId) };
  const ticks = offer.times.flatMap((t) =>
    busyKeys(offer.therapistId, t, offer.bufferMinutes).map((key) => ({
      key,
      kind: 'busy' as const,
      fields: { sessionId: String(t.sessionId), offerId },
    })),
  );
  for (let attempt = 0; attempt < 2; attempt++) {
    const { taken } = await ctx.store.claims.claimInOrder(
      [{ key: marker, kind: 'offer', fields: markerFields }, ...ticks],
      owner,
      ctx.clock(),
    );
    if (taken === null) return { ok: true };
    if (taken !== marker) break;
    const found = await ctx.store.claims.get(marker);
    if (found && (await repairDead(ctx, [found])).length > 0) return { ok: false, code: 'offer_changed' };
  }
  // A tick was taken: each time is held in turn, so the one in the way is named and dead holds are repaired.
  for (const time of offer.times) {
    const held = await holdBusy(ctx, offer.therapistId, time, offer.bufferMinutes, holderOf(offer, time.sessionId), owner);
    if (!held.ok) {
      await ctx.store.claims.releaseAllOwned(owner);
      return { ok: false, code: 'offer_time_taken', taken: { start: time.start, end: time.end } };
    }
  }
  return { ok: true };
}

/** The offer open between a client and their therapist, as the pair's marker names it (null: none). */
export async function openOfferIdOf(ctx: ServiceContext, employeeId: Types.ObjectId, therapistId: Types.ObjectId): Promise<string | null> {
  return (await ctx.store.claims.get(claimKeys.offerOfPair(String(employeeId), String(therapistId))))?.offerId ?? null;
}

/** Lets an offer's holds go: every time it held and the pair's marker, except the time a booking took over. */
export async function releaseOffer(ctx: ServiceContext, offerId: Types.ObjectId | string, keepSessionId?: Types.ObjectId): Promise<void> {
  await ctx.store.claims.releaseAllOwned(offerHoldOwner(offerId), keepSessionId ? String(keepSessionId) : undefined);
}

export type OfferOutcome = 'booked' | 'declined' | 'replaced' | 'expired' | 'withdrawn';
export interface OfferDecisionData {
  outcome: OfferOutcome;
  /** A booking: which time and the month whose unit it took. */
  index?: number;
}
export type OfferDecision = { won: true; owner: string } | { won: false; existing: ClaimDoc | null };

/** The one decision on an offer: exactly one of several concurrent bookings, declines, replacements, expiries wins. */
export async function claimOfferDecision(ctx: ServiceContext, offerId: Types.ObjectId, data: OfferDecisionData): Promise<OfferDecision> {
  const key = claimKeys.offerDecision(String(offerId));
  const owner = `offer-decision:${String(new Types.ObjectId())}`;
  if (await ctx.store.claims.claim(key, 'offer', owner, { offerId: String(offerId), data: { ...data } }, ctx.clock()))
    return { won: true, owner };
  return { won: false, existing: await ctx.store.claims.get(key) };
}

/** Gives back a decision that could not go through (a booking whose month is used up): the offer stays open. */
export async function releaseOfferDecision(ctx: ServiceContext, offerId: Types.ObjectId, owner: string): Promise<void> {
  const key = claimKeys.offerDecision(String(offerId));
  await ctx.store.claims.releaseOwned([key], owner);
}

/** Whether a decision claim was left by a caller that is gone (older than the grace period). */
export const isStaleOfferDecision = (ctx: ServiceContext, claim: ClaimDoc) =>
  claim.createdAt.getTime() < ctx.clock().getTime() - ctx.claimGraceMs;

/** Undoes a booking's decision whose caller died before writing the session: the decision and the unit it took. */
export async function undoOfferDecision(ctx: ServiceContext, claim: ClaimDoc): Promise<void> {
  await ctx.store.claims.releaseAllOwned(claim.owner);
}

export type OfferedTimeTaken = { ok: true; unitKey: string } | { ok: false; code: 'allowance_exhausted' | 'slot_taken' };

/**
 * A booking takes over an offered time: its ticks must still be the offer's (re-held if a repair let them go and
 * nobody took them), and a unit of its month is claimed under the decision's owner token, so undoing the decision
 * gives it back.
 */
export async function takeOfferedTime(
  ctx: ServiceContext,
  offer: OfferHeld,
  index: number,
  unit: { month: string; allowance: number },
  decisionOwner: string,
): Promise<OfferedTimeTaken> {
  const time = offer.times[index];
  if (!time) return { ok: false, code: 'slot_taken' };
  const holder = holderOf(offer, time.sessionId);
  const [ticks, unitKey] = await Promise.all([
    holdBusy(ctx, offer.therapistId, time, offer.bufferMinutes, holder, offerHoldOwner(offer._id), { expectHeld: true }),
    holdUnit(ctx, offer.employeeId, unit.month, unit.allowance, holder, decisionOwner),
  ]);
  if (ticks.ok && unitKey) return { ok: true, unitKey };
  if (unitKey) await ctx.store.claims.releaseOwned([unitKey], decisionOwner);
  return { ok: false, code: ticks.ok ? 'allowance_exhausted' : 'slot_taken' };
}
