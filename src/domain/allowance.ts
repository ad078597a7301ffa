// Allowance arithmetic. Usage itself is the set of claimed units (store/claims); these functions only count.
import { extraSessionsIn, type ExtraSessionsGrant } from './extra-sessions.js';

export interface AllowanceSettings {
  organisationDefault: number;
  employeeOverride?: number | null;
}

export function monthlyAllowance(settings: AllowanceSettings): number {
  return settings.employeeOverride ?? settings.organisationDefault;
}

/**
 * The allowance of one month: the monthly one plus the extra sessions approved for exactly that month (issue 19,
 * §4). Every use case that claims or counts units asks this, so an approval is usable at once.
 */
export function allowanceInMonth(
  settings: AllowanceSettings & { extraSessions?: readonly ExtraSessionsGrant[] | null },
  month: string,
): number {
  return monthlyAllowance(settings) + extraSessionsIn(settings.extraSessions, month);
}

export interface AllowanceBalance {
  month: string;
  allowance: number;
  used: number;
  left: number;
}

/** Left never goes negative even if an allowance was lowered after sessions were booked. */
export function balance(month: string, allowance: number, used: number): AllowanceBalance {
  return { month, allowance, used, left: Math.max(0, allowance - used) };
}

/** Unit numbers a booking may claim in a month: 0..allowance-1, each at most once (unique key). */
export function claimableUnits(allowance: number): number[] {
  return Array.from({ length: Math.max(0, allowance) }, (_, n) => n);
}

/** A move keeps its unit when the month stays the same; otherwise it needs a unit in the target month. */
export function moveNeedsNewUnit(fromMonth: string, toMonth: string): boolean {
  return fromMonth !== toMonth;
}

/** An employee's allowance in a month, read from their organisation's default and their own record. */
export function employeeAllowance(
  org: { defaultAllowance: number },
  employee: { allowanceOverride?: number | null; extraSessions?: readonly ExtraSessionsGrant[] | null },
  month: string,
): number {
  return allowanceInMonth(
    { organisationDefault: org.defaultAllowance, employeeOverride: employee.allowanceOverride, extraSessions: employee.extraSessions },
    month,
  );
}
