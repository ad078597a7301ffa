// Holding a slot and an allowance unit by claim, with repair of claims left behind by a crashed call: a claim
// older than the grace period whose session is not live is stale, and the next caller (or the sweep) removes it.
import type { Types } from 'mongoose';
import { claimableUnits } from '../domain/allowance.js';
import { claimKeys } from '../store/index.js';
import type { ClaimDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';

const LIVE_SLOT_STATUSES = ['booked'] as const;
/** A late cancellation keeps its unit: it still counts against the month. */
const LIVE_UNIT_STATUSES = ['booked', 'late_cancelled'] as const;

async function isStale(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  if (claim.createdAt.getTime() > ctx.clock().getTime() - ctx.claimGraceMs) return false;
  const live =
    claim.kind === 'slot'
      ? await ctx.store.sessions.liveWithKey('slotKey', claim._id, [...LIVE_SLOT_STATUSES])
      : await ctx.store.sessions.liveWithKey('unitKey', claim._id, [...LIVE_UNIT_STATUSES]);
  return live === null;
}

/** Removes the claim if it is stale; true when it was removed. */
export async function repairIfStale(ctx: ServiceContext, claim: ClaimDoc): Promise<boolean> {
  if (claim.kind !== 'slot' && claim.kind !== 'unit') return false;
  if (!(await isStale(ctx, claim))) return false;
  await ctx.store.claims.release(claim._id);
  ctx.log.warn({ claimKind: claim.kind, claimAge: ctx.clock().getTime() - claim.createdAt.getTime() }, 'released a stale claim');
  return true;
}

/** Holds the slot `therapist+start` for a session. Re-holding for the same session is a no-op (replays). */
export async function holdSlot(ctx: ServiceContext, therapistId: Types.ObjectId, start: Date, sessionId: string): Promise<string | null> {
  const key = claimKeys.slot(String(therapistId), start);
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await ctx.store.claims.claim(key, 'slot', { sessionId }, ctx.clock())) return key;
    const existing = await ctx.store.claims.get(key);
    if (existing?.sessionId === sessionId) return key;
    if (!existing || !(await repairIfStale(ctx, existing))) return null;
  }
  return null;
}

/** Claims one of the month's allowance units for a session, or null when the month is used up. */
export async function holdUnit(
  ctx: ServiceContext,
  employeeId: Types.ObjectId,
  month: string,
  allowance: number,
  sessionId: string,
): Promise<string | null> {
  const employee = String(employeeId);
  for (let attempt = 0; attempt < 2; attempt++) {
    for (const n of claimableUnits(allowance)) {
      const key = claimKeys.unit(employee, month, n);
      if (await ctx.store.claims.claim(key, 'unit', { sessionId, employeeId: employee, month }, ctx.clock())) return key;
    }
    const held = await ctx.store.claims.unitsOf(employee, month);
    const mine = held.find((c) => c.sessionId === sessionId);
    if (mine) return mine._id;
    let repaired = false;
    for (const claim of held) repaired = (await repairIfStale(ctx, claim)) || repaired;
    if (!repaired) return null;
  }
  return null;
}

/** Units counted against a month: one claim each, whatever the session's state. */
export async function unitsUsed(ctx: ServiceContext, employeeId: Types.ObjectId | string, months: string[]): Promise<Map<string, number>> {
  const claims = await ctx.store.claims.unitsOfMonths(String(employeeId), months);
  const used = new Map(months.map((m) => [m, 0]));
  for (const c of claims) if (c.month) used.set(c.month, (used.get(c.month) ?? 0) + 1);
  return used;
}
