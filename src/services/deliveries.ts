// Insert-first idempotency for platform deliveries (Slack event ids, Teams activity ids, relayed messages).
import type { DeliveryService } from './api.js';
import type { ServiceContext } from './context.js';

/** A delivery taken this long ago and never marked done was taken by a call that died: a redelivery takes over. */
export const DELIVERY_TAKEOVER_MS = 30_000;

export function createDeliveryService(ctx: ServiceContext): DeliveryService {
  return {
    firstTime: (key) => ctx.store.deliveries.firstTime(key, ctx.clock()),
    take: (key) => {
      const now = ctx.clock();
      return ctx.store.deliveries.take(key, now, new Date(now.getTime() - DELIVERY_TAKEOVER_MS));
    },
    done: (key, outcome) => ctx.store.deliveries.done(key, outcome),
    outcomeOf: (key) => ctx.store.deliveries.outcomeOf(key),
    forget: (key) => ctx.store.deliveries.forget(key),
  };
}
