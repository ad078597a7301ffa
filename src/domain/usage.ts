// Usage aggregation and small-group suppression, pure. HR sees counts only; a group smaller than the minimum
// is suppressed, and when exactly one group would be suppressed the next smallest is too, so that no figure
// can be recovered by subtracting the shown groups from the total.
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
}

export interface GroupUsage {
  department: string;
  employees: number;
  booked: number;
  completed: number;
  cancelled: number;
  lateCancelled: number;
  rescheduled: number;
  noShows: number;
  unitsUsed: number;
  unitsAvailable: number;
}

export const ALL_DEPARTMENTS = 'All departments';

export function sumUsage(department: string, rows: EmployeeUsage[]): GroupUsage {
  const sum = (f: (r: EmployeeUsage) => number) => rows.reduce((acc, r) => acc + f(r), 0);
  return {
    department,
    employees: rows.length,
    booked: sum((r) => r.booked),
    completed: sum((r) => r.completed),
    cancelled: sum((r) => r.cancelled),
    lateCancelled: sum((r) => r.lateCancelled),
    rescheduled: sum((r) => r.rescheduled),
    noShows: sum((r) => r.noShows ?? 0),
    unitsUsed: sum((r) => r.booked + r.lateCancelled),
    unitsAvailable: sum((r) => r.allowance),
  };
}

export function groupByDepartment(rows: EmployeeUsage[]): GroupUsage[] {
  const byDept = new Map<string, EmployeeUsage[]>();
  for (const r of rows) byDept.set(r.department, [...(byDept.get(r.department) ?? []), r]);
  return [...byDept.entries()].map(([d, members]) => sumUsage(d, members)).sort((a, b) => a.department.localeCompare(b.department));
}

/** Departments to suppress: all under the minimum, plus one more when a lone suppressed group could be derived. */
export function suppressedDepartments(groups: GroupUsage[], minGroupSize: number): Set<string> {
  const small = groups.filter((g) => g.employees < minGroupSize);
  const suppressed = new Set(small.map((g) => g.department));
  if (small.length === 1 && groups.length > 1) {
    const nextSmallest = groups.filter((g) => !suppressed.has(g.department)).sort((a, b) => a.employees - b.employees)[0];
    if (nextSmallest) suppressed.add(nextSmallest.department);
  }
  return suppressed;
}
