// The booking notice and horizon through the services (issue 19, §3), to the minute, with the organisation, the
// therapist and the employee in three different zones and a DST change in between: the notice is real elapsed
// time from now (whoever reads it where), the horizon ends with next month in the organisation's zone.
import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe('services: booking notice and horizon to the minute, across zones and DST', () => {
  let h: CoreHarness;
  let world: World;
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  /** Adds a 50-minute slot at `start` as the therapist (in their own zone) and returns its id. */
  const addSlot = async (start: Date): Promise<string> => {
    const at = DateTime.fromJSDate(start, { zone: world.therapist.zone });
    const added = await h.services.availability.add(world.therapist, {
      date: at.toFormat('yyyy-MM-dd'),
      time: at.toFormat('HH:mm'),
      durationMinutes: 50,
      weeks: 1,
    });
    if (!added.ok) throw new Error(`slot refused: ${added.code}`);
    const slot = (await h.db.models.Slot.find({ therapistId: world.therapistDoc._id, start }).lean())[0];
    return String(slot?._id);
  };
  const offered = async () => {
    const open = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!open.ok) throw new Error(open.code);
    return open.slots.map((s) => s.start.toISOString());
  };
  const book = (slotId: string) => h.services.sessions.book(employee(), { slotId });

  describe('notice: the organisation in London, the therapist in New York, the employee in Tokyo', () => {
    // New York springs forward on Sun 14 Mar 2027: Sat 10:00 EST to Sun 10:00 EDT is only 23 hours.
    const NOW = new Date('2027-03-13T15:00:00Z'); // Sat 10:00 EST, Sun 00:00 in Tokyo
    beforeEach(async () => {
      h = await openCoreHarness('booking_window_notice', NOW);
      world = await seedWorld(h.services, {
        employees: 1,
        zone: 'Europe/London',
        therapistZone: 'America/New_York',
        employeeZone: 'Asia/Tokyo',
        slotCount: 0,
      });
    });

    it('the same wall-clock time next day (23 real hours) is hidden and refused; exactly 24 hours is booked', async () => {
      const sameWallClock = await addSlot(new Date('2027-03-14T14:00:00Z')); // Sun 10:00 EDT
      const exactly24h = await addSlot(new Date('2027-03-14T15:00:00Z')); // Sun 11:00 EDT
      expect(await offered()).to.deep.equal(['2027-03-14T15:00:00.000Z']);
      expect(await book(sameWallClock)).to.deep.include({ ok: false, code: 'too_soon' });
      expect((await book(exactly24h)).ok).to.equal(true);
    });

    it('one minute later than the notice allows is refused and nothing is held; at the minute it is booked', async () => {
      const start = new Date('2027-03-15T14:00:00Z');
      const slotId = await addSlot(start);
      expect((await h.services.bookingNotice.setOwn(world.therapist, '12')).ok).to.equal(true);
      h.setNow(new Date(start.getTime() - 12 * HOUR + MINUTE));
      expect(await offered()).to.deep.equal([]);
      const before = await h.snapshot();
      expect(await book(slotId)).to.deep.include({ ok: false, code: 'too_soon', params: { hours: 12 } });
      expect(await h.snapshot(), 'a refusal holds nothing').to.equal(before);
      h.setNow(new Date(start.getTime() - 12 * HOUR));
      expect(await offered()).to.deep.equal([start.toISOString()]);
      expect((await book(slotId)).ok).to.equal(true);
    });
  });

  const horizons = [
    {
      // March ends in summer time in New York (EDT, UTC-4).
      name: 'New York, spring (the employee in London, the therapist in Tokyo)',
      zone: 'America/New_York',
      now: '2027-02-10T12:00',
      lastMinute: '2027-03-31T23:59',
      firstAfter: '2027-04-01T00:00',
      lastMonth: '2027-03',
      employeeZone: 'Europe/London',
    },
    {
      // London falls back on Sun 31 Oct 2027: October ends in winter time (GMT).
      name: 'London, autumn (the employee in New York, the therapist in Tokyo)',
      zone: 'Europe/London',
      now: '2027-09-15T12:00',
      lastMinute: '2027-10-31T23:59',
      firstAfter: '2027-11-01T00:00',
      lastMonth: '2027-10',
      employeeZone: 'America/New_York',
    },
  ];
  for (const c of horizons)
    describe(`horizon: ${c.name}`, () => {
      const at = (iso: string) => DateTime.fromISO(iso, { zone: c.zone }).toJSDate();
      beforeEach(async () => {
        h = await openCoreHarness('booking_window_horizon', at(c.now));
        world = await seedWorld(h.services, {
          employees: 1,
          zone: c.zone,
          therapistZone: 'Asia/Tokyo',
          employeeZone: c.employeeZone,
          slotCount: 0,
        });
      });

      it('the last minute of next month in the organisation’s zone is offered and booked', async () => {
        const slotId = await addSlot(at(c.lastMinute));
        expect(await offered()).to.deep.equal([at(c.lastMinute).toISOString()]);
        const booked = await book(slotId);
        expect(booked.ok).to.equal(true);
        if (booked.ok) expect(booked.session.start.toISOString()).to.equal(at(c.lastMinute).toISOString());
      });

      it('the first minute of the month after is not offered and is refused, naming the last month', async () => {
        const slotId = await addSlot(at(c.firstAfter));
        expect(await offered()).to.deep.equal([]);
        const before = await h.snapshot();
        expect(await book(slotId)).to.deep.include({ ok: false, code: 'beyond_horizon', params: { month: c.lastMonth } });
        expect(await h.snapshot()).to.equal(before);
      });
    });
});
