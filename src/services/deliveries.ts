// Insert-first idempotency for platform deliveries (Slack event ids, Teams activity ids, relayed messages).
import { claimKeys } from '../store/index.js';
import type { DeliveryService } from './api.js';
import type { ServiceContext } from './context.js';

export function createDeliveryService(ctx: ServiceContext): DeliveryService {
  return {
    firstTime: (key) => ctx.store.claims.claim(claimKeys.delivery(key), 'delivery', {}, ctx.clock()),
    forget: (key) => ctx.store.claims.release(claimKeys.delivery(key)),
  };
}
