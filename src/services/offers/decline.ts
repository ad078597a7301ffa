// The client chooses none of the offered times: the offer is closed, the times are free again, the therapist is told.
import { refuse } from '../../domain/refusals.js';
import type { OfferView } from '../../notices/notice.js';
import type { ServiceContext } from '../context.js';
import { isRefusal } from '../guards.js';
import type { Actor, Result } from '../types.js';
import { closeOffer } from './close.js';
import { openOfferOf } from './owned.js';
import { offerView } from './view.js';

export async function declineOffer(ctx: ServiceContext, actor: Actor, input: { offerId: string }): Promise<Result<{ offer: OfferView }>> {
  const o = await openOfferOf(ctx, actor, input.offerId);
  if (isRefusal(o)) return o;
  if (!(await closeOffer(ctx, o.offer, o.parties, 'declined', actor.personId))) return refuse('offer_closed', { status: 'decided' });
  return { ok: true, offer: offerView({ ...o.offer, status: 'declined', decidedAt: ctx.clock() }, o.parties) };
}
