// A therapist's booking notice (issue 19, §3): clients cannot book, request or accept a time sooner than it, and
// the lists hide such times; the therapist's own actions are not limited; set by the therapist (1-72 hours) or the
// operator, 24 hours unless set.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

const HOUR = 3_600_000;

describe("services: a therapist's booking notice", () => {
  let h: CoreHarness;
  let world: World;
  const NOW = new Date('2030-01-07T09:00:00Z');

  beforeEach(async () => {
    h = await openCoreHarness('booking_notice', NOW);
    // Slots 6 h, 18 h, 30 h and 42 h from now.
    world = await seedWorld(h.services, { employees: 1, slotCount: 4, slotEveryHours: 12, firstSlot: new Date(NOW.getTime() + 6 * HOUR) });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const offered = async () => {
    const open = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!open.ok) throw new Error(open.code);
    return open.slots.map((s) => Math.round((s.start.getTime() - NOW.getTime()) / HOUR));
  };

  it('is 24 hours unless set: sooner times are hidden and refused, and exactly 24 hours ahead is fine', async () => {
    expect(await offered()).to.deep.equal([30, 42]);
    expect(await h.services.sessions.book(employee(), { slotId: slotId(1) })).to.deep.include({ ok: false, code: 'too_soon' });
    h.setNow(new Date(world.slots[2]!.start.getTime() - 24 * HOUR));
    expect((await h.services.sessions.book(employee(), { slotId: slotId(2) })).ok, 'exactly the notice ahead').to.equal(true);
  });

  it('the therapist sets it (1 to 72 hours); then sooner times can be booked, and requests follow it too', async () => {
    const t = world.therapist;
    for (const bad of ['0', '73', 'soon', '1.5', ''])
      expect(await h.services.bookingNotice.setOwn(t, bad), bad).to.deep.include({ ok: false, code: 'invalid_booking_notice' });
    expect(await h.services.bookingNotice.setOwn(employee(), '12')).to.deep.include({ ok: false, code: 'not_therapist' });
    expect(await h.services.bookingNotice.setOwn(t, '12h')).to.deep.equal({ ok: true, hours: 12 });
    expect(await offered()).to.deep.equal([18, 30, 42]);
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(3) });
    if (!booked.ok) throw new Error(booked.code);
    // A request for a time sooner than the notice is refused; one at least the notice ahead is not.
    const tooSoon = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(0) },
      reason: 'Earlier?',
    });
    expect(tooSoon).to.deep.include({ ok: false, code: 'too_soon' });
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(1) },
      reason: 'Earlier?',
    });
    expect(asked.ok).to.equal(true);
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'therapist.booking_notice_set' })).to.equal(1);
  });

  it("the therapist's own proposal is not limited by it, but the client cannot accept a time sooner", async () => {
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(3) });
    if (!booked.ok) throw new Error(booked.code);
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(2) },
      reason: 'Earlier?',
    });
    if (!asked.ok) throw new Error(asked.code);
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: asked.request.id,
      choice: { slotId: slotId(1) },
      note: 'This one?',
    });
    expect(proposed.ok, 'a proposal 18 hours ahead').to.equal(true);
    if (!proposed.ok) return;
    // The client cannot accept a time sooner than the notice; the proposal stays open for them to decline.
    expect(await h.services.reschedule.confirm(employee(), { requestId: proposed.request.id })).to.deep.include({
      ok: false,
      code: 'too_soon',
    });
    expect((await h.services.reschedule.decline(employee(), { requestId: proposed.request.id })).ok).to.equal(true);
  });

  it('the operator sets it by the therapist’s identity', async () => {
    expect(await h.services.bookingNotice.setFor(world.therapist.identity, '6')).to.deep.equal({ ok: true, hours: 6 });
    expect(await offered()).to.deep.equal([6, 18, 30, 42]);
    expect(await h.services.bookingNotice.setFor(world.therapist.identity, '100')).to.deep.include({ ok: false });
  });
});
