// Insert-first idempotency for platform deliveries (Slack event ids, Teams activity ids, relayed messages).
import type { DeliveryService } from './api.js';
import type { ServiceContext } from './context.js';

export function createDeliveryService(ctx: ServiceContext): DeliveryService {
  return {
    firstTime: (key) => ctx.store.deliveries.firstTime(key, ctx.clock()),
    forget: (key) => ctx.store.deliveries.forget(key),
  };
}
