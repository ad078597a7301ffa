// Usage aggregation for HR and small-group suppression (docs/design.md §7): groups under the minimum are hidden, and a
// lone hidden group takes the next smallest with it so it cannot be recovered as total minus the shown groups.
import { expect } from 'chai';
import { groupByDepartment, suppressedDepartments, sumUsage, type EmployeeUsage, type GroupUsage } from '../../src/domain/usage.js';

function employee(department: string, overrides: Partial<EmployeeUsage> = {}): EmployeeUsage {
  return { department, allowance: 4, booked: 0, completed: 0, cancelled: 0, lateCancelled: 0, rescheduled: 0, ...overrides };
}

/** A group with only its size set, for suppression cases. */
function group(department: string, employees: number): GroupUsage {
  return sumUsage(
    department,
    Array.from({ length: employees }, () => employee(department, { booked: 1 })),
  );
}

describe('domain/usage', () => {
  describe('sumUsage', () => {
    it('adds every field and counts booked and late-cancelled sessions as used units', () => {
      const rows = [
        employee('Finance', { allowance: 4, booked: 3, completed: 2, cancelled: 1, lateCancelled: 1, rescheduled: 2 }),
        employee('Finance', {
          allowance: 6,
          booked: 1,
          completed: 1,
          cancelled: 0,
          lateCancelled: 2,
          rescheduled: 0,
          noShows: 1,
          extraSessions: 2,
        }),
      ];
      expect(sumUsage('Finance', rows)).to.deep.equal({
        department: 'Finance',
        employees: 2,
        employeesWhoBooked: 2,
        booked: 4,
        completed: 3,
        cancelled: 1,
        lateCancelled: 3,
        rescheduled: 2,
        noShows: 1,
        extraSessions: 2,
        unitsUsed: 7,
        unitsAvailable: 10,
      });
    });

    it('early cancellations and reschedules do not use units', () => {
      const rows = [employee('Sales', { cancelled: 3, rescheduled: 2 })];
      expect(sumUsage('Sales', rows)).to.include({ unitsUsed: 0, unitsAvailable: 4, cancelled: 3, rescheduled: 2 });
    });

    it('no rows -> an all-zero group', () => {
      expect(sumUsage('Empty', [])).to.deep.equal({
        department: 'Empty',
        employees: 0,
        employeesWhoBooked: 0,
        booked: 0,
        completed: 0,
        cancelled: 0,
        lateCancelled: 0,
        rescheduled: 0,
        noShows: 0,
        extraSessions: 0,
        unitsUsed: 0,
        unitsAvailable: 0,
      });
    });
  });

  describe('groupByDepartment', () => {
    it("one group per department, sorted by name, with that department's sums", () => {
      const rows = [
        employee('Sales', { booked: 2 }),
        employee('Engineering', { booked: 1, lateCancelled: 1 }),
        employee('Sales', { booked: 1, allowance: 2 }),
        employee('Finance'),
      ];
      const groups = groupByDepartment(rows);
      expect(groups.map((g) => [g.department, g.employees, g.booked, g.unitsUsed, g.unitsAvailable])).to.deep.equal([
        ['Engineering', 1, 1, 2, 4],
        ['Finance', 1, 0, 0, 4],
        ['Sales', 2, 3, 3, 6],
      ]);
    });

    it('the groups add up to the whole organisation', () => {
      const rows = ['A', 'B', 'A', 'C', 'B', 'A'].map((d, i) => employee(d, { booked: i, lateCancelled: i % 2 }));
      const total = sumUsage('All departments', rows);
      const groups = groupByDepartment(rows);
      expect(groups.reduce((n, g) => n + g.employees, 0)).to.equal(total.employees);
      expect(groups.reduce((n, g) => n + g.unitsUsed, 0)).to.equal(total.unitsUsed);
    });

    it('no rows -> no groups', () => {
      expect(groupByDepartment([])).to.deep.equal([]);
    });
  });

  describe('suppressedDepartments (minimum group size 5 unless stated)', () => {
    const cases: { name: string; sizes: Record<string, number>; min?: number; suppressed: string[] }[] = [
      { name: 'all groups large: nothing suppressed', sizes: { A: 5, B: 10, C: 7 }, suppressed: [] },
      { name: 'exactly the minimum is not suppressed', sizes: { A: 5, B: 5 }, suppressed: [] },
      { name: 'one small group takes the next smallest with it', sizes: { A: 3, B: 10, C: 7 }, suppressed: ['A', 'C'] },
      { name: 'one group just under the minimum takes the next smallest', sizes: { A: 12, B: 4, C: 6, D: 9 }, suppressed: ['B', 'C'] },
      { name: 'one small group and one large group: both suppressed', sizes: { A: 2, B: 10 }, suppressed: ['A', 'B'] },
      { name: 'two small groups protect each other', sizes: { A: 3, B: 4, C: 10 }, suppressed: ['A', 'B'] },
      { name: 'three small groups', sizes: { A: 1, B: 2, C: 4, D: 20 }, suppressed: ['A', 'B', 'C'] },
      { name: 'all groups small', sizes: { A: 1, B: 2, C: 3 }, suppressed: ['A', 'B', 'C'] },
      { name: 'a single small group is suppressed on its own', sizes: { A: 2 }, suppressed: ['A'] },
      { name: 'a single large group is shown', sizes: { A: 8 }, suppressed: [] },
      { name: 'no groups', sizes: {}, suppressed: [] },
      { name: 'minimum 10', sizes: { A: 9, B: 10, C: 30 }, min: 10, suppressed: ['A', 'B'] },
      { name: 'minimum 1: nothing suppressed', sizes: { A: 1, B: 1 }, min: 1, suppressed: [] },
    ];
    for (const c of cases) {
      it(`${c.name}: ${JSON.stringify(c.sizes)} -> [${c.suppressed.join(', ')}]`, () => {
        const groups = Object.entries(c.sizes).map(([d, n]) => group(d, n));
        expect([...suppressedDepartments(groups, c.min ?? 5)].sort()).to.deep.equal(c.suppressed);
      });
    }

    it('on a tie for next smallest, exactly one of the tied groups is added', () => {
      const suppressed = suppressedDepartments([group('A', 3), group('B', 6), group('C', 6), group('D', 9)], 5);
      expect(suppressed.size).to.equal(2);
      expect(suppressed.has('A')).to.equal(true);
      expect(suppressed.has('D')).to.equal(false);
      expect(suppressed.has('B') !== suppressed.has('C')).to.equal(true);
    });

    it('no small group can ever be recovered as total minus the shown groups', () => {
      const layouts: number[][] = [[3, 10, 7], [4, 5], [1, 50, 50, 50], [2, 2, 9], [6, 7, 8, 4], [4], [5, 6, 3, 3, 20]];
      for (const sizes of layouts) {
        const groups = sizes.map((n, i) => group(`D${i}`, n));
        const suppressed = suppressedDepartments(groups, 5);
        for (const g of groups) {
          if (g.employees < 5) expect(suppressed.has(g.department), `${g.department} in ${sizes}`).to.equal(true);
        }
        // Hiding exactly one group out of several would let it be derived from the total.
        if (groups.length > 1) expect(suppressed.size, `layout ${sizes}`).to.not.equal(1);
      }
    });

    it('does not reorder or change the groups it is given', () => {
      const groups = [group('B', 9), group('A', 3), group('C', 6)];
      const before = structuredClone(groups);
      suppressedDepartments(groups, 5);
      expect(groups).to.deep.equal(before);
    });
  });
});
