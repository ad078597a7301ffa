// The sweep's pass over claims. A change whose caller died before it recorded what it owes has no owed entry to
// lead the sweep to it: its claim does. So the sweep reads the changes' claims (decisions and session versions)
// and finishes each one whose caller is gone, or gives it back; once a change is long settled its claim retires.
// It also removes claims whose holder is gone (busy time, pending markers, units of open months), busy time that
// has passed and the units of months that are over, so the claims collection holds what is live, not history.
// Each read is bounded (CLAIMS_PER_PASS per kind).
import { EARLIEST_ZONE, monthOf } from '../../domain/time.js';
import type { ClaimDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { releaseDead } from './liveness.js';
import { versionOfClaim } from './versions.js';

/** How the use cases finish a change from its claim (true when they finished one): given by the sweep. */
export interface ChangeFinishers {
  decision(claim: ClaimDoc): Promise<boolean>;
  /** A version claim that records its change itself (a cancellation). */
  version(claim: ClaimDoc): Promise<boolean>;
}

/** How many claims of one kind a sweep pass reads at most. */
export const CLAIMS_PER_PASS = 2_000;
/** A settled change's claim is kept this long: a call that read the old state may still try it and must lose. */
export const SETTLED_CLAIM_RETENTION_MS = 86_400_000;

export interface ClaimsSweepReport {
  rolledForward: number;
  claimsRetired: number;
  claimsReleased: number;
}

const versionOf = (claim: ClaimDoc): number => versionOfClaim(claim) ?? Number.POSITIVE_INFINITY;

/** The time a busy tick stands for, from its key `busy:<therapist>:<iso instant>`. */
const tickOf = (claim: ClaimDoc): number => Date.parse(claim._id.slice(claim._id.indexOf(':', 5) + 1));

async function finishDecisions(
  ctx: ServiceContext,
  finish: ChangeFinishers,
  stale: ClaimDoc[],
  retireBefore: number,
  report: ClaimsSweepReport,
): Promise<void> {
  const requests = await ctx.store.sessions.requestsByIds(stale.flatMap((c) => (c.requestId ? [c.requestId] : [])));
  const statusOf = new Map(requests.map((r) => [String(r._id), r.status]));
  for (const claim of stale) {
    const status = claim.requestId ? statusOf.get(claim.requestId) : undefined;
    if (status === 'pending') {
      if (await finish.decision(claim)) report.rolledForward++;
    } else if (claim.createdAt.getTime() < retireBefore) {
      await ctx.store.claims.releaseExact(claim);
      report.claimsRetired++;
    }
  }
}

async function finishVersions(
  ctx: ServiceContext,
  finish: ChangeFinishers,
  stale: ClaimDoc[],
  /** The requests that have a decision claim: their confirmations' version claims go with the decision. */
  decisions: Set<string | undefined>,
  retireBefore: number,
  report: ClaimsSweepReport,
): Promise<void> {
  const sessions = await ctx.store.sessions.sessionsByIds(stale.flatMap((c) => (c.sessionId ? [c.sessionId] : [])));
  const versionNow = new Map(sessions.map((s) => [String(s._id), s.version]));
  for (const claim of stale) {
    const current = claim.sessionId ? versionNow.get(claim.sessionId) : undefined;
    const applied = current !== undefined && current >= versionOf(claim);
    if (!applied && claim.data !== undefined) {
      if (await finish.version(claim)) report.rolledForward++;
    } else if (!applied && claim.requestId && decisions.has(claim.requestId)) {
      continue; // A confirmation's: finished or given back with its decision.
    } else if (!applied || claim.createdAt.getTime() < retireBefore) {
      // Applied long ago, or held by a confirmation whose decision is gone: nothing will ever finish it.
      await ctx.store.claims.releaseExact(claim);
      report.claimsRetired++;
    }
  }
}

export async function sweepClaims(ctx: ServiceContext, finish: ChangeFinishers): Promise<ClaimsSweepReport> {
  const now = ctx.clock().getTime();
  const graceEdge = now - ctx.claimGraceMs;
  const retireBefore = now - SETTLED_CLAIM_RETENTION_MS;
  const report: ClaimsSweepReport = { rolledForward: 0, claimsRetired: 0, claimsReleased: 0 };
  // Every kind is read at once (one wait); what is younger than the grace period may still be in flight.
  const kinds = ['decision', 'version', 'busy', 'pending', 'unit'] as const;
  const [decisions, versions, busyAll, pending, unitsAll] = await Promise.all(
    kinds.map((kind) => ctx.store.claims.ofKind(kind, CLAIMS_PER_PASS)),
  );
  const stale = (claims: ClaimDoc[] = []) => claims.filter((c) => c.createdAt.getTime() < graceEdge);
  await finishDecisions(ctx, finish, stale(decisions), retireBefore, report);
  await finishVersions(ctx, finish, stale(versions), new Set((decisions ?? []).map((c) => c.requestId)), retireBefore, report);
  // Busy time that has passed can no longer clash with anything (bookings are in the future).
  const busy = stale(busyAll);
  const passed = busy.filter((c) => tickOf(c) < now);
  await Promise.all(passed.map((c) => ctx.store.claims.releaseExact(c)));
  report.claimsReleased += passed.length;
  // Units of months that can still be booked: a dead one would make the month look used up.
  const openMonth = monthOf(new Date(now), EARLIEST_ZONE);
  // A month over everywhere on Earth can no longer change: its units count nothing any more (the usage report and
  // the allowance history read sessions), so they are released and the claims hold only what is live.
  const closed = stale(unitsAll).filter((c) => c.month !== undefined && c.month < openMonth);
  await Promise.all(closed.map((c) => ctx.store.claims.releaseExact(c)));
  report.claimsReleased += closed.length;
  const units = stale(unitsAll).filter((c) => c.month !== undefined && c.month >= openMonth);
  const judged = [...busy.filter((c) => tickOf(c) >= now), ...stale(pending), ...units];
  report.claimsReleased += await releaseDead(ctx, judged);
  return report;
}
