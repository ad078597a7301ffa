// A decision on an offer whose caller died before finishing it: a closing is finished (its steps are idempotent),
// a booking whose session was written is finished, one that never wrote its session is undone (its decision and
// unit given back), so the offer is open again. A decision still in its grace period is left to its caller.
import type { ClaimDoc, OfferDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { isStaleOfferDecision, undoOfferDecision, type OfferDecisionData } from '../reservations/index.js';
import { partiesOf } from '../views.js';
import { applyClosing } from './close.js';
import { applyBooking } from './book.js';

/** True when the offer was open again afterwards (the dead decision undone). */
export async function finishStaleDecision(ctx: ServiceContext, offer: OfferDoc, claim: ClaimDoc | null): Promise<boolean> {
  if (!claim || offer.status !== 'open' || !isStaleOfferDecision(ctx, claim)) return false;
  const data = claim.data as OfferDecisionData | undefined;
  const parties = await partiesOf(ctx, offer);
  if (data?.outcome === 'booked' && data.index !== undefined) {
    const time = offer.times[data.index];
    const session = time ? await ctx.store.sessions.session(time.sessionId) : null;
    if (session) {
      await applyBooking(ctx, offer, session, parties, claim.owner);
      return false;
    }
    await undoOfferDecision(ctx, claim);
    return true;
  }
  if (data?.outcome && data.outcome !== 'booked') await applyClosing(ctx, offer, parties, data.outcome, 'system');
  return false;
}
