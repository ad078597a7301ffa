import { expect } from 'chai';
import sinon from 'sinon';
import type { Actor } from '../../src/services/types.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// A "crash" is a failure at one write after which nothing else of that call runs: the failing step throws and
// the compensations that would normally follow are made to fail too.
describe('services: a failure between two writes', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('faults');
    world = await seedWorld(h.services, { employees: 2, slotCount: 3, allowance: 1 });
  });
  afterEach(async () => {
    sinon.restore();
    await h.close();
  });

  const store = () => h.services.context.store;
  const employee = (i = 0) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);

  /** A booking that crashed after claiming its slot and unit, before storing the session. */
  async function crashedBooking(): Promise<void> {
    sinon.stub(store().sessions, 'insertSession').rejects(new Error('crash'));
    sinon.stub(store().claims, 'release').rejects(new Error('crash'));
    await h.services.sessions.book(employee(0), { slotId: slotId(0) }).catch(() => undefined);
    sinon.restore();
  }

  /** A confirmation that crashed after winning its decision, before closing the original session. */
  async function crashedConfirmation(): Promise<{ sessionId: string; requestId: string }> {
    await h.services.admin.setAllowance(employee(0).identity, 4);
    const booked = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    const asked = await h.services.reschedule.request(employee(0), { sessionId: booked.session.id, choice: { slotId: slotId(1) }, reason: 'Clash' });
    if (!asked.ok) throw new Error('request failed');
    const update = sinon.stub(store().sessions, 'updateSession').rejects(new Error('crash'));
    await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id }).catch(() => undefined);
    update.restore();
    return { sessionId: booked.session.id, requestId: asked.request.id };
  }

  /** A cancellation that crashed after winning the session's next version, before writing it. */
  async function crashedCancellation(sessionId: string): Promise<void> {
    const update = sinon.stub(store().sessions, 'updateSession').rejects(new Error('crash'));
    await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Changed plans' }).catch(() => undefined);
    update.restore();
  }

  it('a booking that crashed after claiming slot and unit is repaired by the next call after the grace period', async () => {
    await crashedBooking();
    // Within the grace period the claims may belong to a call still in flight, so they are respected.
    expect(await h.services.sessions.book(employee(1), { slotId: slotId(0) })).to.deep.include({ code: 'slot_taken' });
    expect(await h.services.sessions.book(employee(0), { slotId: slotId(1) })).to.deep.include({ code: 'allowance_exhausted' });
    h.advance(GRACE_MS + 1);
    expect((await h.services.sessions.book(employee(1), { slotId: slotId(0) })).ok).to.equal(true);
    expect((await h.services.sessions.book(employee(0), { slotId: slotId(1) })).ok).to.equal(true);
  });

  it('the sweep releases claims left by a crashed booking', async () => {
    await crashedBooking();
    h.advance(GRACE_MS + 1);
    expect((await h.services.sweep()).staleClaimsReleased).to.equal(2);
    const overview = await h.services.sessions.overview(employee(0));
    expect(overview.allowance[0]?.used).to.equal(0);
  });

  it('a confirmation that crashed after its decision is rolled forward by the sweep, once', async () => {
    const { sessionId, requestId } = await crashedConfirmation();
    // Half-applied: the replacement exists but the original is still booked and the request still pending.
    expect((await h.db.models.Session.findById(sessionId).lean())?.status).to.equal('booked');
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'already_decided' });
    h.advance(GRACE_MS + 1);
    expect((await h.services.sweep()).rolledForward).to.equal(1);
    expect((await h.db.models.Session.findById(sessionId).lean())?.status).to.equal('rescheduled');
    expect((await h.db.models.RescheduleRequest.findById(requestId).lean())?.status).to.equal('confirmed');
    expect(await h.db.models.Session.countDocuments({ orgId: world.orgId, status: 'booked' })).to.equal(1);
    const slots = await h.services.sessions.openSlots(employee(1));
    expect(slots.ok && slots.slots.map((s) => s.id)).to.include(slotId(0)).and.not.include(slotId(1));
    expect((await h.services.sweep()).rolledForward).to.equal(0);
  });

  it('a cancellation that crashed after its version claim is finished by the sweep', async () => {
    const booked = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    const sessionId = booked.session.id;
    await crashedCancellation(sessionId);
    expect(await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Again' })).to.deep.include({ code: 'just_changed' });
    h.advance(GRACE_MS + 1);
    await h.services.sweep();
    expect((await h.db.models.Session.findById(sessionId).lean())?.status).to.equal('cancelled');
    expect((await h.services.sessions.overview(employee(0))).allowance[0]?.used).to.equal(0);
    expect((await h.services.sessions.book(employee(1), { slotId: slotId(0) })).ok).to.equal(true);
  });

  it('a half-applied confirmation or cancellation is also finished by the next call after the grace period', async () => {
    const { sessionId, requestId } = await crashedConfirmation();
    h.advance(GRACE_MS + 1);
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'already_decided' });
    expect((await h.db.models.Session.findById(sessionId).lean())?.status).to.equal('rescheduled');

    const moved = await h.db.models.Session.findOne({ status: 'booked' }).lean();
    await crashedCancellation(String(moved?._id));
    h.advance(GRACE_MS + 1);
    expect(await h.services.sessions.cancel(employee(0), { sessionId: String(moved?._id), reason: 'Again' })).to.deep.include({ code: 'just_changed' });
    expect((await h.db.models.Session.findById(moved?._id).lean())?.status).to.equal('cancelled');
  });

  it('the sweep looks back only a bounded window, so its work does not grow with history', async () => {
    const booked = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    expect(booked.ok).to.equal(true);
    const seen = sinon.spy(store().claims, 'createdBetween');
    h.advance(30 * 86_400_000);
    await h.services.sweep();
    const windows = seen.getCalls().map((c) => (c.args[2] as Date).getTime() - (c.args[1] as Date).getTime());
    expect(windows.length).to.be.greaterThan(0);
    expect(Math.max(...windows)).to.be.at.most(3_600_000);
  });

  it('a failed notification does not undo a stored change and is reported as undelivered', async () => {
    h.notifier.failPerson = true;
    const booked = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    expect(booked.ok && booked.undelivered).to.deep.equal(['employee']);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);
  });
});
