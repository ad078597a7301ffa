// How the operator commands print an organisation's policy: every field `set-policy` stores, defaults named as such,
// and counts with the right plural ("1 session a month", "2 therapists").
import { DEFAULT_REMINDER_LEAD_HOURS, DEFAULT_REMINDER_MINUTES_BEFORE } from '../domain/reminders.js';
import { DEFAULT_PRIVATE_TITLE } from '../calendar/invitation.js';
import { DEFAULT_RETENTION_DAYS, type OrganisationDoc } from '../store/models.js';

/** "1 session", "2 sessions"; `plural` for irregular words ("1 person", "3 people"). */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

export type PolicyFields = Pick<
  OrganisationDoc,
  | 'zone'
  | 'defaultAllowance'
  | 'rescheduleCutoffHours'
  | 'minReportGroupSize'
  | 'reminderLeadHours'
  | 'reminderMinutesBefore'
  | 'supportLine'
  | 'retentionDays'
  | 'calendarTitle'
>;

const orDefault = (value: number | null | undefined, fallback: number, unit: (n: number) => string) =>
  value === null || value === undefined ? `${unit(fallback)} (default)` : unit(value);

/** The policy as lines, each starting with two spaces (under a heading line). */
export function policyLines(o: PolicyFields): string[] {
  const hours = (n: number) => count(n, 'hour');
  return [
    `  zone ${o.zone}, ${count(o.defaultAllowance, 'session')} a month, reschedule cutoff ${count(o.rescheduleCutoffHours, 'hour')}, ` +
      `report groups of at least ${count(o.minReportGroupSize, 'person', 'people')}`,
    `  reminders: ${orDefault(o.reminderLeadHours, DEFAULT_REMINDER_LEAD_HOURS, hours)} before the cutoff, ` +
      `${orDefault(o.reminderMinutesBefore, DEFAULT_REMINDER_MINUTES_BEFORE, (n) => count(n, 'minute'))} before a session`,
    `  support line: ${o.supportLine ?? 'none set'}`,
    `  free text kept ${orDefault(o.retentionDays, DEFAULT_RETENTION_DAYS, (n) => count(n, 'day'))}; ` +
      `calendar title "${o.calendarTitle ?? DEFAULT_PRIVATE_TITLE}"${o.calendarTitle ? '' : ' (default)'}`,
  ];
}
