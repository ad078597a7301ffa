// Whether the time is free is decided by claiming its busy time, not here.
// Turning a person's choice of a new time (an open slot, or a custom date + time in their zone) into a span.
import { Types } from 'mongoose';
import { isInFuture } from '../domain/policy.js';
import { refuse, type Refusal } from '../domain/refusals.js';
import { durationMinutes, spanOf } from '../domain/slots.js';
import { localDateTimeToInstant } from '../domain/time.js';
import type { SessionDoc, SlotDoc } from '../store/models.js';
import type { ServiceContext } from './context.js';
import type { TimeChoice } from './types.js';

export interface ChosenTime {
  start: Date;
  end: Date;
  /** Not (yet) in the therapist's availability: confirming adds it. */
  custom: boolean;
}

export async function resolveTimeChoice(
  ctx: ServiceContext,
  choice: TimeChoice,
  session: SessionDoc,
  zone: string,
  /** The chosen slot, when the caller has read it already (null: it does not exist). */
  known?: SlotDoc | null,
): Promise<ChosenTime | Refusal> {
  const now = ctx.clock();
  let chosen: ChosenTime;
  if ('slotId' in choice) {
    if (!Types.ObjectId.isValid(choice.slotId)) return refuse('unknown_slot');
    const slot = known !== undefined ? known : await ctx.store.sessions.slot(choice.slotId);
    if (!slot || !slot.therapistId.equals(session.therapistId)) return refuse('unknown_slot');
    chosen = { start: slot.start, end: slot.end, custom: false };
  } else {
    const parsed = localDateTimeToInstant(choice.date, choice.time, zone);
    if (!parsed.ok) return refuse(parsed.error);
    const existing = await ctx.store.sessions.slotAt(session.therapistId, parsed.instant);
    chosen = existing
      ? { start: existing.start, end: existing.end, custom: false }
      : { ...spanOf(parsed.instant, durationMinutes(session)), custom: true };
  }
  if (!isInFuture(chosen.start, now)) return refuse('time_in_past');
  if (chosen.start.getTime() === session.start.getTime()) return refuse('same_time');
  return chosen;
}
