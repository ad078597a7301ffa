// Busy time as fixed ticks. A therapist's live session (or a held request) claims every 5-minute mark it
// covers, buffer included; two intervals that overlap always share at least one mark, so a unique insert per
// mark refuses every overlap, whatever the start times (an exact-start key only refuses identical starts).
import type { Span } from './slots.js';

export const TICK_MINUTES = 5;
const TICK_MS = TICK_MINUTES * 60_000;
/** A therapist's buffer between sessions is kept small enough to stay a break, not a block. */
export const MAX_BUFFER_MINUTES = 60;

/** The marks [floor(start), ceil(end + buffer)) in steps of 5 minutes, as instants. */
export function busyTicks(span: Span, bufferMinutes = 0): Date[] {
  const first = Math.floor(span.start.getTime() / TICK_MS) * TICK_MS;
  const last = Math.ceil((span.end.getTime() + bufferMinutes * 60_000) / TICK_MS) * TICK_MS;
  const ticks: Date[] = [];
  for (let t = first; t < last; t += TICK_MS) ticks.push(new Date(t));
  return ticks;
}

/** True when the tick lies inside the span's busy time (with its buffer). */
export function coversTick(span: Span, tick: Date, bufferMinutes = 0): boolean {
  return busyTicks(span, bufferMinutes).some((t) => t.getTime() === tick.getTime());
}
