// The client books one of the times their therapist offered, with one click. The booking takes over that time's
// hold (its busy ticks already name the session it becomes) and claims a unit of its month; the other times are
// let go with it. The month's allowance and the booking horizon apply; the booking notice does not: the therapist
// chose these times (docs/design.md §2, rule 11).
import { employeeAllowance } from '../../domain/allowance.js';
import { bookingHorizon, isInFuture } from '../../domain/policy.js';
import { refuse } from '../../domain/refusals.js';
import { monthOf } from '../../domain/time.js';
import type { OfferView, SessionView } from '../../notices/notice.js';
import { isDuplicateKey } from '../../store/index.js';
import type { OfferDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { isRefusal } from '../guards.js';
import { changeWithOwed } from '../owed.js';
import { claimOfferDecision, releaseOffer, releaseOfferDecision, takeOfferedTime } from '../reservations/index.js';
import type { Actor, Result, Undelivered } from '../types.js';
import { sessionView, type Parties } from '../views.js';
import { openOfferOf } from './owned.js';
import { finishStaleDecision } from './stale.js';
import { offerMessageUpdates, offerView } from './view.js';

export async function bookOffered(
  ctx: ServiceContext,
  actor: Actor,
  input: { offerId: string; index: number },
): Promise<Result<{ session: SessionView; offer: OfferView; undelivered: Undelivered }>> {
  const o = await openOfferOf(ctx, actor, input.offerId);
  if (isRefusal(o)) return o;
  const { offer, parties, org } = o;
  const time = offer.times[input.index];
  if (!time) return refuse('unknown_offer');
  const now = ctx.clock();
  if (!isInFuture(time.start, now)) return refuse('time_in_past');
  const horizon = bookingHorizon(now, org.zone);
  if (time.start >= horizon.until) return refuse('beyond_horizon', { month: horizon.lastMonth });
  const month = monthOf(time.start, org.zone);
  const allowance = employeeAllowance(org, parties.employee, month);
  const decision = await claimOfferDecision(ctx, offer._id, { outcome: 'booked', index: input.index });
  if (!decision.won) {
    // A booking whose caller died before writing its session is undone; this click may then go ahead.
    if (!(await finishStaleDecision(ctx, offer, decision.existing))) return refuse('offer_closed', { status: 'decided' });
    return bookOffered(ctx, actor, input);
  }
  const taken = await takeOfferedTime(ctx, offer, input.index, { month, allowance }, decision.owner);
  if (!taken.ok) {
    // Nothing changed: the offer stays open (another time, or another month, may still be booked).
    await releaseOfferDecision(ctx, offer._id, decision.owner);
    return taken.code === 'allowance_exhausted' ? refuse('allowance_exhausted', { allowance, month }) : refuse('slot_taken');
  }
  const session: SessionDoc = {
    _id: time.sessionId,
    orgId: offer.orgId,
    employeeId: offer.employeeId,
    therapistId: offer.therapistId,
    start: time.start,
    end: time.end,
    month,
    status: 'booked',
    version: 0,
    bufferMinutes: offer.bufferMinutes,
    unitKey: taken.unitKey,
    replaces: null,
    replacedBy: null,
    cancelReason: null,
    chainId: time.sessionId,
    chainSequence: 0,
    createdAt: now,
  };
  const undelivered = await applyBooking(ctx, offer, session, parties, actor.personId);
  const booked = offerView({ ...offer, status: 'booked', bookedSessionId: session._id, decidedAt: now }, parties);
  return { ok: true, session: sessionView(session, parties), offer: booked, undelivered };
}

/**
 * The booking's steps, each idempotent (also how one left behind is finished): what it owes, the session, the offer
 * marked booked, the other times let go.
 */
export async function applyBooking(
  ctx: ServiceContext,
  offer: OfferDoc,
  session: SessionDoc,
  parties: Parties,
  actorId: string,
): Promise<Undelivered> {
  const now = ctx.clock();
  const view = sessionView(session, parties);
  const booked = offerView({ ...offer, status: 'booked', bookedSessionId: session._id, decidedAt: now }, parties);
  const notice = { kind: 'session_booked' as const, session: view };
  return changeWithOwed(
    ctx,
    {
      changeId: `booked:${String(session._id)}`,
      doneWhen: { collection: 'offers', id: String(offer._id), statuses: ['booked'] },
      parties,
      audit: {
        _id: `booked:${String(session._id)}`,
        orgId: offer.orgId,
        actorId,
        action: 'session.booked',
        subjectId: String(session._id),
        reason: null,
        details: { start: session.start.toISOString(), month: session.month, offerId: String(offer._id) },
        at: now,
      },
      notices: [...offerMessageUpdates(offer, booked), { to: 'employee', notice }, { to: 'therapist', notice }],
    },
    async () => {
      try {
        await ctx.store.sessions.insertSession(session);
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      await ctx.store.offers.decide(offer._id, 'booked', now, session._id);
      await releaseOffer(ctx, offer._id, session._id);
    },
  );
}
