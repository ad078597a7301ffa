// The periodic sweep: what a TTL index or a transaction would do elsewhere, done by the app itself on any
// MongoDB-compatible database. Expires requests, finishes half-applied decisions and cancellations, removes
// stale claims and old delivery keys. Every step is idempotent, so several instances may sweep at once.
import { rollForwardCancellation } from './cancellation.js';
import type { ServiceContext } from './context.js';
import { rollForwardDecision } from './decisions.js';
import { repairIfStale } from './holds.js';
import type { RescheduleService } from './api.js';

export const DELIVERY_KEY_RETENTION_MS = 7 * 86_400_000;
/**
 * How far back the sweep looks for unfinished claims. Claims are permanent history, so scanning all of them
 * every minute would grow without bound; an unfinished one is found by the next sweep (every minute) or by the
 * next call that touches the same slot, unit, request or session, which repairs it too.
 */
export const SWEEP_LOOKBACK_MS = 3_600_000;

export interface SweepReport {
  expired: number;
  rolledForward: number;
  staleClaimsReleased: number;
  deliveryKeysRemoved: number;
}

export async function sweep(ctx: ServiceContext, reschedule: RescheduleService): Promise<SweepReport> {
  const now = ctx.clock();
  const graceEdge = new Date(now.getTime() - ctx.claimGraceMs);
  const lookback = new Date(graceEdge.getTime() - SWEEP_LOOKBACK_MS);
  const unfinished = (kind: 'decision' | 'version' | 'slot' | 'unit') => ctx.store.claims.createdBetween(kind, lookback, graceEdge);
  let rolledForward = 0;
  for (const claim of await unfinished('decision')) {
    if (await rollForwardDecision(ctx, claim)) rolledForward++;
  }
  for (const claim of await unfinished('version')) {
    if (await rollForwardCancellation(ctx, claim)) rolledForward++;
  }
  let staleClaimsReleased = 0;
  for (const kind of ['slot', 'unit'] as const) {
    for (const claim of await unfinished(kind)) {
      if (await repairIfStale(ctx, claim)) staleClaimsReleased++;
    }
  }
  const expired = await reschedule.expireDue();
  const deliveryKeysRemoved = await ctx.store.deliveries.deleteOlderThan(new Date(now.getTime() - DELIVERY_KEY_RETENTION_MS));
  return { expired, rolledForward, staleClaimsReleased, deliveryKeysRemoved };
}
