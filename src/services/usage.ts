// The HR usage report: counts per month and department, never names, never content.
import { employeeAllowance } from '../domain/allowance.js';
import { extraSessionsIn } from '../domain/extra-sessions.js';
import { refuse } from '../domain/refusals.js';
import { monthOf, resolveMonth } from '../domain/time.js';
import {
  ALL_DEPARTMENTS,
  groupByDepartment,
  suppressionReasons,
  sumUsage,
  type EmployeeUsage,
  type GroupUsage,
  type SuppressionReason,
} from '../domain/usage.js';
import type { UsageService } from './api.js';
import type { ServiceContext } from './context.js';
import { organisationOf } from './guards.js';
import type { UsageRow } from './types.js';

function row(month: string, g: GroupUsage, hiddenBecause: SuppressionReason | undefined): UsageRow {
  if (hiddenBecause) {
    return {
      month,
      department: g.department,
      employees: null,
      employeesWhoBooked: null,
      booked: null,
      completed: null,
      cancelled: null,
      lateCancelled: null,
      rescheduled: null,
      noShows: null,
      extraSessions: null,
      allowanceUtilisation: null,
      suppressed: true,
      suppressedBecause: hiddenBecause,
    };
  }
  return {
    month,
    department: g.department,
    employees: g.employees,
    employeesWhoBooked: g.employeesWhoBooked,
    booked: g.booked,
    completed: g.completed,
    cancelled: g.cancelled,
    lateCancelled: g.lateCancelled,
    noShows: g.noShows,
    rescheduled: g.rescheduled,
    extraSessions: g.extraSessions,
    allowanceUtilisation: g.unitsAvailable === 0 ? 0 : Math.round((g.unitsUsed / g.unitsAvailable) * 1000) / 1000,
    suppressed: false,
    suppressedBecause: null,
  };
}

export function createUsageService(ctx: ServiceContext): UsageService {
  return {
    async report(actor, input) {
      if (!actor.roles.includes('hr_admin')) return refuse('not_hr_admin');
      const org = await organisationOf(ctx, actor.orgId);
      const now = ctx.clock();
      // `2026-12`, or a month's name as people type it ("december", "Dec 2026"), in the organisation's zone.
      const month = input.month === undefined ? monthOf(now, org.zone) : resolveMonth(input.month, now, org.zone);
      if (month === null) return refuse('invalid_month');
      const [employees, sessions] = await Promise.all([
        ctx.store.directory.employeesOf(org._id),
        ctx.store.sessions.monthForReport(org._id, month),
      ]);
      // A leaver (offboarded or erased) counts up to the month they left, never after it.
      const leftBy = (e: (typeof employees)[number]) => e.offboardedAt ?? e.erasedAt ?? null;
      const counted = employees.filter((e) => {
        const left = leftBy(e);
        return !left || monthOf(left, org.zone) >= month;
      });
      const usage = new Map<string, EmployeeUsage>(
        counted.map((e) => [
          String(e._id),
          {
            department: e.department,
            allowance: employeeAllowance(org, e, month),
            extraSessions: extraSessionsIn(e.extraSessions, month),
            booked: 0,
            completed: 0,
            cancelled: 0,
            lateCancelled: 0,
            rescheduled: 0,
            noShows: 0,
          },
        ]),
      );
      const field = { booked: 'booked', cancelled: 'cancelled', late_cancelled: 'lateCancelled', rescheduled: 'rescheduled' } as const;
      for (const s of sessions) {
        const u = usage.get(String(s.employeeId));
        if (!u) continue;
        u[field[s.status]] += 1;
        if (s.status === 'booked' && s.end.getTime() <= now.getTime()) u.completed += 1;
        if (s.status === 'booked' && s.attendance === 'no_show') u.noShows = (u.noShows ?? 0) + 1;
      }
      const all = [...usage.values()];
      const groups = groupByDepartment(all);
      const hidden = suppressionReasons(groups, org.minReportGroupSize);
      const total = sumUsage(ALL_DEPARTMENTS, all);
      const wanted = input.department ? groups.filter((g) => g.department.toLowerCase() === input.department?.toLowerCase()) : groups;
      const rows = [
        ...(input.department ? [] : [row(month, total, total.employees < org.minReportGroupSize ? 'small_group' : undefined)]),
        ...wanted.map((g) => row(month, g, hidden.get(g.department))),
      ];
      if (input.department && rows.length === 0) {
        // An unknown department is reported like a suppressed one: the answer must not reveal who exists.
        rows.push(row(month, { ...sumUsage(input.department, []) }, 'small_group'));
      }
      return { ok: true, report: { orgId: org._id, month, minGroupSize: org.minReportGroupSize, rows } };
    },
  };
}
