// Holding busy time and allowance units by claim: one ordered insert where it can, and a judged second try where
// a claim was found in the way (dead ones repaired). On refusal nothing the call inserted is left behind.
import type { Types } from 'mongoose';
import { claimableUnits } from '../../domain/allowance.js';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { busyKeys, type Holder } from './keys.js';
import { repairDead } from './liveness.js';
import type { UnitsRead } from './reads.js';

export type BusyHold = { ok: true; keys: string[]; won: string[] } | { ok: false; won: [] };

export interface BusyHoldOptions {
  /** Sessions being moved, whose time the new one may overlap (theirs is not a clash). */
  sharedWith?: string[];
  /** The time is expected to be held already (by the request being confirmed): read before inserting. */
  expectHeld?: boolean;
  /** With `expectHeld`: the claims on the span's ticks as the caller has just read them (instead of reading). */
  present?: ClaimDoc[];
  /** The caller's own ordered insert of the ticks, just made with other claims: judged instead of inserting again. */
  tried?: { won: string[]; taken: string[] };
}

/**
 * Claims every busy tick of `span` for `holder`. Ticks already held by this attempt, by the same request, or
 * by one of `sharedWith` count as held. On failure nothing this call inserted is left behind.
 */
export async function holdBusy(
  ctx: ServiceContext,
  therapistId: Types.ObjectId | string,
  span: Span,
  bufferMinutes: number,
  holder: Holder,
  owner: string,
  opts: BusyHoldOptions = {},
): Promise<BusyHold> {
  const keys = busyKeys(therapistId, span, bufferMinutes);
  const sharedWith = opts.sharedWith ?? [];
  const fields = {
    sessionId: holder.sessionId,
    ...(holder.requestId ? { requestId: holder.requestId } : {}),
    ...(holder.offerId ? { offerId: holder.offerId } : {}),
  };
  const ours = (c: ClaimDoc) =>
    c.owner === owner ||
    (holder.requestId !== null && c.requestId === holder.requestId) ||
    (!!c.sessionId && sharedWith.includes(c.sessionId));
  /** Of claims found in the way: true when none of them is still live (the dead ones are removed). */
  const clear = async (found: ClaimDoc[]) =>
    (
      await repairDead(
        ctx,
        found.filter((c) => !ours(c)),
      )
    ).length === 0;
  const won: string[] = [];
  let toClaim = keys;
  if (opts.expectHeld) {
    const present = opts.present ?? (await ctx.store.claims.busyAmong(keys));
    if (!(await clear(present))) return { ok: false, won: [] };
    const held = new Set(present.filter(ours).map((c) => c._id));
    toClaim = keys.filter((k) => !held.has(k));
  }
  for (let attempt = 0; attempt < 2 && toClaim.length > 0; attempt++) {
    const result =
      attempt === 0 && opts.tried
        ? opts.tried
        : await ctx.store.claims.claimMany(toClaim, 'busy', owner, fields, ctx.clock(), { untilTaken: true });
    won.push(...result.won);
    if (result.taken.length === 0) return { ok: true, keys, won };
    const taken = await ctx.store.claims.busyAmong(result.taken);
    if (!(await clear(taken))) break;
    // Claims that vanished between the insert and the read, or that were just repaired, are tried once more.
    const held = new Set(taken.filter(ours).map((c) => c._id));
    toClaim = result.taken.filter((k) => !held.has(k));
    if (toClaim.length === 0) return { ok: true, keys, won };
  }
  if (toClaim.length === 0) return { ok: true, keys, won };
  await ctx.store.claims.releaseOwned(won, owner);
  return { ok: false, won: [] };
}

/**
 * Claims one of the month's allowance units for `holder`, or null when the month is used up. `read`: the month's
 * unit claims as the caller has just read them (in parallel with other work), used instead of the first read.
 */
export async function holdUnit(
  ctx: ServiceContext,
  employeeId: Types.ObjectId | string,
  month: string,
  allowance: number,
  holder: Holder,
  owner: string,
  read?: ClaimDoc[],
): Promise<string | null> {
  const employee = String(employeeId);
  const fields = { sessionId: holder.sessionId, employeeId: employee, month, ...(holder.requestId ? { requestId: holder.requestId } : {}) };
  for (let attempt = 0; attempt < 2; attempt++) {
    const held =
      attempt === 0 && read
        ? read.filter((c) => c.kind === 'unit' && c.month === month)
        : await ctx.store.claims.unitsOfMonths(employee, [month]);
    const mine = held.find((c) => c.owner === owner);
    if (mine) return mine._id;
    const heldKeys = new Set(held.map((c) => c._id));
    for (const n of claimableUnits(allowance)) {
      const key = claimKeys.unit(employee, month, n);
      if (heldKeys.has(key)) continue;
      if (await ctx.store.claims.claim(key, 'unit', owner, fields, ctx.clock())) return key;
    }
    const live = await repairDead(ctx, held);
    if (live.length === held.length) return null;
  }
  return null;
}

/** Units counted against each month; dead units met on the way are repaired (so the count is true). */
export async function unitsUsed(ctx: ServiceContext, employeeId: Types.ObjectId | string, months: string[]): Promise<Map<string, number>> {
  return countUnits(ctx, await ctx.store.claims.unitsOfMonths(String(employeeId), months), months);
}

/** The same count over unit claims the caller has read already (other kinds among them are ignored). */
export async function countUnits(
  ctx: ServiceContext,
  read: ClaimDoc[],
  months: string[],
  knownLiveKeys = new Set<string>(),
): Promise<Map<string, number>> {
  const claims = read.filter((c) => c.kind === 'unit' && c.month !== undefined && months.includes(c.month));
  const unexplained = claims.filter((c) => !knownLiveKeys.has(c._id));
  const live = new Set([...claims.filter((c) => knownLiveKeys.has(c._id)), ...(await repairDead(ctx, unexplained))].map((c) => c._id));
  const used = new Map(months.map((m) => [m, 0]));
  for (const c of claims) if (c.month && live.has(c._id)) used.set(c.month, (used.get(c.month) ?? 0) + 1);
  return used;
}

export type BookingHold = { ok: true; unitKey: string } | { ok: false; code: 'slot_taken' | 'allowance_exhausted' };

/**
 * Claims a new booking's busy ticks and the first unit of its month that `units` (the employee's unit claims, as
 * just read) leaves free, in one ordered round trip: the unit only once every tick is won. When a tick or that
 * unit turns out taken, what was won is kept or given back and the two-step path above decides, so a clash
 * costs what it always did and the usual booking costs one command.
 */
export async function holdBooking(
  ctx: ServiceContext,
  busy: { therapistId: Types.ObjectId; span: Span; bufferMinutes: number },
  unit: { employeeId: Types.ObjectId; month: string; allowance: number; units: UnitsRead },
  sessionId: Types.ObjectId,
): Promise<BookingHold> {
  const owner = `book:${String(sessionId)}`;
  const holder: Holder = { sessionId: String(sessionId), requestId: null };
  const employee = String(unit.employeeId);
  const held = new Set(unit.units.claims.filter((c) => c.kind === 'unit' && c.month === unit.month).map((c) => c._id));
  const free = claimableUnits(unit.allowance)
    .map((n) => claimKeys.unit(employee, unit.month, n))
    .find((key) => !held.has(key));
  const ticks = busyKeys(busy.therapistId, busy.span, busy.bufferMinutes);
  const tickFields = { sessionId: holder.sessionId };
  const unitFields = { sessionId: holder.sessionId, employeeId: employee, month: unit.month };
  const { won, taken } = free
    ? await ctx.store.claims.claimInOrder(
        [
          ...ticks.map((key) => ({ key, kind: 'busy' as const, fields: tickFields })),
          { key: free, kind: 'unit' as const, fields: unitFields },
        ],
        owner,
        ctx.clock(),
      )
    : { won: [], taken: ticks[0] ?? null };
  if (taken === null && free) return { ok: true, unitKey: free };
  const wonTicks = won.filter((k) => k !== free);
  let busyWon = wonTicks;
  if (wonTicks.length < ticks.length) {
    // A tick was taken (or no unit looked free and nothing was tried): the busy path judges the clash.
    const tried = free ? { tried: { won: wonTicks, taken: ticks.slice(wonTicks.length) } } : {};
    const rest = await holdBusy(ctx, busy.therapistId, busy.span, busy.bufferMinutes, holder, owner, tried);
    if (!rest.ok) {
      await ctx.store.claims.releaseOwned(wonTicks, owner);
      return { ok: false, code: 'slot_taken' };
    }
    busyWon = [...new Set([...wonTicks, ...rest.won])];
  }
  const unitKey = await holdUnit(ctx, unit.employeeId, unit.month, unit.allowance, holder, owner);
  if (unitKey) return { ok: true, unitKey };
  await ctx.store.claims.releaseOwned(busyWon, owner);
  return { ok: false, code: 'allowance_exhausted' };
}

export type TimeHold = { ok: true; release: () => Promise<void> } | { ok: false };

/**
 * Holds a span's busy time for a short job that is not a session (removing a slot, so no booking takes it
 * meanwhile); `release` gives back what this hold won.
 */
export async function holdTime(
  ctx: ServiceContext,
  what: { therapistId: Types.ObjectId; span: Span; buffer: number; owner: string },
): Promise<TimeHold> {
  const held = await holdBusy(ctx, what.therapistId, what.span, what.buffer, { sessionId: what.owner, requestId: null }, what.owner);
  if (!held.ok) return { ok: false };
  return { ok: true, release: () => ctx.store.claims.releaseOwned(held.won, what.owner) };
}
