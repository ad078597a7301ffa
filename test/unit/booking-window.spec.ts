// The booking notice and the booking horizon (issue 19, §3) to the minute: exactly the notice ahead is allowed and
// one minute less is refused, in real elapsed time whatever the zones (a DST change in between neither stretches nor
// shrinks it); the horizon ends with the last minute of next month in the organisation's zone, whichever offset that
// month ends on (Europe/London and America/New_York, spring and autumn).
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { bookingHorizon, isWithinNotice } from '../../src/domain/policy.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** May a slot starting at `start` be booked under the horizon seen at `now` in `zone`? */
const insideHorizon = (start: Date, now: Date, zone: string) => start < bookingHorizon(now, zone).until;
const local = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toJSDate();

describe('domain: booking notice to the minute', () => {
  const cases: { name: string; now: string; start: string; hours: number; tooSoon: boolean }[] = [
    { name: 'exactly 24 h ahead', now: '2030-01-07T09:00:00Z', start: '2030-01-08T09:00:00Z', hours: 24, tooSoon: false },
    { name: '24 h less one minute', now: '2030-01-07T09:01:00Z', start: '2030-01-08T09:00:00Z', hours: 24, tooSoon: true },
    {
      name: 'exactly 1 h ahead (the least a therapist may set)',
      now: '2030-01-07T09:00:00Z',
      start: '2030-01-07T10:00:00Z',
      hours: 1,
      tooSoon: false,
    },
    { name: '1 h less one minute', now: '2030-01-07T09:01:00Z', start: '2030-01-07T10:00:00Z', hours: 1, tooSoon: true },
    { name: 'exactly 72 h ahead', now: '2030-01-07T09:00:00Z', start: '2030-01-10T09:00:00Z', hours: 72, tooSoon: false },
    { name: '72 h less one minute', now: '2030-01-07T09:01:00Z', start: '2030-01-10T09:00:00Z', hours: 72, tooSoon: true },
    // Europe/London springs forward on Sun 28 Mar 2027 (01:00 GMT -> 02:00 BST): Sat 10:00 GMT to Sun 10:00 BST is 23 h.
    {
      name: 'London spring: same wall clock next day is 23 h, too soon',
      now: '2027-03-27T10:00:00Z',
      start: '2027-03-28T09:00:00Z',
      hours: 24,
      tooSoon: true,
    },
    {
      name: 'London spring: 11:00 BST next day is exactly 24 h',
      now: '2027-03-27T10:00:00Z',
      start: '2027-03-28T10:00:00Z',
      hours: 24,
      tooSoon: false,
    },
    // Europe/London falls back on Sun 31 Oct 2027: Sat 10:00 BST to Sun 10:00 GMT is 25 h; 09:00 GMT is exactly 24 h.
    {
      name: 'London autumn: 09:00 GMT next day is exactly 24 h',
      now: '2027-10-30T09:00:00Z',
      start: '2027-10-31T09:00:00Z',
      hours: 24,
      tooSoon: false,
    },
    {
      name: 'London autumn: 08:59 GMT next day is a minute short',
      now: '2027-10-30T09:00:00Z',
      start: '2027-10-31T08:59:00Z',
      hours: 24,
      tooSoon: true,
    },
    // America/New_York springs forward on Sun 14 Mar 2027 and falls back on Sun 7 Nov 2027.
    {
      name: 'New York spring: 10:00 EDT next day is 23 h, too soon',
      now: '2027-03-13T15:00:00Z',
      start: '2027-03-14T14:00:00Z',
      hours: 24,
      tooSoon: true,
    },
    {
      name: 'New York spring: 11:00 EDT next day is exactly 24 h',
      now: '2027-03-13T15:00:00Z',
      start: '2027-03-14T15:00:00Z',
      hours: 24,
      tooSoon: false,
    },
    {
      name: 'New York autumn: 09:00 EST next day is exactly 24 h',
      now: '2027-11-06T14:00:00Z',
      start: '2027-11-07T14:00:00Z',
      hours: 24,
      tooSoon: false,
    },
    {
      name: 'New York autumn: 08:59 EST next day is a minute short',
      now: '2027-11-06T14:00:00Z',
      start: '2027-11-07T13:59:00Z',
      hours: 24,
      tooSoon: true,
    },
  ];
  for (const c of cases)
    it(c.name, () => {
      expect(isWithinNotice(new Date(c.start), new Date(c.now), c.hours)).to.equal(c.tooSoon);
    });

  it('is the same instant whichever zone the therapist and the employee read it in', () => {
    // 12 h notice; the employee in New York, the therapist in Tokyo: both read one instant, so one answer.
    const now = local('2030-01-07T20:00', 'America/New_York');
    const start = local('2030-01-08T22:00', 'Asia/Tokyo'); // 08:00 New York: exactly 12 h later
    expect(start.getTime() - now.getTime()).to.equal(12 * HOUR);
    expect(isWithinNotice(start, now, 12)).to.equal(false);
    expect(isWithinNotice(new Date(start.getTime() - MINUTE), now, 12)).to.equal(true);
  });
});

describe('domain: booking horizon to the minute, in the organisation’s zone', () => {
  const cases: { name: string; zone: string; now: string; lastMinute: string; firstRefused: string; lastMonth: string }[] = [
    // Next month is March: it ends in summer time (BST / EDT), one hour earlier in UTC than it began.
    {
      name: 'London, spring',
      zone: 'Europe/London',
      now: '2027-02-10T12:00',
      lastMinute: '2027-03-31T23:59',
      firstRefused: '2027-04-01T00:00',
      lastMonth: '2027-03',
    },
    {
      name: 'New York, spring',
      zone: 'America/New_York',
      now: '2027-02-10T12:00',
      lastMinute: '2027-03-31T23:59',
      firstRefused: '2027-04-01T00:00',
      lastMonth: '2027-03',
    },
    // Next month is October (London) / November (New York): it ends in standard time again.
    {
      name: 'London, autumn',
      zone: 'Europe/London',
      now: '2027-09-15T12:00',
      lastMinute: '2027-10-31T23:59',
      firstRefused: '2027-11-01T00:00',
      lastMonth: '2027-10',
    },
    {
      name: 'New York, autumn',
      zone: 'America/New_York',
      now: '2027-10-15T12:00',
      lastMinute: '2027-11-30T23:59',
      firstRefused: '2027-12-01T00:00',
      lastMonth: '2027-11',
    },
    // Seen on the last evening of a month, when it is already the next month in UTC.
    {
      name: 'New York, on the last evening of a month',
      zone: 'America/New_York',
      now: '2027-01-31T22:00',
      lastMinute: '2027-02-28T23:59',
      firstRefused: '2027-03-01T00:00',
      lastMonth: '2027-02',
    },
  ];
  for (const c of cases)
    it(`${c.name}: the last minute of next month is allowed, the first minute after it refused`, () => {
      const now = local(c.now, c.zone);
      expect(bookingHorizon(now, c.zone).lastMonth).to.equal(c.lastMonth);
      expect(insideHorizon(local(c.lastMinute, c.zone), now, c.zone), c.lastMinute).to.equal(true);
      expect(insideHorizon(local(c.firstRefused, c.zone), now, c.zone), c.firstRefused).to.equal(false);
    });

  it('follows the organisation’s zone, not UTC: the same instant is inside in New York and past it in London', () => {
    // 1 April 2027 02:00 London is 31 March 21:00 New York: inside New York's March, past London's.
    const now = new Date('2027-02-10T12:00:00Z');
    const start = new Date('2027-04-01T01:00:00Z');
    expect(insideHorizon(start, now, 'America/New_York')).to.equal(true);
    expect(insideHorizon(start, now, 'Europe/London')).to.equal(false);
  });
});
