// What screens and checks need to know of the holds: which spans are held, how many units a month has used,
// which sessions have a request waiting. Claims met on the way whose holder is gone are repaired, so the answer
// is true and a crashed call never hides a slot or a unit for long.
import type { Types } from 'mongoose';
import type { Span } from '../../domain/slots.js';
import { claimKeys } from '../../store/index.js';
import type { ClaimDoc, SessionDoc } from '../../store/models.js';
import type { ServiceContext } from '../context.js';
import { countUnits } from './holds.js';
import { busyKeys } from './keys.js';
import { repairDead } from './liveness.js';

/** For each span, whether any of its busy time is held by someone live. */
export async function heldSpans(ctx: ServiceContext, therapistId: Types.ObjectId, spans: Span[], buffer: number): Promise<boolean[]> {
  const keysOf = spans.map((s) => busyKeys(therapistId, s, buffer));
  const met = await ctx.store.claims.busyAmong([...new Set(keysOf.flat())]);
  const held = new Set((await repairDead(ctx, met)).map((c) => c._id));
  return keysOf.map((keys) => keys.some((k) => held.has(k)));
}

/** A person's unit claims from `fromMonth` on, read with other work before a booking knows its month. */
export interface UnitsRead {
  readonly claims: ClaimDoc[];
}

export async function readUnitsFrom(ctx: ServiceContext, employeeId: Types.ObjectId, fromMonth: string): Promise<UnitsRead> {
  return { claims: await ctx.store.claims.unitsFrom(String(employeeId), fromMonth) };
}

/**
 * What an overview needs of the claims, in one read: the units used in `months` (an employee's) and the request
 * waiting on each of `sessions` (by their pending markers). Units of the sessions shown are known live.
 */
export async function overviewHolds(
  ctx: ServiceContext,
  person: { employeeId: string } | { therapistId: string },
  months: string[],
  sessions: Pick<SessionDoc, '_id' | 'unitKey'>[],
): Promise<{ unitsUsed: () => Promise<Map<string, number>>; waitingRequestIds: string[] }> {
  const markers = sessions.map((s) => claimKeys.pending(String(s._id)));
  const claims = await ctx.store.claims.unitsAndMarkers(person, months, markers);
  return {
    waitingRequestIds: claims.flatMap((c) => (c.kind === 'pending' && c.requestId ? [c.requestId] : [])),
    unitsUsed: () => countUnits(ctx, claims, months, new Set(sessions.map((s) => s.unitKey))),
  };
}
