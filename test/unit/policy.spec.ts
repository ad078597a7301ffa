// The reschedule window and late cancellation (docs/design.md §2 rules 1–2): "more than cutoff hours" is strict, so a
// session exactly at the cutoff is already inside the window. Windows are measured in real elapsed time, so a
// DST change inside the 24 hours does not stretch or shrink them.
import { expect } from 'chai';
import { cancellationKind, isInFuture, isOutsideCutoff, rescheduleDeadline, type CancellationKind } from '../../src/domain/policy.js';

const HOUR = 3_600_000;
const SECOND = 1_000;
const now = new Date('2026-05-12T10:00:00Z');
const at = (offsetMs: number, from: Date = now) => new Date(from.getTime() + offsetMs);

interface WindowCase {
  name: string;
  now: Date;
  start: Date;
  cutoffHours: number;
  reschedulable: boolean;
  kind: CancellationKind;
}

const windowCases: WindowCase[] = [
  { name: 'exactly 24 h ahead', now, start: at(24 * HOUR), cutoffHours: 24, reschedulable: false, kind: 'late' },
  { name: '24 h + 1 s ahead', now, start: at(24 * HOUR + SECOND), cutoffHours: 24, reschedulable: true, kind: 'early' },
  { name: '24 h + 1 ms ahead', now, start: at(24 * HOUR + 1), cutoffHours: 24, reschedulable: true, kind: 'early' },
  { name: '24 h − 1 s ahead', now, start: at(24 * HOUR - SECOND), cutoffHours: 24, reschedulable: false, kind: 'late' },
  { name: '24 h − 1 ms ahead', now, start: at(24 * HOUR - 1), cutoffHours: 24, reschedulable: false, kind: 'late' },
  { name: 'a week ahead', now, start: at(7 * 24 * HOUR), cutoffHours: 24, reschedulable: true, kind: 'early' },
  { name: 'one hour ahead', now, start: at(HOUR), cutoffHours: 24, reschedulable: false, kind: 'late' },
  { name: 'starting right now', now, start: now, cutoffHours: 24, reschedulable: false, kind: 'late' },
  { name: 'already started', now, start: at(-HOUR), cutoffHours: 24, reschedulable: false, kind: 'late' },
  // A non-default cutoff of 48 hours.
  { name: '48 h cutoff, exactly 48 h ahead', now, start: at(48 * HOUR), cutoffHours: 48, reschedulable: false, kind: 'late' },
  { name: '48 h cutoff, 48 h + 1 s ahead', now, start: at(48 * HOUR + SECOND), cutoffHours: 48, reschedulable: true, kind: 'early' },
  { name: '48 h cutoff, 48 h − 1 s ahead', now, start: at(48 * HOUR - SECOND), cutoffHours: 48, reschedulable: false, kind: 'late' },
  { name: '48 h cutoff, 30 h ahead (fine for 24 h)', now, start: at(30 * HOUR), cutoffHours: 48, reschedulable: false, kind: 'late' },
  // A fractional and a zero cutoff behave the same way.
  { name: '1.5 h cutoff, exactly 90 min ahead', now, start: at(1.5 * HOUR), cutoffHours: 1.5, reschedulable: false, kind: 'late' },
  { name: '1.5 h cutoff, 90 min + 1 s ahead', now, start: at(1.5 * HOUR + SECOND), cutoffHours: 1.5, reschedulable: true, kind: 'early' },
  { name: '0 h cutoff, 1 s ahead', now, start: at(SECOND), cutoffHours: 0, reschedulable: true, kind: 'early' },
  { name: '0 h cutoff, starting right now', now, start: now, cutoffHours: 0, reschedulable: false, kind: 'late' },
  // Across DST changes: the window is 24 real hours, not "same wall-clock time tomorrow".
  // Europe/London spring forward 2026-03-29 01:00 GMT -> 02:00 BST. Now: Sat 28 Mar 10:00 GMT (10:00Z).
  // Sun 29 Mar 10:00 BST is 09:00Z: only 23 real hours later, so inside the window.
  {
    name: 'London spring-forward: same wall-clock next day (23 real h) is inside',
    now: new Date('2026-03-28T10:00:00Z'),
    start: new Date('2026-03-29T09:00:00Z'),
    cutoffHours: 24,
    reschedulable: false,
    kind: 'late',
  },
  {
    name: 'London spring-forward: 11:00 BST next day is exactly 24 real h',
    now: new Date('2026-03-28T10:00:00Z'),
    start: new Date('2026-03-29T10:00:00Z'),
    cutoffHours: 24,
    reschedulable: false,
    kind: 'late',
  },
  {
    name: 'London spring-forward: 24 real h + 1 s is outside',
    now: new Date('2026-03-28T10:00:00Z'),
    start: new Date('2026-03-29T10:00:01Z'),
    cutoffHours: 24,
    reschedulable: true,
    kind: 'early',
  },
  // Europe/London fall back 2026-10-25 02:00 BST -> 01:00 GMT. Now: Sat 24 Oct 10:00 BST (09:00Z).
  // Sun 25 Oct 10:00 GMT is 10:00Z: 25 real hours later, so outside; 09:00 GMT (09:00Z) is exactly 24 h.
  {
    name: 'London fall-back: same wall-clock next day (25 real h) is outside',
    now: new Date('2026-10-24T09:00:00Z'),
    start: new Date('2026-10-25T10:00:00Z'),
    cutoffHours: 24,
    reschedulable: true,
    kind: 'early',
  },
  {
    name: 'London fall-back: 09:00 GMT next day is exactly 24 real h',
    now: new Date('2026-10-24T09:00:00Z'),
    start: new Date('2026-10-25T09:00:00Z'),
    cutoffHours: 24,
    reschedulable: false,
    kind: 'late',
  },
  // America/New_York spring forward 2026-03-08 02:00 EST -> 03:00 EDT. Now: Sat 7 Mar 10:00 EST (15:00Z).
  // Sun 8 Mar 10:00 EDT is 14:00Z: 23 real hours.
  {
    name: 'New York spring-forward: same wall-clock next day (23 real h) is inside',
    now: new Date('2026-03-07T15:00:00Z'),
    start: new Date('2026-03-08T14:00:00Z'),
    cutoffHours: 24,
    reschedulable: false,
    kind: 'late',
  },
  {
    name: 'New York spring-forward: 24 real h + 1 s is outside',
    now: new Date('2026-03-07T15:00:00Z'),
    start: new Date('2026-03-08T15:00:01Z'),
    cutoffHours: 24,
    reschedulable: true,
    kind: 'early',
  },
  // America/New_York fall back 2026-11-01 02:00 EDT -> 01:00 EST. Now: Sat 31 Oct 10:00 EDT (14:00Z).
  // Sun 1 Nov 10:00 EST is 15:00Z: 25 real hours; 09:00 EST (14:00Z) is exactly 24 h.
  {
    name: 'New York fall-back: same wall-clock next day (25 real h) is outside',
    now: new Date('2026-10-31T14:00:00Z'),
    start: new Date('2026-11-01T15:00:00Z'),
    cutoffHours: 24,
    reschedulable: true,
    kind: 'early',
  },
  {
    name: 'New York fall-back: 24 real h − 1 s is inside',
    now: new Date('2026-10-31T14:00:00Z'),
    start: new Date('2026-11-01T13:59:59Z'),
    cutoffHours: 24,
    reschedulable: false,
    kind: 'late',
  },
];

describe('domain/policy', () => {
  describe('isOutsideCutoff and cancellationKind', () => {
    for (const c of windowCases) {
      it(`${c.name}: ${c.reschedulable ? 'reschedulable, early cancel' : 'not reschedulable, late cancel'}`, () => {
        expect(isOutsideCutoff(c.start, c.now, c.cutoffHours)).to.equal(c.reschedulable);
        expect(cancellationKind(c.start, c.now, c.cutoffHours)).to.equal(c.kind);
      });
    }
  });

  describe('rescheduleDeadline', () => {
    const cases: { start: string; cutoffHours: number; deadline: string }[] = [
      { start: '2026-05-13T10:00:00Z', cutoffHours: 24, deadline: '2026-05-12T10:00:00.000Z' },
      { start: '2026-05-13T10:00:00Z', cutoffHours: 48, deadline: '2026-05-11T10:00:00.000Z' },
      { start: '2026-05-13T10:00:00Z', cutoffHours: 0, deadline: '2026-05-13T10:00:00.000Z' },
      // Across London's spring-forward the deadline is 24 real hours earlier (10:00 BST -> 09:00 GMT the day before).
      { start: '2026-03-29T09:00:00Z', cutoffHours: 24, deadline: '2026-03-28T09:00:00.000Z' },
      // Across a month edge.
      { start: '2026-03-01T06:00:00Z', cutoffHours: 24, deadline: '2026-02-28T06:00:00.000Z' },
    ];
    for (const c of cases) {
      it(`${c.start} with a ${c.cutoffHours} h cutoff -> ${c.deadline}`, () => {
        expect(rescheduleDeadline(new Date(c.start), c.cutoffHours).toISOString()).to.equal(c.deadline);
      });
    }

    it('agrees with isOutsideCutoff: at the deadline it is inside, one ms before it is outside', () => {
      const start = new Date('2026-05-13T10:00:00Z');
      for (const cutoffHours of [24, 48]) {
        const deadline = rescheduleDeadline(start, cutoffHours);
        expect(isOutsideCutoff(start, deadline, cutoffHours)).to.equal(false);
        expect(isOutsideCutoff(start, at(-1, deadline), cutoffHours)).to.equal(true);
      }
    });
  });

  describe('isInFuture', () => {
    const cases: { name: string; instant: Date; future: boolean }[] = [
      { name: 'one ms later', instant: at(1), future: true },
      { name: 'one hour later', instant: at(HOUR), future: true },
      { name: 'the same instant', instant: now, future: false },
      { name: 'one ms earlier', instant: at(-1), future: false },
    ];
    for (const c of cases) {
      it(`${c.name} -> ${c.future}`, () => {
        expect(isInFuture(c.instant, now)).to.equal(c.future);
      });
    }
  });
});
