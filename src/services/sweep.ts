// The periodic sweep: what a TTL index or a transaction would do elsewhere, done by the app itself on any
// MongoDB-compatible database. Expires requests, finishes half-applied decisions and cancellations, removes
// stale claims and old delivery keys. Every step is idempotent, so several instances may sweep at once.
import { claimKeys } from '../store/index.js';
import { isCancellationData, applyCancellation } from './cancellation.js';
import type { ServiceContext } from './context.js';
import { rollForwardDecision } from './decisions.js';
import { repairIfStale } from './holds.js';
import type { RescheduleService } from './api.js';

export const DELIVERY_KEY_RETENTION_MS = 7 * 86_400_000;

export interface SweepReport {
  expired: number;
  rolledForward: number;
  staleClaimsReleased: number;
  deliveryKeysRemoved: number;
}

export async function sweep(ctx: ServiceContext, reschedule: RescheduleService): Promise<SweepReport> {
  const now = ctx.clock();
  const graceEdge = new Date(now.getTime() - ctx.claimGraceMs);
  let rolledForward = 0;
  for (const claim of await ctx.store.claims.olderThan('decision', graceEdge)) {
    if (await rollForwardDecision(ctx, claim)) rolledForward++;
  }
  for (const claim of await ctx.store.claims.olderThan('version', graceEdge)) {
    if (!claim.sessionId || !isCancellationData(claim.data)) continue;
    const session = await ctx.store.sessions.session(claim.sessionId);
    const version = Number(claim._id.split(':').pop());
    if (session && session.version < version && claim._id === claimKeys.version(claim.sessionId, version)) {
      await applyCancellation(ctx, session, version, claim.data, claim.createdAt);
      rolledForward++;
    }
  }
  let staleClaimsReleased = 0;
  for (const kind of ['slot', 'unit'] as const) {
    for (const claim of await ctx.store.claims.olderThan(kind, graceEdge)) {
      if (await repairIfStale(ctx, claim)) staleClaimsReleased++;
    }
  }
  const expired = await reschedule.expireDue();
  const deliveryKeysRemoved = await ctx.store.deliveries.deleteOlderThan(new Date(now.getTime() - DELIVERY_KEY_RETENTION_MS));
  return { expired, rolledForward, staleClaimsReleased, deliveryKeysRemoved };
}
