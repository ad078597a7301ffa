// Time rules: what a person types in their zone becomes a UTC instant (refusing wall-clock times a DST change
// skips), the allowance month is the month in the organisation's zone, and readers see times in their own zone.
import { expect } from 'chai';
import {
  addMonths,
  isMonthKey,
  isValidZone,
  localDateTimeToInstant,
  localDay,
  localParts,
  monthOf,
  type LocalTimeParse,
} from '../../src/domain/time.js';
import { formatDay, formatInstant, formatSpan } from '../../src/i18n/dates.js';
import { british } from '../support/readers.js';

const LONDON = 'Europe/London';
const NEW_YORK = 'America/New_York';
const AUCKLAND = 'Pacific/Auckland';
const HONOLULU = 'Pacific/Honolulu';

function instantOf(parse: LocalTimeParse): string {
  if (!parse.ok) throw new Error(`expected an instant, got ${parse.error}`);
  return parse.instant.toISOString();
}

describe('domain/time', () => {
  describe('localDateTimeToInstant: ordinary times', () => {
    const cases: { date: string; time: string; zone: string; utc: string }[] = [
      { date: '2026-01-15', time: '14:00', zone: LONDON, utc: '2026-01-15T14:00:00.000Z' },
      { date: '2026-07-15', time: '14:00', zone: LONDON, utc: '2026-07-15T13:00:00.000Z' },
      { date: '2026-01-15', time: '09:00', zone: NEW_YORK, utc: '2026-01-15T14:00:00.000Z' },
      { date: '2026-07-15', time: '09:00', zone: NEW_YORK, utc: '2026-07-15T13:00:00.000Z' },
      { date: '2026-01-15', time: '00:00', zone: 'UTC', utc: '2026-01-15T00:00:00.000Z' },
      { date: '2026-01-15', time: '23:59', zone: 'UTC', utc: '2026-01-15T23:59:00.000Z' },
      // Far from UTC, the UTC date differs from the local date.
      { date: '2026-02-01', time: '00:30', zone: AUCKLAND, utc: '2026-01-31T11:30:00.000Z' },
      { date: '2026-02-28', time: '23:00', zone: HONOLULU, utc: '2026-03-01T09:00:00.000Z' },
      { date: '2028-02-29', time: '10:00', zone: LONDON, utc: '2028-02-29T10:00:00.000Z' },
    ];
    for (const c of cases) {
      it(`${c.date} ${c.time} ${c.zone} -> ${c.utc}`, () => {
        expect(instantOf(localDateTimeToInstant(c.date, c.time, c.zone))).to.equal(c.utc);
      });
    }
  });

  describe('localDateTimeToInstant: spring-forward gaps are refused, the edges around them are not', () => {
    const cases: { date: string; time: string; zone: string; expected: string }[] = [
      // Europe/London: 2026-03-29 01:00 GMT jumps to 02:00 BST.
      { date: '2026-03-29', time: '00:59', zone: LONDON, expected: '2026-03-29T00:59:00.000Z' },
      { date: '2026-03-29', time: '01:00', zone: LONDON, expected: 'nonexistent_local_time' },
      { date: '2026-03-29', time: '01:30', zone: LONDON, expected: 'nonexistent_local_time' },
      { date: '2026-03-29', time: '01:59', zone: LONDON, expected: 'nonexistent_local_time' },
      { date: '2026-03-29', time: '02:00', zone: LONDON, expected: '2026-03-29T01:00:00.000Z' },
      // The same wall-clock time a day earlier and a week later exists.
      { date: '2026-03-28', time: '01:30', zone: LONDON, expected: '2026-03-28T01:30:00.000Z' },
      { date: '2026-04-05', time: '01:30', zone: LONDON, expected: '2026-04-05T00:30:00.000Z' },
      // America/New_York: 2026-03-08 02:00 EST jumps to 03:00 EDT.
      { date: '2026-03-08', time: '01:59', zone: NEW_YORK, expected: '2026-03-08T06:59:00.000Z' },
      { date: '2026-03-08', time: '02:00', zone: NEW_YORK, expected: 'nonexistent_local_time' },
      { date: '2026-03-08', time: '02:30', zone: NEW_YORK, expected: 'nonexistent_local_time' },
      { date: '2026-03-08', time: '02:59', zone: NEW_YORK, expected: 'nonexistent_local_time' },
      { date: '2026-03-08', time: '03:00', zone: NEW_YORK, expected: '2026-03-08T07:00:00.000Z' },
      // Southern hemisphere: Pacific/Auckland springs forward 2026-09-27 02:00 NZST -> 03:00 NZDT.
      { date: '2026-09-27', time: '02:30', zone: AUCKLAND, expected: 'nonexistent_local_time' },
      { date: '2026-09-27', time: '03:00', zone: AUCKLAND, expected: '2026-09-26T14:00:00.000Z' },
    ];
    for (const c of cases) {
      it(`${c.date} ${c.time} ${c.zone} -> ${c.expected}`, () => {
        const parse = localDateTimeToInstant(c.date, c.time, c.zone);
        expect(parse.ok ? parse.instant.toISOString() : parse.error).to.equal(c.expected);
      });
    }
  });

  describe('localDateTimeToInstant: fall-back ambiguous times resolve deterministically', () => {
    // The wall-clock hour repeats; both readings are real instants. The parse picks the second one (standard
    // time), every time, and that instant shows the same wall-clock time back in the zone.
    const cases: { date: string; time: string; zone: string; first: string; second: string }[] = [
      // Europe/London: 2026-10-25 02:00 BST falls back to 01:00 GMT.
      { date: '2026-10-25', time: '01:30', zone: LONDON, first: '2026-10-25T00:30:00.000Z', second: '2026-10-25T01:30:00.000Z' },
      { date: '2026-10-25', time: '01:00', zone: LONDON, first: '2026-10-25T00:00:00.000Z', second: '2026-10-25T01:00:00.000Z' },
      // America/New_York: 2026-11-01 02:00 EDT falls back to 01:00 EST.
      { date: '2026-11-01', time: '01:30', zone: NEW_YORK, first: '2026-11-01T05:30:00.000Z', second: '2026-11-01T06:30:00.000Z' },
      { date: '2026-11-01', time: '01:59', zone: NEW_YORK, first: '2026-11-01T05:59:00.000Z', second: '2026-11-01T06:59:00.000Z' },
    ];
    for (const c of cases) {
      it(`${c.date} ${c.time} ${c.zone} -> ${c.second}, on every call`, () => {
        const results = Array.from({ length: 3 }, () => instantOf(localDateTimeToInstant(c.date, c.time, c.zone)));
        expect(results).to.deep.equal([c.second, c.second, c.second]);
        expect(results[0]).to.be.oneOf([c.first, c.second]);
        expect(localParts(new Date(c.second), c.zone)).to.deep.equal({ date: c.date, time: c.time });
        expect(localParts(new Date(c.first), c.zone)).to.deep.equal({ date: c.date, time: c.time });
      });
    }

    it('times just outside the repeated hour are unambiguous', () => {
      expect(instantOf(localDateTimeToInstant('2026-10-25', '00:59', LONDON))).to.equal('2026-10-24T23:59:00.000Z');
      expect(instantOf(localDateTimeToInstant('2026-10-25', '02:00', LONDON))).to.equal('2026-10-25T02:00:00.000Z');
      expect(instantOf(localDateTimeToInstant('2026-11-01', '00:59', NEW_YORK))).to.equal('2026-11-01T04:59:00.000Z');
      expect(instantOf(localDateTimeToInstant('2026-11-01', '02:00', NEW_YORK))).to.equal('2026-11-01T07:00:00.000Z');
    });
  });

  describe('localDateTimeToInstant: malformed input', () => {
    const cases: { name: string; date: string; time: string; zone: string }[] = [
      { name: 'day 30 of February', date: '2026-02-30', time: '10:00', zone: LONDON },
      { name: 'month 13', date: '2026-13-01', time: '10:00', zone: LONDON },
      { name: 'month 00', date: '2026-00-10', time: '10:00', zone: LONDON },
      { name: '29 February in a common year', date: '2027-02-29', time: '10:00', zone: LONDON },
      { name: 'unpadded date', date: '2026-1-5', time: '10:00', zone: LONDON },
      { name: 'date in another format', date: '15/01/2026', time: '10:00', zone: LONDON },
      { name: 'empty date', date: '', time: '10:00', zone: LONDON },
      { name: 'unpadded time', date: '2026-01-15', time: '9:00', zone: LONDON },
      { name: 'time with seconds', date: '2026-01-15', time: '10:00:00', zone: LONDON },
      { name: 'hour 25', date: '2026-01-15', time: '25:00', zone: LONDON },
      { name: 'minute 60', date: '2026-01-15', time: '10:60', zone: LONDON },
      { name: 'hour 24 (not a picker time, and not a DST gap)', date: '2026-01-15', time: '24:00', zone: LONDON },
      { name: 'empty time', date: '2026-01-15', time: '', zone: LONDON },
      { name: 'unknown zone', date: '2026-01-15', time: '10:00', zone: 'Mars/Olympus_Mons' },
      { name: 'empty zone', date: '2026-01-15', time: '10:00', zone: '' },
    ];
    for (const c of cases) {
      it(`${c.name}: ${JSON.stringify([c.date, c.time, c.zone])} -> malformed_time`, () => {
        expect(localDateTimeToInstant(c.date, c.time, c.zone)).to.deep.equal({ ok: false, error: 'malformed_time' });
      });
    }
  });

  describe("monthOf: the month is the organisation zone's, not UTC's", () => {
    const cases: { instant: string; zone: string; month: string }[] = [
      // 2026-01-31T12:00Z is 1 Feb 01:00 NZDT in Auckland, but still January in UTC and London.
      { instant: '2026-01-31T12:00:00Z', zone: AUCKLAND, month: '2026-02' },
      { instant: '2026-01-31T12:00:00Z', zone: 'UTC', month: '2026-01' },
      { instant: '2026-01-31T12:00:00Z', zone: LONDON, month: '2026-01' },
      { instant: '2026-01-31T10:59:59Z', zone: AUCKLAND, month: '2026-01' },
      { instant: '2026-01-31T11:00:00Z', zone: AUCKLAND, month: '2026-02' },
      // 2026-03-01T05:00Z is 28 Feb 19:00 HST in Honolulu, already March in UTC.
      { instant: '2026-03-01T05:00:00Z', zone: HONOLULU, month: '2026-02' },
      { instant: '2026-03-01T05:00:00Z', zone: 'UTC', month: '2026-03' },
      { instant: '2026-03-01T09:59:59Z', zone: HONOLULU, month: '2026-02' },
      { instant: '2026-03-01T10:00:00Z', zone: HONOLULU, month: '2026-03' },
      // Year edges.
      { instant: '2025-12-31T11:00:00Z', zone: AUCKLAND, month: '2026-01' },
      { instant: '2025-12-31T10:59:59Z', zone: AUCKLAND, month: '2025-12' },
      { instant: '2026-01-01T09:00:00Z', zone: HONOLULU, month: '2025-12' },
      // Auckland after its DST ends (5 Apr 2026) is UTC+12: the month edge moves by an hour.
      { instant: '2026-04-30T11:59:59Z', zone: AUCKLAND, month: '2026-04' },
      { instant: '2026-04-30T12:00:00Z', zone: AUCKLAND, month: '2026-05' },
      // London in summer time and New York in daylight time.
      { instant: '2026-05-31T23:30:00Z', zone: LONDON, month: '2026-06' },
      { instant: '2026-04-01T03:00:00Z', zone: NEW_YORK, month: '2026-03' },
      { instant: '2026-04-01T04:00:00Z', zone: NEW_YORK, month: '2026-04' },
    ];
    for (const c of cases) {
      it(`${c.instant} in ${c.zone} -> ${c.month}`, () => {
        expect(monthOf(new Date(c.instant), c.zone)).to.equal(c.month);
      });
    }
  });

  describe('isMonthKey', () => {
    const cases: [string, boolean][] = [
      ['2026-01', true],
      ['2026-12', true],
      ['2026-00', false],
      ['2026-13', false],
      ['2026-1', false],
      ['26-01', false],
      ['2026-01-01', false],
      ['2026/01', false],
      ['', false],
    ];
    for (const [value, valid] of cases) {
      it(`${JSON.stringify(value)} -> ${valid}`, () => {
        expect(isMonthKey(value)).to.equal(valid);
      });
    }
  });

  describe('addMonths', () => {
    const cases: [string, number, string][] = [
      ['2026-01', 1, '2026-02'],
      ['2026-12', 1, '2027-01'],
      ['2026-01', -1, '2025-12'],
      ['2026-03', -14, '2025-01'],
      ['2026-01', 0, '2026-01'],
      ['2026-01', 12, '2027-01'],
    ];
    for (const [month, count, expected] of cases) {
      it(`${month} + ${count} -> ${expected}`, () => {
        expect(addMonths(month, count)).to.equal(expected);
      });
    }
  });

  describe('isValidZone', () => {
    const cases: [string, boolean][] = [
      [LONDON, true],
      [NEW_YORK, true],
      [AUCKLAND, true],
      ['UTC', true],
      ['Mars/Olympus_Mons', false],
      ['', false],
    ];
    for (const [zone, valid] of cases) {
      it(`${JSON.stringify(zone)} -> ${valid}`, () => {
        expect(isValidZone(zone)).to.equal(valid);
      });
    }
  });

  describe("formatting in the reader's zone", () => {
    const winter = new Date('2026-01-15T14:00:00Z');
    const winterEnd = new Date('2026-01-15T14:50:00Z');
    const summer = new Date('2026-07-15T14:00:00Z');

    const instantCases: { instant: Date; zone: string; text: string }[] = [
      { instant: winter, zone: LONDON, text: 'Thu 15 Jan 2026, 14:00 GMT' },
      { instant: winter, zone: NEW_YORK, text: 'Thu 15 Jan 2026, 09:00 EST' },
      { instant: winter, zone: 'UTC', text: 'Thu 15 Jan 2026, 14:00 UTC' },
      { instant: summer, zone: LONDON, text: 'Wed 15 Jul 2026, 15:00 GMT+1' },
      { instant: summer, zone: NEW_YORK, text: 'Wed 15 Jul 2026, 10:00 EDT' },
      // Auckland is already the next day.
      { instant: winter, zone: AUCKLAND, text: 'Fri 16 Jan 2026, 03:00 GMT+13' },
      { instant: winter, zone: HONOLULU, text: 'Thu 15 Jan 2026, 04:00 HST' },
    ];
    for (const c of instantCases) {
      it(`formatInstant ${c.instant.toISOString()} in ${c.zone} -> ${c.text}`, () => {
        expect(formatInstant(c.instant, british(c.zone))).to.equal(c.text);
      });
    }

    const spanCases: { zone: string; text: string }[] = [
      { zone: LONDON, text: 'Thu 15 Jan 2026, 14:00–14:50 GMT' },
      { zone: NEW_YORK, text: 'Thu 15 Jan 2026, 09:00–09:50 EST' },
      { zone: AUCKLAND, text: 'Fri 16 Jan 2026, 03:00–03:50 GMT+13' },
    ];
    for (const c of spanCases) {
      it(`formatSpan in ${c.zone} -> ${c.text}`, () => {
        expect(formatSpan(winter, winterEnd, british(c.zone))).to.equal(c.text);
      });
    }

    const partCases: { instant: string; zone: string; date: string; time: string }[] = [
      { instant: '2026-01-15T14:00:00Z', zone: LONDON, date: '2026-01-15', time: '14:00' },
      { instant: '2026-01-15T14:00:00Z', zone: NEW_YORK, date: '2026-01-15', time: '09:00' },
      { instant: '2026-01-31T12:00:00Z', zone: AUCKLAND, date: '2026-02-01', time: '01:00' },
      { instant: '2026-03-01T05:00:00Z', zone: HONOLULU, date: '2026-02-28', time: '19:00' },
      { instant: '2026-03-29T01:00:00Z', zone: LONDON, date: '2026-03-29', time: '02:00' },
    ];
    for (const c of partCases) {
      it(`localParts / localDay of ${c.instant} in ${c.zone} -> ${c.date} ${c.time}`, () => {
        expect(localParts(new Date(c.instant), c.zone)).to.deep.equal({ date: c.date, time: c.time });
        expect(localDay(new Date(c.instant), c.zone)).to.equal(c.date);
      });
    }

    it('localParts round-trips through localDateTimeToInstant on both sides of DST changes', () => {
      const instants = [
        '2026-03-29T00:59:00Z',
        '2026-03-29T01:00:00Z',
        '2026-03-08T06:59:00Z',
        '2026-03-08T07:00:00Z',
        '2026-10-25T02:00:00Z',
      ];
      for (const iso of instants) {
        for (const zone of [LONDON, NEW_YORK, AUCKLAND, HONOLULU]) {
          const { date, time } = localParts(new Date(iso), zone);
          expect(instantOf(localDateTimeToInstant(date, time, zone)), `${iso} in ${zone}`).to.equal(new Date(iso).toISOString());
        }
      }
    });

    const dayCases: { day: string; zone: string; text: string }[] = [
      { day: '2026-03-29', zone: LONDON, text: 'Sunday 29 March' },
      { day: '2026-03-08', zone: NEW_YORK, text: 'Sunday 8 March' },
      { day: '2026-02-01', zone: AUCKLAND, text: 'Sunday 1 February' },
    ];
    for (const c of dayCases) {
      it(`formatDay ${c.day} in ${c.zone} -> ${c.text}`, () => {
        expect(formatDay(c.day, british(c.zone))).to.equal(c.text);
      });
    }
  });
});

describe('domain/time: a span across a clock change', () => {
  it('labels both ends when their offsets differ', () => {
    const text = formatSpan(new Date('2026-10-25T00:30:00Z'), new Date('2026-10-25T01:20:00Z'), british('Europe/London'));
    expect(text).to.equal('Sun 25 Oct 2026, 01:30 GMT+1–01:20 GMT');
  });
});
