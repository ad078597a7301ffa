// A booking list offers only what can be booked (issue 18, item 12): the times of a month whose allowance is used
// up are left out and the month is named, so the form says why instead of refusing at submit.
import { expect } from 'chai';
import { fullMonthLine } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { GB } from '../support/readers.js';

describe('services: the booking list offers only what can be booked', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('bookable', new Date('2030-01-20T09:00:00Z'));
    // Slots every three days from 25 January: two in January, the rest in February. One session a month.
    world = await seedWorld(h.services, {
      employees: 1,
      slotCount: 6,
      slotEveryHours: 72,
      allowance: 1,
      firstSlot: new Date('2030-01-25T10:00:00Z'),
    });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const months = (slots: { start: Date }[]) => [...new Set(slots.map((s) => s.start.toISOString().slice(0, 7)))];

  it('leaves out the times of a month whose allowance is used up and names it; other lists are unchanged', async () => {
    const before = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!before.ok) throw new Error(before.code);
    expect(months(before.slots)).to.deep.equal(['2030-01', '2030-02']);
    expect(before.fullMonths).to.deep.equal([]);
    const booked = await h.services.sessions.book(employee(), { slotId: String(world.slots[0]?._id) });
    expect(booked.ok).to.equal(true);
    const after = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!after.ok) throw new Error(after.code);
    expect(months(after.slots), 'only February is offered').to.deep.equal(['2030-02']);
    expect(after.fullMonths).to.deep.equal([{ month: '2030-01', allowance: 1 }]);
    expect(fullMonthLine({ month: '2030-01', allowance: 1 }, GB)).to.equal(
      "You've used the 1 session of your allowance for January 2030, so its times aren't shown.",
    );
    expect(fullMonthLine({ month: '2030-02', allowance: 4 }, GB)).to.include('all 4 sessions');
    // The reschedule list is not a booking: a session moving within its month keeps its unit.
    const all = await h.services.sessions.openSlots(employee());
    expect(all.ok && months(all.slots)).to.deep.equal(['2030-01', '2030-02']);
  });

  it('reaches to the end of next month, the last month whose allowance is shown, and no further', async () => {
    // 20 January: February's allowance is shown, so its last days are offered (past four weeks); March is not.
    const therapist = world.therapist;
    const added = await h.services.availability.add(therapist, { date: '2030-02-27', time: '10:00', durationMinutes: 50, weeks: 2 });
    expect(added.ok).to.equal(true);
    const open = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!open.ok) throw new Error(open.code);
    const days = open.slots.map((s) => s.start.toISOString().slice(0, 10));
    expect(days, 'the last days of February').to.include('2030-02-27');
    expect(
      days.filter((d) => d >= '2030-03-01'),
      'March is beyond the horizon',
    ).to.deep.equal([]);
    const march = (await h.db.models.Slot.findOne({ start: new Date('2030-03-06T10:00:00Z') }).lean())?._id;
    expect(await h.services.sessions.book(employee(), { slotId: String(march) })).to.deep.include({ ok: false, code: 'beyond_horizon' });
    expect(
      await h.services.sessions.book(employee(), {
        slotId: String(open.slots.find((s) => s.start.toISOString().startsWith('2030-02-27'))?.id),
      }),
    ).to.deep.include({ ok: true });
  });
});
