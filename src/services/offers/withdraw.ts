// A person leaves the service (offboarding or erasure), or a client leaves their therapist (reassignment): the open
// offers are closed and their held times let go, both messages updated while the person's records still name them.
import type { Types } from 'mongoose';
import type { ServiceContext } from '../context.js';
import { partiesOf } from '../views.js';
import { closeOffer } from './close.js';

/** Closes the person's open offers (as client or therapist; only those with `therapistId` when given). */
export async function withdrawOpenOffers(
  ctx: ServiceContext,
  personId: Types.ObjectId,
  actorId: string,
  therapistId?: Types.ObjectId,
): Promise<number> {
  const open = (await ctx.store.offers.ofPerson(personId)).filter(
    (o) => o.status === 'open' && (!therapistId || o.therapistId.equals(therapistId)),
  );
  let withdrawn = 0;
  for (const offer of open) if (await closeOffer(ctx, offer, await partiesOf(ctx, offer), 'withdrawn', actorId)) withdrawn++;
  return withdrawn;
}
