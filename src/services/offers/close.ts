// Closing an open offer without a booking: declined by the client, replaced by the therapist's new offer, or expired.
// Exactly one decision wins (a claim); its winner records what the change owes, marks the offer and lets its held
// times go, so they are free the moment the answer is given.
import type { OfferDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { changeWithOwed, type OwedNoticeSpec } from '../owed.js';
import { claimOfferDecision, releaseOffer, type OfferOutcome } from '../reservations/index.js';
import type { Parties } from '../views.js';
import { offerMessageUpdates, offerView } from './view.js';
import { finishStaleDecision } from './stale.js';

export type Closing = Exclude<OfferOutcome, 'booked'>;

/** Closes the offer as `outcome`; false when another decision won first (it is finished first if its caller died). */
export async function closeOffer(
  ctx: ServiceContext,
  offer: OfferDoc,
  parties: Parties,
  outcome: Closing,
  actorId: string,
): Promise<boolean> {
  const decision = await claimOfferDecision(ctx, offer._id, { outcome });
  if (!decision.won) {
    await finishStaleDecision(ctx, offer, decision.existing);
    return false;
  }
  await applyClosing(ctx, offer, parties, outcome, actorId);
  return true;
}

/** The closing's steps, each idempotent: also how a closing left behind by a dead caller is finished. */
export async function applyClosing(
  ctx: ServiceContext,
  offer: OfferDoc,
  parties: Parties,
  outcome: Closing,
  actorId: string,
): Promise<void> {
  const now = ctx.clock();
  const closed: OfferDoc = { ...offer, status: outcome, decidedAt: now };
  const view = offerView(closed, parties);
  const told: OwedNoticeSpec[] = outcome === 'declined' ? [{ to: 'therapist', notice: { kind: 'offer_declined', offer: view } }] : [];
  await changeWithOwed(
    ctx,
    {
      changeId: `offer-${outcome}:${String(offer._id)}`,
      doneWhen: { collection: 'offers', id: String(offer._id), statuses: [outcome] },
      parties,
      audit: {
        _id: `offer-${outcome}:${String(offer._id)}`,
        orgId: offer.orgId,
        actorId,
        action: `offer.${outcome}`,
        subjectId: String(offer._id),
        reason: null,
        details: { times: offer.times.length },
        at: now,
      },
      notices: [...offerMessageUpdates(offer, view), ...told],
    },
    async () => {
      await ctx.store.offers.decide(offer._id, outcome, now, null);
      await releaseOffer(ctx, offer._id);
    },
  );
}
