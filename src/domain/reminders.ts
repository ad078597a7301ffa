// When a session's reminders are due. Pure: the sweep asks, for each booked session, which are due now.
// - `cutoff`: in the hours before the reschedule cutoff passes, so the person can still move the session;
// - `starting`: shortly before the session starts, with its join link.
// A reminder is due only inside its window: one whose moment has passed (the cutoff, the start) is not sent late.
export type ReminderKind = 'cutoff' | 'starting';

export const DEFAULT_REMINDER_LEAD_HOURS = 24;
export const DEFAULT_REMINDER_MINUTES_BEFORE = 15;

export interface ReminderPolicy {
  cutoffHours: number;
  leadHours: number;
  minutesBefore: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

export function reminderPolicyOf(org: {
  rescheduleCutoffHours: number;
  reminderLeadHours?: number | null;
  reminderMinutesBefore?: number | null;
}): ReminderPolicy {
  return {
    cutoffHours: org.rescheduleCutoffHours,
    leadHours: org.reminderLeadHours ?? DEFAULT_REMINDER_LEAD_HOURS,
    minutesBefore: org.reminderMinutesBefore ?? DEFAULT_REMINDER_MINUTES_BEFORE,
  };
}

/** The instant after which the session can no longer be moved. */
export function cutoffOf(start: Date, cutoffHours: number): Date {
  return new Date(start.getTime() - cutoffHours * HOUR);
}

export function dueReminders(start: Date, now: Date, policy: ReminderPolicy): ReminderKind[] {
  const t = now.getTime();
  const cutoff = cutoffOf(start, policy.cutoffHours).getTime();
  const due: ReminderKind[] = [];
  if (policy.leadHours > 0 && t >= cutoff - policy.leadHours * HOUR && t < cutoff) due.push('cutoff');
  if (t >= start.getTime() - policy.minutesBefore * MINUTE && t < start.getTime()) due.push('starting');
  return due;
}

/** How far ahead a session can start and still have a reminder due now (bounds the sweep's query). */
export function reminderHorizonMs(policy: ReminderPolicy): number {
  return Math.max((policy.cutoffHours + policy.leadHours) * HOUR, policy.minutesBefore * MINUTE);
}
