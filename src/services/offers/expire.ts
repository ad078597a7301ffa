// The sweep's part: open offers past their expiry are closed (times let go, both messages updated). Open offers are
// few (at most one per client and therapist, each open for at most a week), read by `status: 'open'`.
import type { ServiceContext } from '../context.js';
import { partiesOf } from '../views.js';
import { closeOffer } from './close.js';

export const OFFERS_PER_PASS = 200;

/** Expires the offers whose time is up; returns how many it closed. */
export async function expireDueOffers(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock();
  const due = (await ctx.store.offers.open(OFFERS_PER_PASS)).filter((o) => o.expiresAt <= now);
  let expired = 0;
  for (const offer of due) {
    try {
      if (await closeOffer(ctx, offer, await partiesOf(ctx, offer), 'expired', 'system')) expired++;
    } catch (err) {
      ctx.log.warn({ err: (err as Error).name }, 'sweep could not expire an offer');
    }
  }
  return expired;
}
