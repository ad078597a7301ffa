// The sweep's pass over claims. A change whose caller died before it recorded what it owes has no owed entry to
// lead the sweep to it: its claim does. So the sweep reads the changes' claims (decisions and session versions)
// and finishes each one whose caller is gone, or gives it back; once a change is long settled its claim retires.
// It also removes claims whose holder is gone (busy time, pending markers, units of open months), busy time that
// has passed and the units of months that are over, so the claims collection holds what is live, not history.
// Every read starts from an equality: a short-lived kind, or one day, month or hour of history since the pass that
// walked it last (sweep marks); so a pass costs what became due, not what has accumulated.
import { addMonths, bucketsAfter, dayKey, EARLIEST_ZONE, monthOf, nextDay, nextHour } from '../../domain/time.js';
import { madeHour } from '../../store/claims.js';
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

/** How much history one pass walks at most: the rest waits for the next pass (each bucket is one equality read). */
const DAYS_PER_PASS = 14;
const HOURS_PER_PASS = 48;
const MONTHS_PER_PASS = 3;
const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

export async function sweepClaims(ctx: ServiceContext, finish: ChangeFinishers): Promise<ClaimsSweepReport> {
  const now = ctx.clock().getTime();
  const graceEdge = now - ctx.claimGraceMs;
  const retireBefore = now - SETTLED_CLAIM_RETENTION_MS;
  const report: ClaimsSweepReport = { rolledForward: 0, claimsRetired: 0, claimsReleased: 0 };
  // The short-lived kinds are read whole (one wait with the marks); what is younger than the grace period may
  // still be in flight.
  const [decisions, versions, pending, marks] = await Promise.all([
    ctx.store.claims.ofKind('decision', CLAIMS_PER_PASS),
    ctx.store.claims.ofKind('version', CLAIMS_PER_PASS),
    ctx.store.claims.ofKind('pending', CLAIMS_PER_PASS),
    ctx.store.sweepMarks.all(),
  ]);
  const stale = (claims: ClaimDoc[]) => claims.filter((c) => c.createdAt.getTime() < graceEdge);
  await finishDecisions(ctx, finish, stale(decisions), retireBefore, report);
  await finishVersions(ctx, finish, stale(versions), new Set(decisions.map((c) => c.requestId)), retireBefore, report);
  const [passed, closed, judged] = await Promise.all([
    releasePassedTime(ctx, now, marks.get(MARKS.busy)),
    releaseClosedMonths(ctx, now, marks.get(MARKS.units)),
    judgeMadeClaims(ctx, now, graceEdge, marks.get(MARKS.made), stale(pending)),
  ]);
  report.claimsReleased += passed + closed + judged;
  return report;
}

const MARKS = { busy: 'claims:busy-passed', units: 'claims:units-closed', made: 'claims:judged' } as const;

/**
 * Busy time that has passed can no longer clash with anything (bookings are in the future): the ticks of each
 * day since the mark are read by day and released, today's up to now. The mark moves to the last day fully past.
 */
async function releasePassedTime(ctx: ServiceContext, now: number, mark: string | undefined): Promise<number> {
  const today = dayKey(new Date(now));
  const days = bucketsAfter(mark, today, DAYS_PER_PASS, dayKey(new Date(now - (DAYS_PER_PASS - 1) * DAY_MS)), nextDay);
  const ticks = (await Promise.all(days.map((day) => ctx.store.claims.ofKindOnDay('busy', day)))).flat();
  const passed = ticks.filter((c) => tickOf(c) < now);
  await Promise.all(passed.map((c) => ctx.store.claims.releaseExact(c)));
  const walked = days.filter((d) => d < today).pop();
  if (walked !== undefined) await ctx.store.sweepMarks.set(MARKS.busy, walked, new Date(now));
  return passed.length;
}

/**
 * A month over everywhere on Earth can no longer change: its units count nothing any more (the usage report and
 * the allowance history read sessions), so each closed month's units are released, one month read at a time.
 */
async function releaseClosedMonths(ctx: ServiceContext, now: number, mark: string | undefined): Promise<number> {
  const lastClosed = addMonths(monthOf(new Date(now), EARLIEST_ZONE), -1);
  const months = bucketsAfter(mark, lastClosed, MONTHS_PER_PASS, addMonths(lastClosed, -(MONTHS_PER_PASS - 1)), (m) => addMonths(m, 1));
  const units = (await Promise.all(months.map((month) => ctx.store.claims.unitsOfMonth(month)))).flat();
  await Promise.all(units.map((c) => ctx.store.claims.releaseExact(c)));
  const walked = months.pop();
  if (walked !== undefined) await ctx.store.sweepMarks.set(MARKS.units, walked, new Date(now));
  return units.length;
}

/**
 * A claim whose call died before its session or request was written is dead from the start: each hour's claims
 * are judged once their grace is over (read by the hour they were made), with the waiting requests' markers, which
 * are few. A claim that dies later dies with a change the sweep finishes (its decision or version claim), and any
 * path that meets a dead claim repairs it, so the future is never scanned.
 */
async function judgeMadeClaims(
  ctx: ServiceContext,
  now: number,
  graceEdge: number,
  mark: string | undefined,
  pending: ClaimDoc[],
): Promise<number> {
  const lastHour = madeHour(new Date(graceEdge));
  const hours = bucketsAfter(mark, lastHour, HOURS_PER_PASS, madeHour(new Date(graceEdge - HOUR_MS)), nextHour);
  const made = (await Promise.all(hours.map((hour) => ctx.store.claims.madeIn(hour)))).flat();
  const openMonth = monthOf(new Date(now), EARLIEST_ZONE);
  const judged = made.filter(
    (c) =>
      c.createdAt.getTime() < graceEdge &&
      ((c.kind === 'busy' && tickOf(c) >= now) || (c.kind === 'unit' && c.month !== undefined && c.month >= openMonth)),
  );
  const seen = new Set(judged.map((c) => c._id));
  const released = await releaseDead(ctx, [...judged, ...pending.filter((c) => !seen.has(c._id))]);
  const walked = hours.filter((h) => h < lastHour).pop();
  if (walked !== undefined) await ctx.store.sweepMarks.set(MARKS.made, walked, new Date(now));
  return released;
}

/**
 * The one-off release of what an older version kept for ever (`npm run admin -- stamp-history`): every busy tick
 * that has passed and every unit of a month that is over, read whole once. The sweep then keeps it so by walking.
 */
export async function releaseAllPassed(ctx: ServiceContext): Promise<number> {
  const now = ctx.clock().getTime();
  const openMonth = monthOf(new Date(now), EARLIEST_ZONE);
  const [busy, units] = await Promise.all([ctx.store.claims.allOfKind('busy'), ctx.store.claims.allOfKind('unit')]);
  const passed = [...busy.filter((c) => tickOf(c) < now), ...units.filter((c) => c.month !== undefined && c.month < openMonth)];
  await ctx.store.claims.releaseAllExact(passed);
  return passed.length;
}
