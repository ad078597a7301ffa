// A therapist's offer of times for a client's next session (docs/design.md §2, rule 11): offer, book one, decline;
// the sweep expires them. One file per use case beside this one.
import type { OfferService } from '../api.js';
import type { ServiceContext } from '../context.js';
import { bookOffered } from './book.js';
import { declineOffer } from './decline.js';
import { offerTimes } from './make.js';

export { expireDueOffers } from './expire.js';
export { withdrawOpenOffers } from './withdraw.js';

export function createOfferService(ctx: ServiceContext): OfferService {
  return {
    offer: (actor, input) => offerTimes(ctx, actor, input),
    book: (actor, input) => bookOffered(ctx, actor, input),
    decline: (actor, input) => declineOffer(ctx, actor, input),
  };
}
