// Usage aggregation and small-group suppression, pure. HR sees counts only; a group smaller than the minimum
// is suppressed, and when exactly one group would be suppressed the next smallest is too, so that no figure
// can be recovered by subtracting the shown groups from the total.
import type { Reader } from '../i18n/locales.js';
import { wordsFor } from '../i18n/words.js';

export interface EmployeeUsage {
  department: string;
  allowance: number;
  booked: number; // live sessions (upcoming or completed)
  completed: number;
  cancelled: number;
  lateCancelled: number;
  rescheduled: number;
  /** Held sessions the therapist marked as a no-show (counted in `completed` too: the time was used). */
  noShows?: number;
  /** Extra sessions approved for the month beyond the allowance (issue 19, §4); included in `allowance`. */
  extraSessions?: number;
}

export interface GroupUsage {
  department: string;
  /** Employees enrolled in the programme, whether or not they booked. */
  employees: number;
  /** Employees with at least one session in the month, whatever became of it. */
  employeesWhoBooked: number;
  booked: number;
  completed: number;
  cancelled: number;
  lateCancelled: number;
  rescheduled: number;
  noShows: number;
  extraSessions: number;
  unitsUsed: number;
  unitsAvailable: number;
}

/** The organisation-wide row's department: a key in the data, shown in the reader's words by `departmentName`. */
export const ALL_DEPARTMENTS = 'All departments';

/** A report row's department as shown: a department's own name is data; the organisation-wide row is worded. */
export function departmentName(department: string, reader: Reader): string {
  return department === ALL_DEPARTMENTS ? wordsFor(reader).t('wording.usage.allDepartments') : department;
}

export function sumUsage(department: string, rows: EmployeeUsage[]): GroupUsage {
  const sum = (f: (r: EmployeeUsage) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  return {
    department,
    employees: rows.length,
    employeesWhoBooked: rows.filter((r) => r.booked + r.cancelled + r.lateCancelled + r.rescheduled > 0).length,
    booked: sum((r) => r.booked),
    completed: sum((r) => r.completed),
    cancelled: sum((r) => r.cancelled),
    lateCancelled: sum((r) => r.lateCancelled),
    rescheduled: sum((r) => r.rescheduled),
    noShows: sum((r) => r.noShows ?? 0),
    extraSessions: sum((r) => r.extraSessions ?? 0),
    unitsUsed: sum((r) => r.booked + r.lateCancelled),
    unitsAvailable: sum((r) => r.allowance),
  };
}

export function groupByDepartment(rows: EmployeeUsage[]): GroupUsage[] {
  const byDept = new Map<string, EmployeeUsage[]>();
  for (const r of rows) byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);
  return [...byDept.entries()].map(([d, members]) => sumUsage(d, members)).sort((a, b) => a.department.localeCompare(b.department));
}

/** Why a group's figures are hidden: it is small itself, or showing it would reveal a small group by subtraction. */
export type SuppressionReason = 'small_group' | 'reveals_small_group';

/** Departments to suppress and why: all under the minimum, plus one more when a lone suppressed group could be derived. */
export function suppressionReasons(groups: GroupUsage[], minGroupSize: number): Map<string, SuppressionReason> {
  const small = groups.filter((g) => g.employees < minGroupSize);
  const reasons = new Map<string, SuppressionReason>(small.map((g) => [g.department, 'small_group']));
  if (small.length === 1 && groups.length > 1) {
    const nextSmallest = groups.filter((g) => !reasons.has(g.department)).sort((a, b) => a.employees - b.employees)[0];
    if (nextSmallest) reasons.set(nextSmallest.department, 'reveals_small_group');
  }
  return reasons;
}

export function suppressedDepartments(groups: GroupUsage[], minGroupSize: number): Set<string> {
  return new Set(suppressionReasons(groups, minGroupSize).keys());
}

/** The counts of one report row, as both platforms show them. */
export interface UsageCounts {
  employees: number | null;
  employeesWhoBooked: number | null;
  booked: number | null;
  completed: number | null;
  cancelled: number | null;
  lateCancelled: number | null;
  rescheduled: number | null;
  /** Sessions the therapist marked as a no-show; absent in reports made before attendance was recorded. */
  noShows?: number | null;
  /** Extra sessions approved beyond the allowance; absent in reports made before they existed. */
  extraSessions?: number | null;
  allowanceUtilisation: number | null;
}

const shown = (n: number | null) => (n === null ? '–' : String(n));
const sumOf = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

/**
 * Every figure with a label that says exactly what it counts, in one order, so Slack and Teams never disagree.
 * Early cancellations are credited back to the allowance, late ones are not; both are also summed.
 */
export function usageFacts(row: UsageCounts, reader: Reader): { title: string; value: string }[] {
  const w = wordsFor(reader);
  const utilisation =
    row.allowanceUtilisation === null ? '–' : w.t('wording.usage.percent', { value: String(Math.round(row.allowanceUtilisation * 100)) });
  return [
    { title: w.t('wording.usage.employees'), value: shown(row.employees) },
    { title: w.t('wording.usage.employeesWhoBooked'), value: shown(row.employeesWhoBooked) },
    { title: w.t('wording.usage.booked'), value: shown(row.booked) },
    { title: w.t('wording.usage.completed'), value: shown(row.completed) },
    { title: w.t('wording.usage.cancelled'), value: shown(row.cancelled) },
    { title: w.t('wording.usage.lateCancelled'), value: shown(row.lateCancelled) },
    { title: w.t('wording.usage.cancellations'), value: shown(sumOf(row.cancelled, row.lateCancelled)) },
    { title: w.t('wording.usage.noShows'), value: shown(row.noShows ?? null) },
    { title: w.t('wording.usage.rescheduled'), value: shown(row.rescheduled) },
    { title: w.t('wording.usage.allowanceUsed'), value: utilisation },
    { title: w.t('wording.usage.extraSessions'), value: shown(row.extraSessions ?? null) },
  ];
}

/** Why a row shows no figures, in words an HR admin can act on. */
export function suppressionText(reason: SuppressionReason, minGroupSize: number, reader: Reader): string {
  return wordsFor(reader).t(reason === 'small_group' ? 'wording.usage.smallGroup' : 'wording.usage.revealsSmallGroup', {
    min: String(minGroupSize),
  });
}
