// Slot arithmetic: half-open overlaps, durations, weekly repetition that keeps the therapist's wall-clock time
// across DST changes, and grouping by the reader's local day.
import { expect } from 'chai';
import {
  durationMinutes,
  firstOverlap,
  groupByLocalDay,
  MAX_SLOT_MINUTES,
  MAX_WEEKLY_REPEATS,
  MIN_SLOT_MINUTES,
  overlaps,
  spanOf,
  weeklyStarts,
  type Span,
} from '../../src/domain/slots.js';
import { localParts } from '../../src/domain/time.js';

const span = (start: string, end: string): Span => ({ start: new Date(start), end: new Date(end) });
const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('domain/slots', () => {
  it('limits: 15 minutes to 4 hours, up to 26 weekly repeats', () => {
    expect([MIN_SLOT_MINUTES, MAX_SLOT_MINUTES, MAX_WEEKLY_REPEATS]).to.deep.equal([15, 240, 26]);
  });

  describe('overlaps (half-open: touching spans do not overlap)', () => {
    const base = span('2026-05-12T10:00:00Z', '2026-05-12T11:00:00Z');
    const cases: { name: string; other: Span; overlap: boolean }[] = [
      { name: 'identical', other: span('2026-05-12T10:00:00Z', '2026-05-12T11:00:00Z'), overlap: true },
      { name: 'starts inside', other: span('2026-05-12T10:30:00Z', '2026-05-12T11:30:00Z'), overlap: true },
      { name: 'ends inside', other: span('2026-05-12T09:30:00Z', '2026-05-12T10:30:00Z'), overlap: true },
      { name: 'contained', other: span('2026-05-12T10:15:00Z', '2026-05-12T10:45:00Z'), overlap: true },
      { name: 'contains', other: span('2026-05-12T09:00:00Z', '2026-05-12T12:00:00Z'), overlap: true },
      { name: 'one minute of overlap at the end', other: span('2026-05-12T10:59:00Z', '2026-05-12T12:00:00Z'), overlap: true },
      { name: 'one ms of overlap at the start', other: span('2026-05-12T09:00:00Z', '2026-05-12T10:00:00.001Z'), overlap: true },
      { name: 'touches at the end', other: span('2026-05-12T11:00:00Z', '2026-05-12T12:00:00Z'), overlap: false },
      { name: 'touches at the start', other: span('2026-05-12T09:00:00Z', '2026-05-12T10:00:00Z'), overlap: false },
      { name: 'entirely before', other: span('2026-05-12T07:00:00Z', '2026-05-12T08:00:00Z'), overlap: false },
      { name: 'entirely after', other: span('2026-05-13T10:00:00Z', '2026-05-13T11:00:00Z'), overlap: false },
    ];
    for (const c of cases) {
      it(`${c.name} -> ${c.overlap}, in both orders`, () => {
        expect(overlaps(base, c.other)).to.equal(c.overlap);
        expect(overlaps(c.other, base)).to.equal(c.overlap);
      });
    }
  });

  describe('spanOf and durationMinutes', () => {
    const cases: { start: string; minutes: number; end: string }[] = [
      { start: '2026-05-12T10:00:00Z', minutes: 50, end: '2026-05-12T10:50:00.000Z' },
      { start: '2026-05-12T10:00:00Z', minutes: 15, end: '2026-05-12T10:15:00.000Z' },
      { start: '2026-05-12T22:30:00Z', minutes: 240, end: '2026-05-13T02:30:00.000Z' },
      // Real minutes: a 60-minute slot from 00:30 GMT on London's spring-forward night ends at 02:30 BST.
      { start: '2026-03-29T00:30:00Z', minutes: 60, end: '2026-03-29T01:30:00.000Z' },
    ];
    for (const c of cases) {
      it(`${c.start} + ${c.minutes} min -> ${c.end}`, () => {
        const s = spanOf(new Date(c.start), c.minutes);
        expect(s.start.toISOString()).to.equal(new Date(c.start).toISOString());
        expect(s.end.toISOString()).to.equal(c.end);
        expect(durationMinutes(s)).to.equal(c.minutes);
      });
    }

    it('durationMinutes rounds to the nearest minute', () => {
      expect(durationMinutes(span('2026-05-12T10:00:00Z', '2026-05-12T10:50:29Z'))).to.equal(50);
      expect(durationMinutes(span('2026-05-12T10:00:00Z', '2026-05-12T10:50:30Z'))).to.equal(51);
    });
  });

  describe("weeklyStarts keeps the wall-clock time in the therapist's zone", () => {
    const cases: { name: string; first: string; weeks: number; zone: string; starts: string[]; localTime: string }[] = [
      {
        name: 'London, Mondays 09:00 across spring-forward (GMT -> BST)',
        first: '2026-03-23T09:00:00Z',
        weeks: 3,
        zone: 'Europe/London',
        starts: ['2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z'],
        localTime: '09:00',
      },
      {
        name: 'London, Mondays 09:00 across fall-back (BST -> GMT)',
        first: '2026-10-19T08:00:00Z',
        weeks: 3,
        zone: 'Europe/London',
        starts: ['2026-10-19T08:00:00.000Z', '2026-10-26T09:00:00.000Z', '2026-11-02T09:00:00.000Z'],
        localTime: '09:00',
      },
      {
        name: 'New York, Thursdays 09:00 across spring-forward (EST -> EDT)',
        first: '2026-03-05T14:00:00Z',
        weeks: 3,
        zone: 'America/New_York',
        starts: ['2026-03-05T14:00:00.000Z', '2026-03-12T13:00:00.000Z', '2026-03-19T13:00:00.000Z'],
        localTime: '09:00',
      },
      {
        name: 'New York, Thursdays 09:00 across fall-back (EDT -> EST)',
        first: '2026-10-29T13:00:00Z',
        weeks: 2,
        zone: 'America/New_York',
        starts: ['2026-10-29T13:00:00.000Z', '2026-11-05T14:00:00.000Z'],
        localTime: '09:00',
      },
      {
        name: 'Auckland, Wednesdays 10:00 across the end of NZ daylight time',
        first: '2026-03-31T21:00:00Z',
        weeks: 2,
        zone: 'Pacific/Auckland',
        starts: ['2026-03-31T21:00:00.000Z', '2026-04-07T22:00:00.000Z'],
        localTime: '10:00',
      },
      {
        name: 'the same first instant in UTC repeats every 168 real hours',
        first: '2026-03-23T09:00:00Z',
        weeks: 3,
        zone: 'UTC',
        starts: ['2026-03-23T09:00:00.000Z', '2026-03-30T09:00:00.000Z', '2026-04-06T09:00:00.000Z'],
        localTime: '09:00',
      },
      {
        name: 'one week is just the first start',
        first: '2026-03-23T09:00:00Z',
        weeks: 1,
        zone: 'Europe/London',
        starts: ['2026-03-23T09:00:00.000Z'],
        localTime: '09:00',
      },
    ];
    for (const c of cases) {
      it(c.name, () => {
        const starts = weeklyStarts(new Date(c.first), c.weeks, c.zone);
        expect(iso(starts)).to.deep.equal(c.starts);
        for (const s of starts) expect(localParts(s, c.zone).time).to.equal(c.localTime);
      });
    }

    it('zero weeks -> no starts', () => {
      expect(weeklyStarts(new Date('2026-03-23T09:00:00Z'), 0, 'Europe/London')).to.deep.equal([]);
    });

    it('the longest repetition (26 weeks) in London and New York stays on the same weekday and wall-clock time', () => {
      for (const zone of ['Europe/London', 'America/New_York']) {
        const starts = weeklyStarts(new Date('2026-02-02T14:30:00Z'), MAX_WEEKLY_REPEATS, zone);
        expect(starts).to.have.length(26);
        const first = localParts(starts[0] ?? new Date(0), zone);
        const weekdays = new Set(starts.map((s) => new Intl.DateTimeFormat('en-GB', { weekday: 'long', timeZone: zone }).format(s)));
        expect(weekdays.size, zone).to.equal(1);
        for (const s of starts) expect(localParts(s, zone).time, `${s.toISOString()} in ${zone}`).to.equal(first.time);
        // February to July crosses the spring-forward change once: exactly one week is 167 real hours long.
        const gapsHours = starts.slice(1).map((s, i) => (s.getTime() - (starts[i]?.getTime() ?? 0)) / 3_600_000);
        expect(
          gapsHours.filter((h) => h === 167),
          zone,
        ).to.have.length(1);
        expect(
          gapsHours.filter((h) => h === 168),
          zone,
        ).to.have.length(24);
      }
    });
  });

  describe('firstOverlap', () => {
    const a = span('2026-05-12T09:00:00Z', '2026-05-12T10:00:00Z');
    const b = span('2026-05-12T10:00:00Z', '2026-05-12T11:00:00Z');
    const c = span('2026-05-12T10:30:00Z', '2026-05-12T11:30:00Z');
    const long = span('2026-05-12T08:00:00Z', '2026-05-12T12:00:00Z');
    const later = span('2026-05-13T09:00:00Z', '2026-05-13T10:00:00Z');
    const cases: { name: string; spans: Span[]; pair: [number, number] | null }[] = [
      { name: 'empty list', spans: [], pair: null },
      { name: 'one span', spans: [a], pair: null },
      { name: 'back-to-back spans', spans: [a, b], pair: null },
      { name: 'separate days', spans: [a, later], pair: null },
      { name: 'an overlapping pair in order', spans: [b, c], pair: [0, 1] },
      { name: 'an overlapping pair out of order reports input indices', spans: [c, later, b], pair: [2, 0] },
      { name: 'a long span covering a non-adjacent one', spans: [later, a, long], pair: [2, 1] },
      { name: 'duplicate spans', spans: [a, later, a], pair: [0, 2] },
    ];
    for (const t of cases) {
      it(`${t.name} -> ${JSON.stringify(t.pair)}`, () => {
        const pair = firstOverlap(t.spans);
        expect(pair).to.deep.equal(t.pair);
        if (pair) expect(overlaps(t.spans[pair[0]] as Span, t.spans[pair[1]] as Span)).to.equal(true);
      });
    }
  });

  describe("groupByLocalDay groups by the reader's day", () => {
    interface Slot extends Span {
      id: string;
    }
    const slot = (id: string, start: string): Slot => ({ id, ...spanOf(new Date(start), 50) });
    // Out of order on purpose.
    const slots: Slot[] = [
      slot('c', '2026-01-31T20:00:00Z'),
      slot('a', '2026-01-31T09:00:00Z'),
      slot('b', '2026-01-31T11:30:00Z'),
      slot('d', '2026-02-01T02:00:00Z'),
    ];
    const cases: { zone: string; groups: { day: string; ids: string[] }[] }[] = [
      {
        zone: 'UTC',
        groups: [
          { day: '2026-01-31', ids: ['a', 'b', 'c'] },
          { day: '2026-02-01', ids: ['d'] },
        ],
      },
      {
        // 09:00Z is 22:00 on 31 Jan in Auckland; 11:30Z is already 00:30 on 1 Feb.
        zone: 'Pacific/Auckland',
        groups: [
          { day: '2026-01-31', ids: ['a'] },
          { day: '2026-02-01', ids: ['b', 'c', 'd'] },
        ],
      },
      {
        // 02:00Z on 1 Feb is 16:00 on 31 Jan in Honolulu; 09:00Z is 23:00 on 30 Jan.
        zone: 'Pacific/Honolulu',
        groups: [
          { day: '2026-01-30', ids: ['a'] },
          { day: '2026-01-31', ids: ['b', 'c', 'd'] },
        ],
      },
    ];
    for (const c of cases) {
      it(`in ${c.zone}: ${c.groups.map((g) => `${g.day}=[${g.ids.join(',')}]`).join(' ')}`, () => {
        const groups = groupByLocalDay(slots, c.zone).map((g) => ({ day: g.day, ids: g.items.map((s) => s.id) }));
        expect(groups).to.deep.equal(c.groups);
      });
    }

    it('leaves the input order alone and returns nothing for no slots', () => {
      groupByLocalDay(slots, 'UTC');
      expect(slots.map((s) => s.id)).to.deep.equal(['c', 'a', 'b', 'd']);
      expect(groupByLocalDay([], 'UTC')).to.deep.equal([]);
    });
  });
});
