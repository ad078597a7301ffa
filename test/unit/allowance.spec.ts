// Monthly allowance arithmetic (docs/design.md §2 rule 5): per-employee override over the organisation default, a
// balance that never goes negative, unit numbers to claim, and whether a move needs a unit in another month.
import { expect } from 'chai';
import { balance, claimableUnits, monthlyAllowance, moveNeedsNewUnit, type AllowanceSettings } from '../../src/domain/allowance.js';
import { monthOf } from '../../src/domain/time.js';

describe('domain/allowance', () => {
  describe('monthlyAllowance: override wins over the organisation default', () => {
    const cases: { name: string; settings: AllowanceSettings; allowance: number }[] = [
      { name: 'no override', settings: { organisationDefault: 4 }, allowance: 4 },
      { name: 'override undefined', settings: { organisationDefault: 4, employeeOverride: undefined }, allowance: 4 },
      { name: 'override null (cleared)', settings: { organisationDefault: 4, employeeOverride: null }, allowance: 4 },
      { name: 'higher override', settings: { organisationDefault: 4, employeeOverride: 6 }, allowance: 6 },
      { name: 'lower override', settings: { organisationDefault: 4, employeeOverride: 2 }, allowance: 2 },
      { name: 'override of 0 is a real override, not "unset"', settings: { organisationDefault: 4, employeeOverride: 0 }, allowance: 0 },
      { name: 'default of 0 with an override', settings: { organisationDefault: 0, employeeOverride: 3 }, allowance: 3 },
    ];
    for (const c of cases) {
      it(`${c.name} -> ${c.allowance}`, () => {
        expect(monthlyAllowance(c.settings)).to.equal(c.allowance);
      });
    }
  });

  describe('balance: left never goes negative', () => {
    const cases: { allowance: number; used: number; left: number }[] = [
      { allowance: 4, used: 0, left: 4 },
      { allowance: 4, used: 1, left: 3 },
      { allowance: 4, used: 3, left: 1 },
      { allowance: 4, used: 4, left: 0 },
      // The allowance was lowered after sessions were booked.
      { allowance: 4, used: 6, left: 0 },
      { allowance: 0, used: 2, left: 0 },
      { allowance: 0, used: 0, left: 0 },
    ];
    for (const c of cases) {
      it(`allowance ${c.allowance}, used ${c.used} -> left ${c.left}`, () => {
        expect(balance('2026-03', c.allowance, c.used)).to.deep.equal({
          month: '2026-03',
          allowance: c.allowance,
          used: c.used,
          left: c.left,
        });
      });
    }
  });

  describe('claimableUnits: 0..allowance-1, each once', () => {
    const cases: { allowance: number; units: number[] }[] = [
      { allowance: 4, units: [0, 1, 2, 3] },
      { allowance: 1, units: [0] },
      { allowance: 0, units: [] },
      { allowance: -1, units: [] },
    ];
    for (const c of cases) {
      it(`allowance ${c.allowance} -> ${JSON.stringify(c.units)}`, () => {
        const units = claimableUnits(c.allowance);
        expect(units).to.deep.equal(c.units);
        expect(new Set(units).size).to.equal(units.length);
      });
    }
  });

  describe('moveNeedsNewUnit', () => {
    const cases: { from: string; to: string; needs: boolean }[] = [
      { from: '2026-03', to: '2026-03', needs: false },
      { from: '2026-03', to: '2026-04', needs: true },
      { from: '2026-04', to: '2026-03', needs: true },
      { from: '2026-12', to: '2027-01', needs: true },
      { from: '2026-03', to: '2027-03', needs: true },
    ];
    for (const c of cases) {
      it(`${c.from} -> ${c.to}: ${c.needs ? 'needs a unit in the target month' : 'keeps its unit'}`, () => {
        expect(moveNeedsNewUnit(c.from, c.to)).to.equal(c.needs);
      });
    }

    // The months compared are the organisation zone's: the same two instants are one month in UTC and two in Auckland.
    const zoneCases: { zone: string; needs: boolean }[] = [
      { zone: 'UTC', needs: false },
      { zone: 'Europe/London', needs: false },
      { zone: 'Pacific/Auckland', needs: true },
    ];
    for (const c of zoneCases) {
      it(`a move from 2026-01-31T10:00Z to 2026-01-31T12:00Z in ${c.zone} -> ${c.needs}`, () => {
        const from = monthOf(new Date('2026-01-31T10:00:00Z'), c.zone);
        const to = monthOf(new Date('2026-01-31T12:00:00Z'), c.zone);
        expect(moveNeedsNewUnit(from, to)).to.equal(c.needs);
      });
    }
  });
});
