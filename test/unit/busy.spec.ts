import { expect } from 'chai';
import { busyTicks } from '../../src/domain/busy.js';
import { overlaps, type Span } from '../../src/domain/slots.js';

const at = (hhmm: string) => new Date(`2030-03-31T${hhmm}:00Z`);
const span = (from: string, to: string): Span => ({ start: at(from), end: at(to) });
const iso = (d: Date[]) => d.map((t) => t.toISOString().slice(11, 16));

describe('domain/busy', () => {
  const cases: [string, Span, number, string[]][] = [
    ['a 15-minute span on the marks', span('15:00', '15:15'), 0, ['15:00', '15:05', '15:10']],
    ['a span off the marks covers the marks it touches', span('15:02', '15:13'), 0, ['15:00', '15:05', '15:10']],
    ['a buffer extends the end', span('15:00', '15:10'), 10, ['15:00', '15:05', '15:10', '15:15']],
    ['an end on a mark does not claim that mark', span('09:55', '10:00'), 0, ['09:55']],
  ];
  for (const [name, s, buffer, expected] of cases) {
    it(name, () => expect(iso(busyTicks(s, buffer))).to.deep.equal(expected));
  }

  it('back-to-back sessions share no tick; a buffer makes them collide', () => {
    const a = busyTicks(span('15:00', '15:50')).map(String);
    const b = busyTicks(span('15:50', '16:40')).map(String);
    expect(a.filter((t) => b.includes(t))).to.deep.equal([]);
    const withBuffer = busyTicks(span('15:00', '15:50'), 5).map(String);
    expect(withBuffer.filter((t) => b.includes(t))).to.have.length(1);
  });

  it('any two overlapping spans share at least one tick (every start and length on a 1-minute grid)', () => {
    const base = span('12:00', '12:50');
    const baseTicks = new Set(busyTicks(base).map((t) => t.getTime()));
    for (let offset = -120; offset <= 120; offset++) {
      for (const minutes of [1, 7, 15, 50, 90]) {
        const start = new Date(base.start.getTime() + offset * 60_000);
        const other = { start, end: new Date(start.getTime() + minutes * 60_000) };
        const shared = busyTicks(other).some((t) => baseTicks.has(t.getTime()));
        if (overlaps(base, other)) expect(shared, `${offset} ${minutes}`).to.equal(true);
      }
    }
  });

  it('ticks are UTC instants, so a span across a clock change keeps its real length', () => {
    // 2030-03-31 is the spring change in Europe: 00:30-01:30 UTC is one real hour.
    expect(busyTicks(span('00:30', '01:30'))).to.have.length(12);
  });
});
