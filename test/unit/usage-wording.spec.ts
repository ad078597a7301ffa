// What the usage report's figures are called and why a group is hidden (issue 7, item 12).
import { expect } from 'chai';
import { suppressionReasons, suppressionText, sumUsage, usageFacts, type EmployeeUsage } from '../../src/domain/usage.js';
import { GB } from '../support/readers.js';

const employee = (department: string, overrides: Partial<EmployeeUsage> = {}): EmployeeUsage => ({
  department,
  allowance: 4,
  booked: 0,
  completed: 0,
  cancelled: 0,
  lateCancelled: 0,
  rescheduled: 0,
  ...overrides,
});

describe('domain/usage: wording', () => {
  it('counts employees who booked apart from those enrolled, whatever became of their sessions', () => {
    const g = sumUsage('Ops', [
      employee('Ops'),
      employee('Ops', { cancelled: 1 }),
      employee('Ops', { booked: 2 }),
      employee('Ops', { lateCancelled: 1 }),
    ]);
    expect(g).to.include({ employees: 4, employeesWhoBooked: 3 });
  });

  it('shows early and late cancellations apart and summed, each labelled with its allowance effect', () => {
    const facts = usageFacts(
      {
        employees: 6,
        employeesWhoBooked: 2,
        booked: 1,
        completed: 0,
        cancelled: 2,
        lateCancelled: 3,
        rescheduled: 0,
        allowanceUtilisation: 0.25,
      },
      GB,
    );
    const byTitle = Object.fromEntries(facts.map((f) => [f.title, f.value]));
    expect(byTitle).to.deep.include({
      'Employees enrolled': '6',
      'Employees who booked': '2',
      'Early cancellations (credited back)': '2',
      'Late cancellations (counted as used)': '3',
      'Cancellations in total': '5',
      'Allowance used': '25%',
    });
  });

  it('a hidden row shows dashes, never a partial sum', () => {
    const facts = usageFacts(
      {
        employees: null,
        employeesWhoBooked: null,
        booked: null,
        completed: null,
        cancelled: null,
        lateCancelled: null,
        rescheduled: null,
        allowanceUtilisation: null,
      },
      GB,
    );
    expect(facts.every((f) => f.value === '–')).to.equal(true);
  });

  it('says why each group is hidden: small itself, or revealing a small one by subtraction', () => {
    const groups = [
      sumUsage('A', [employee('A')]),
      sumUsage(
        'B',
        Array.from({ length: 6 }, () => employee('B')),
      ),
      sumUsage(
        'C',
        Array.from({ length: 9 }, () => employee('C')),
      ),
    ];
    const reasons = suppressionReasons(groups, 5);
    expect([...reasons.entries()]).to.deep.equal([
      ['A', 'small_group'],
      ['B', 'reveals_small_group'],
    ]);
    expect(suppressionText('small_group', 5, GB)).to.include('fewer than 5 people');
    expect(suppressionText('reveals_small_group', 5, GB)).to.include('by subtraction');
  });
});
