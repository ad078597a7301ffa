// Paging by week (issue 7, item 11): weeks run Monday to Sunday in the reader's zone, only weeks with items are
// pages, and a short list is shown whole.
import { expect } from 'chai';
import { firstChoosable, isWeekKey, pageByWeek, weekLabel, weekOf } from '../../src/domain/weeks.js';
import { GB } from '../support/readers.js';

const at = (iso: string) => ({ start: new Date(iso) });
// Mon 12 Jan 2026 .. Sun 18 Jan; Mon 19 Jan ..; a gap week; Mon 2 Feb.
const items = [at('2026-01-12T09:00:00Z'), at('2026-01-18T22:30:00Z'), at('2026-01-19T09:00:00Z'), at('2026-02-03T09:00:00Z')];

describe('domain/weeks', () => {
  it('a week starts on Monday in the reader zone', () => {
    expect(weekOf(new Date('2026-01-18T22:30:00Z'), 'Europe/London')).to.equal('2026-01-12');
    // 22:30 UTC on Sunday is already Monday in Tokyo.
    expect(weekOf(new Date('2026-01-18T22:30:00Z'), 'Asia/Tokyo')).to.equal('2026-01-19');
  });

  it('shows a short list whole', () => {
    expect(pageByWeek(items, 'UTC', 10)).to.deep.equal({ items, week: null, previous: null, next: null });
  });

  it('pages a long list by week, with only weeks that have items as neighbours', () => {
    const first = pageByWeek(items, 'UTC', 2);
    expect(first).to.deep.include({ week: '2026-01-12', previous: null, next: '2026-01-19' });
    expect(first.items).to.have.length(2);
    const second = pageByWeek(items, 'UTC', 2, '2026-01-19');
    expect(second).to.deep.include({ week: '2026-01-19', previous: '2026-01-12', next: '2026-02-02' });
    const last = pageByWeek(items, 'UTC', 2, '2026-02-02');
    expect(last).to.deep.include({ week: '2026-02-02', next: null });
  });

  it('a requested week without items shows the next week that has some, or the last', () => {
    expect(pageByWeek(items, 'UTC', 2, '2026-01-26').week).to.equal('2026-02-02');
    expect(pageByWeek(items, 'UTC', 2, '2027-01-04').week).to.equal('2026-02-02');
  });

  it('labels and validates week keys', () => {
    expect(weekLabel('2026-01-12', GB)).to.equal('Week of Monday 12 January');
    expect(isWeekKey('2026-01-12')).to.equal(true);
    expect(isWeekKey('2026-13-40')).to.equal(false);
    expect(isWeekKey('next')).to.equal(false);
  });

  it('a reschedule picker opens at the first open time outside the window, not on a week whose only time is inside it', () => {
    const now = new Date('2026-01-18T12:00:00Z'); // Sunday noon
    const soon = { start: new Date('2026-01-18T20:00:00Z') }; // this week, 8 h ahead: inside a 24 h window
    const next = { start: new Date('2026-01-20T09:00:00Z') }; // next week
    const held = { start: new Date('2026-01-19T15:00:00Z'), held: true };
    const passed = { start: new Date('2026-01-18T09:00:00Z') };
    expect(firstChoosable([next, held, soon, passed], now, 24)).to.equal(next);
    expect(weekOf((firstChoosable([soon, next], now, 24) as { start: Date }).start, 'UTC')).to.equal('2026-01-19');
    // Inside a 6 h window the soon one is movable: it is first.
    expect(firstChoosable([next, soon], now, 6)).to.equal(soon);
    // Only times inside the window: the first of them, rather than nothing.
    expect(firstChoosable([soon], now, 24)).to.equal(soon);
    expect(firstChoosable([], now, 24)).to.equal(undefined);
  });
});
