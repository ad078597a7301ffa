// The reschedule window and the cancellation rule of the help article, made exact.
import { DateTime } from 'luxon';
const HOUR_MS = 3_600_000;

/**
 * A session may be rescheduled only while it starts *more than* `cutoffHours` from now: at exactly the cutoff
 * it is already inside the window.
 */
export function isOutsideCutoff(sessionStart: Date, now: Date, cutoffHours: number): boolean {
  return sessionStart.getTime() - now.getTime() > cutoffHours * HOUR_MS;
}

export type CancellationKind = 'early' | 'late';

/** Inside the window a cancellation is late: it still uses that month's allowance and is never credited back. */
export function cancellationKind(sessionStart: Date, now: Date, cutoffHours: number): CancellationKind {
  return isOutsideCutoff(sessionStart, now, cutoffHours) ? 'early' : 'late';
}

/** The instant after which a request for this session can no longer be confirmed. */
export function rescheduleDeadline(sessionStart: Date, cutoffHours: number): Date {
  return new Date(sessionStart.getTime() - cutoffHours * HOUR_MS);
}

export function isInFuture(instant: Date, now: Date): boolean {
  return instant.getTime() > now.getTime();
}

/**
 * How far ahead an employee can book: to the end of next month in the organisation's zone, the last month whose
 * allowance they are shown. Returns the first instant beyond it and the last bookable month.
 */
export function bookingHorizon(now: Date, zone: string): { until: Date; lastMonth: string } {
  const nextMonth = DateTime.fromJSDate(now, { zone }).startOf('month').plus({ months: 1 });
  return { until: nextMonth.plus({ months: 1 }).toJSDate(), lastMonth: nextMonth.toFormat('yyyy-MM') };
}

/** How many hours ahead a client books with a therapist who set nothing, and the range a therapist may set. */
export const DEFAULT_BOOKING_NOTICE_HOURS = 24;
export const BOOKING_NOTICE_RANGE = { min: 1, max: 72 } as const;

export function bookingNoticeOf(therapist: { bookingNoticeHours?: number | null } | null | undefined): number {
  return therapist?.bookingNoticeHours ?? DEFAULT_BOOKING_NOTICE_HOURS;
}

/** A client may book, request or accept a time only at least the therapist's notice ahead (exactly that is fine). */
export function isWithinNotice(start: Date, now: Date, noticeHours: number): boolean {
  return start.getTime() - now.getTime() < noticeHours * HOUR_MS;
}
