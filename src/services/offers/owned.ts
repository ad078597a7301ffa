// The start of a client's answer to an offer: it exists, it is theirs, it is still open and unexpired.
import { Types } from 'mongoose';
import { refuse, type Refusal } from '../../domain/refusals.js';
import type { OfferDoc, OrganisationDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { organisationOf } from '../guards.js';
import type { Actor } from '../types.js';
import { partiesOf, type Parties } from '../views.js';

export interface OwnedOffer {
  offer: OfferDoc;
  parties: Parties;
  org: OrganisationDoc;
}

export async function openOfferOf(ctx: ServiceContext, actor: Actor, offerId: string): Promise<OwnedOffer | Refusal> {
  if (!Types.ObjectId.isValid(offerId)) return refuse('unknown_offer');
  const offer = await ctx.store.offers.offer(offerId);
  // Only the client it was made for may answer it (a therapist's click is refused as not theirs).
  if (!offer || !offer.employeeId.equals(actor.personId)) return refuse('unknown_offer');
  if (offer.status !== 'open') return refuse('offer_closed', { status: offer.status });
  if (offer.expiresAt <= ctx.clock()) return refuse('offer_closed', { status: 'expired' });
  const [parties, org] = await Promise.all([partiesOf(ctx, offer, actor), organisationOf(ctx, offer.orgId)]);
  return { offer, parties, org };
}
