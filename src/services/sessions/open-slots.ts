// The therapist's open slots: future availability whose busy time nobody holds. Claims met on the way whose
// owner is gone are repaired, so a slot freed by a crashed call is offered again.
import type { Types } from 'mongoose';
import type { ServiceContext } from '../context.js';
import { heldSpans } from '../reservations/index.js';
import type { SlotView } from '../types.js';

/** Every slot in [from, to) with whether its time is held; `buffer` is the therapist's. */
export async function slotsWithHolds(
  ctx: ServiceContext,
  therapistId: Types.ObjectId,
  from: Date,
  to: Date,
  buffer: number,
): Promise<SlotView[]> {
  const slots = await ctx.store.sessions.slotsBetween(therapistId, from, to);
  const held = await heldSpans(ctx, therapistId, slots, buffer);
  return slots.map((s, i) => ({ id: String(s._id), start: s.start, end: s.end, held: held[i] ?? false }));
}

/** The open slots from now until `until`. */
export async function openSlotsOf(ctx: ServiceContext, therapistId: Types.ObjectId, until: Date, buffer: number): Promise<SlotView[]> {
  const slots = await slotsWithHolds(ctx, therapistId, ctx.clock(), until, buffer);
  return slots.filter((s) => !s.held);
}
