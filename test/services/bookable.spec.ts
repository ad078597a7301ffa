// A booking list offers only what can be booked (issue 18, item 12): the times of a month whose allowance is used
// up are left out and the month is named, so the form says why instead of refusing at submit.
import { expect } from 'chai';
import { fullMonthLine } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

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
    expect(fullMonthLine({ month: '2030-01', allowance: 1 })).to.equal(
      "You've used the 1 session of your allowance for January 2030, so its times aren't shown.",
    );
    expect(fullMonthLine({ month: '2030-02', allowance: 4 })).to.include('all 4 sessions');
    // The reschedule list is not a booking: a session moving within its month keeps its unit.
    const all = await h.services.sessions.openSlots(employee());
    expect(all.ok && months(all.slots)).to.deep.equal(['2030-01', '2030-02']);
  });
});
