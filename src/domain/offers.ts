// The rules of a therapist's offer of times (docs/design.md §2, rule 11), pure: how many times, how long it is held.
import type { Span } from './slots.js';

export const OFFER_TIMES = { min: 1, max: 3 } as const;
/** Hours an offer holds its times for the client: 48 unless the therapist chooses, from 1 hour to a week. */
export const OFFER_EXPIRY_HOURS = { default: 48, min: 1, max: 168 } as const;

/** The expiry hours asked for, or null when outside the bounds (or not a whole number). */
export function offerExpiryHours(asked: number | undefined): number | null {
  const hours = asked ?? OFFER_EXPIRY_HOURS.default;
  return Number.isInteger(hours) && hours >= OFFER_EXPIRY_HOURS.min && hours <= OFFER_EXPIRY_HOURS.max ? hours : null;
}

/** Whether any two of the times overlap (an offer holds each for the client, so they must be distinct). */
export function timesOverlap(times: Span[]): boolean {
  const sorted = [...times].sort((a, b) => a.start.getTime() - b.start.getTime());
  return sorted.some((t, i) => i > 0 && t.start < (sorted[i - 1] as Span).end);
}
