// Holding busy time and allowance units by claim, and repairing claims whose owner is gone. A claim is live
// while the thing it was made for lives: a booked session, a pending request, or a call still in flight
// (younger than the grace period). Every path that meets a claim checks that and removes a dead one, whatever
// its age, so no claim can stay held forever.
import { Types } from 'mongoose';
import { claimableUnits } from '../domain/allowance.js';
import { busyTicks } from '../domain/busy.js';
import type { Span } from '../domain/slots.js';
import { claimKeys } from '../store/index.js';
import type { ClaimDoc, SessionDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';

/** What a claim is held for: the session it backs and, while a request waits, that request. */
export interface Holder {
  sessionId: string;
  requestId: string | null;
}

/** The session being moved (and the one it replaced) may share busy time with its new time: not a clash. */
export const movedSessions = (session: Pick<SessionDoc, '_id' | 'replaces'>): string[] => [
  String(session._id),
  ...(session.replaces ? [String(session.replaces)] : []),
];

export function busyKeys(therapistId: Types.ObjectId | string, span: Span, bufferMinutes: number): string[] {
  return busyTicks(span, bufferMinutes).map((tick) => claimKeys.busy(String(therapistId), tick));
}

/** The ids of the claims among `claims` whose holder still lives (or that are too young to judge). */
export async function liveClaims(ctx: ServiceContext, claims: ClaimDoc[]): Promise<Set<string>> {
  const graceEdge = ctx.clock().getTime() - ctx.claimGraceMs;
  const live = new Set<string>();
  const judged = claims.filter((c) => {
    if (c.createdAt.getTime() > graceEdge) live.add(c._id);
    return !live.has(c._id);
  });
  if (judged.length === 0) return live;
  // Holders that are not sessions (an availability removal in flight) have no document: only their age counts.
  const ids = (pick: (c: ClaimDoc) => string | undefined) =>
    [...new Set(judged.map(pick).filter((id): id is string => !!id && Types.ObjectId.isValid(id) && id.length === 24))];
  const sessionIds = ids((c) => c.sessionId);
  const requestIds = ids((c) => c.requestId);
  const unitKeys = judged.filter((c) => c.kind === 'unit').map((c) => c._id);
  const [sessions, requests, unitSessions] = await Promise.all([
    ctx.store.sessions.sessionsByIds(sessionIds),
    ctx.store.sessions.requestsByIds(requestIds),
    ctx.store.sessions.liveWithUnitKeys(unitKeys),
  ]);
  const byId = new Map(sessions.map((s) => [String(s._id), s]));
  const pendingRequests = new Set(requests.filter((r) => r.status === 'pending').map((r) => String(r._id)));
  const unitsInUse = new Set(unitSessions.map((s) => s.unitKey));
  // A session just replaced keeps the ticks it shares with its replacement until they are re-pointed; and while
  // its replacement is not written yet (a confirmation in flight, finished by whoever meets its decision), all
  // its claims stay live, its unit included: the replacement will take them over.
  const replacedIds = sessions.filter((s) => s.status === 'rescheduled' && s.replacedBy).map((s) => String(s.replacedBy));
  const replacements = await ctx.store.sessions.sessionsByIds(replacedIds);
  const written = new Map(replacements.map((s) => [String(s._id), s.status]));
  const replacementLives = (s: SessionDoc | undefined) =>
    s?.status === 'rescheduled' && !!s.replacedBy && [undefined, 'booked'].includes(written.get(String(s.replacedBy)));
  for (const c of judged) {
    const session = c.sessionId ? byId.get(c.sessionId) : undefined;
    const requestWaits = !!c.requestId && pendingRequests.has(c.requestId);
    const unwritten = session?.status === 'rescheduled' && !written.has(String(session.replacedBy));
    // A pending marker lives exactly as long as its request waits; busy time also while its session lives.
    const isLive =
      c.kind === 'unit'
        ? unitsInUse.has(c._id) || requestWaits || unwritten
        : c.kind === 'pending'
          ? requestWaits
          : requestWaits || session?.status === 'booked' || replacementLives(session);
    if (isLive) live.add(c._id);
  }
  return live;
}

/** Removes the dead claims among `claims`; returns the ones still live. */
export async function repairDead(ctx: ServiceContext, claims: ClaimDoc[]): Promise<ClaimDoc[]> {
  if (claims.length === 0) return [];
  const live = await liveClaims(ctx, claims);
  await removeDead(ctx, claims.filter((c) => !live.has(c._id)));
  return claims.filter((c) => live.has(c._id));
}

/** The sweep's repair: removes the dead claims among `claims`; returns how many it removed. */
export async function releaseDead(ctx: ServiceContext, claims: ClaimDoc[]): Promise<number> {
  if (claims.length === 0) return 0;
  const live = await liveClaims(ctx, claims);
  const dead = claims.filter((c) => !live.has(c._id));
  await removeDead(ctx, dead);
  return dead.length;
}

async function removeDead(ctx: ServiceContext, dead: ClaimDoc[]): Promise<void> {
  await Promise.all(dead.map((c) => ctx.store.claims.releaseExact(c)));
  if (dead.length > 0) ctx.log.warn({ claimsReleased: dead.length, claimKind: dead[0]?.kind }, 'released claims whose owner is gone');
}

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
  const fields = { sessionId: holder.sessionId, ...(holder.requestId ? { requestId: holder.requestId } : {}) };
  const ours = (c: ClaimDoc) =>
    c.owner === owner || (holder.requestId !== null && c.requestId === holder.requestId) || (!!c.sessionId && sharedWith.includes(c.sessionId));
  /** Of claims found in the way: true when none of them is still live (the dead ones are removed). */
  const clear = async (found: ClaimDoc[]) => (await repairDead(ctx, found.filter((c) => !ours(c)))).length === 0;
  const won: string[] = [];
  let toClaim = keys;
  if (opts.expectHeld) {
    const present = opts.present ?? (await ctx.store.claims.getMany(keys));
    if (!(await clear(present))) return { ok: false, won: [] };
    const held = new Set(present.filter(ours).map((c) => c._id));
    toClaim = keys.filter((k) => !held.has(k));
  }
  for (let attempt = 0; attempt < 2 && toClaim.length > 0; attempt++) {
    const result = attempt === 0 && opts.tried ? opts.tried : await ctx.store.claims.claimMany(toClaim, 'busy', owner, fields, ctx.clock(), { untilTaken: true });
    won.push(...result.won);
    if (result.taken.length === 0) return { ok: true, keys, won };
    const taken = await ctx.store.claims.getMany(result.taken);
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
    const held = attempt === 0 && read ? read.filter((c) => c.kind === 'unit' && c.month === month) : await ctx.store.claims.unitsOfMonths(employee, [month]);
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
export async function unitsUsed(ctx: ServiceContext, employeeId: Types.ObjectId | string, months: string[], knownLiveKeys = new Set<string>()): Promise<Map<string, number>> {
  return countUnits(ctx, await ctx.store.claims.unitsOfMonths(String(employeeId), months), months, knownLiveKeys);
}

/** The same count over unit claims the caller has read already (other kinds among them are ignored). */
export async function countUnits(ctx: ServiceContext, read: ClaimDoc[], months: string[], knownLiveKeys = new Set<string>()): Promise<Map<string, number>> {
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
  unit: { employeeId: Types.ObjectId; month: string; allowance: number; units: ClaimDoc[] },
  holder: Holder,
  owner: string,
): Promise<BookingHold> {
  const employee = String(unit.employeeId);
  const held = new Set(unit.units.filter((c) => c.kind === 'unit' && c.month === unit.month).map((c) => c._id));
  const free = claimableUnits(unit.allowance)
    .map((n) => claimKeys.unit(employee, unit.month, n))
    .find((key) => !held.has(key));
  const ticks = busyKeys(busy.therapistId, busy.span, busy.bufferMinutes);
  const tickFields = { sessionId: holder.sessionId };
  const unitFields = { sessionId: holder.sessionId, employeeId: employee, month: unit.month };
  const { won, taken } = free
    ? await ctx.store.claims.claimInOrder(
        [...ticks.map((key) => ({ key, kind: 'busy' as const, fields: tickFields })), { key: free, kind: 'unit' as const, fields: unitFields }],
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

