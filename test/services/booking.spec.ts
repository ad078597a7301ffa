import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

describe('services: booking', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async function () {
    h = await openCoreHarness(this.currentTest?.title ?? 'booking');
    world = await seedWorld(h.services, { employees: 2, slotCount: 6 });
  });
  afterEach(() => h.close());

  const employee = (i = 0): Actor => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);

  it('books an open slot, uses one allowance unit, tells both sides and audits it', async () => {
    const result = await h.services.sessions.book(employee(), { slotId: slotId(0) });
    expect(result.ok).to.equal(true);
    const overview = await h.services.sessions.overview(employee());
    expect(overview.upcoming).to.have.length(1);
    expect(overview.allowance[0]).to.include({ allowance: 4, used: 1, left: 3 });
    expect(h.notifier.kinds('person')).to.deep.equal(['session_booked']);
    expect(h.notifier.kinds('thread')).to.deep.equal(['session_booked']);
    expect(h.notifier.kinds('open')).to.deep.equal(['thread_opened']);
    if (!result.ok) return;
    const audit = await h.services.context.store.audit.ofSubject(result.session.id);
    expect(audit.map((a) => a.action)).to.deep.equal(['session.booked']);
    const open = await h.services.sessions.openSlots(employee());
    expect(open.ok && open.slots.map((s) => s.id)).to.not.include(slotId(0));
  });

  it('refuses a slot that is already booked', async () => {
    await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    const second = await h.services.sessions.book(employee(1), { slotId: slotId(0) });
    expect(second).to.deep.include({ ok: false, code: 'slot_taken' });
  });

  it('50 employees booking one slot at once: exactly one booking', async () => {
    const many = await seedWorld(h.services, { orgId: 'crowd', employees: 50, slotCount: 1 });
    const results = await Promise.all(many.employees.map((e) => h.services.sessions.book(e, { slotId: String(many.slots[0]?._id) })));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'slot_taken')).to.equal(true);
    const sessions = await h.db.models.Session.countDocuments({ orgId: 'crowd' });
    expect(sessions).to.equal(1);
    const units = await h.db.models.Claim.countDocuments({
      kind: 'unit',
      month: { $exists: true },
      employeeId: { $in: many.employees.map((e) => e.personId) },
    });
    expect(units).to.equal(1);
  });

  it('one employee with allowance 4 firing 20 concurrent bookings: exactly 4', async () => {
    const busy = await seedWorld(h.services, { orgId: 'busy', employees: 1, slotCount: 20, allowance: 4, slotEveryHours: 1 });
    const who = busy.employees[0] as Actor;
    const results = await Promise.all(busy.slots.map((s) => h.services.sessions.book(who, { slotId: String(s._id) })));
    expect(results.filter((r) => r.ok)).to.have.length(4);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'allowance_exhausted')).to.equal(true);
    expect(await h.db.models.Session.countDocuments({ orgId: 'busy', status: 'booked' })).to.equal(4);
    const overview = await h.services.sessions.overview(who);
    expect(overview.allowance[0]?.left).to.equal(0);
    // The slots not booked are free again: a refused booking released the slot it had claimed.
    const open = await h.services.sessions.openSlots(who);
    expect(open.ok && open.slots).to.have.length(16);
  });

  it('respects a per-employee allowance override', async () => {
    await h.services.admin.setAllowance(employee().identity, 1);
    expect((await h.services.sessions.book(employee(), { slotId: slotId(0) })).ok).to.equal(true);
    expect(await h.services.sessions.book(employee(), { slotId: slotId(1) })).to.deep.include({ ok: false, code: 'allowance_exhausted' });
  });

  it("counts a session in the month of its start in the organisation's zone", async () => {
    // 2030-01-31T12:00Z is already 1 February in Auckland.
    const far = await seedWorld(h.services, {
      orgId: 'kiwi',
      zone: 'Pacific/Auckland',
      employees: 1,
      slotCount: 1,
      allowance: 1,
      firstSlot: new Date('2030-01-31T12:00:00Z'),
    });
    const who = far.employees[0] as Actor;
    const booked = await h.services.sessions.book(who, { slotId: String(far.slots[0]?._id) });
    expect(booked.ok).to.equal(true);
    const session = await h.db.models.Session.findOne({ orgId: 'kiwi' }).lean();
    expect(session?.month).to.equal('2030-02');
  });

  it('refuses unknown, malformed, foreign and past slots without changing anything', async () => {
    const other = await seedWorld(h.services, { orgId: 'other', employees: 1, slotCount: 1 });
    const before = await h.snapshot();
    for (const slot of ['not-an-id', '64b7f0c2a1b2c3d4e5f60718', String(other.slots[0]?._id)]) {
      expect(await h.services.sessions.book(employee(), { slotId: slot })).to.deep.include({ ok: false, code: 'unknown_slot' });
    }
    h.setNow(
      DateTime.fromJSDate(world.slots[0]?.start as Date)
        .plus({ minutes: 1 })
        .toJSDate(),
    );
    expect(await h.services.sessions.book(employee(), { slotId: slotId(0) })).to.deep.include({ ok: false, code: 'time_in_past' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('refuses people who are not registered employees with a therapist', async () => {
    const hr = world.hr;
    expect(await h.services.sessions.book(hr, { slotId: slotId(0) })).to.deep.include({ ok: false, code: 'not_registered' });
  });
});
