import { expect } from 'chai';
import sinon from 'sinon';
import type { Actor } from '../../src/services/types.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// A "crash" is a failure at one write after which nothing else of that call runs. Afterwards the state must be
// consistent on its own or repaired by the next call or the sweep, with the audit event and every notice the
// change owes delivered exactly once.
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
  const sessionDoc = (id: string) => h.db.models.Session.findById(id).lean();
  const audited = async (subjectId: string) => (await store().audit.ofSubject(subjectId)).map((e) => e.action);
  const sentOf = (kind: string, op?: 'person' | 'thread') =>
    h.notifier.sent.filter((s) => s.notice.kind === kind && (!op || s.op === op)).length;
  /** Sweeps run once a minute per lease: move past the grace period and into a new minute. */
  const sweepLater = async () => {
    h.advance(GRACE_MS + 60_001);
    return h.services.sweep();
  };

  async function crashOnce<T extends object>(target: T, method: keyof T & string, during: () => Promise<unknown>): Promise<void> {
    const stub = sinon.stub(target, method as never).rejects(new Error('crash'));
    await during().catch(() => undefined);
    stub.restore();
  }

  async function booked(i = 0, slot = 0): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!r.ok) throw new Error(`booking refused: ${r.code}`);
    return r.session.id;
  }

  it('a booking that died after claiming its time and unit: the claims are respected while young, repaired by the next read at any age', async () => {
    await crashOnce(store().owed, 'record', () => h.services.sessions.book(employee(0), { slotId: slotId(0) }));
    expect(await h.services.sessions.book(employee(1), { slotId: slotId(0) })).to.deep.include({ code: 'slot_taken' });
    // Two days later (far beyond any sweep look-back), the next read that meets the dead claims removes them.
    h.advance(2 * 86_400_000);
    const open = await h.services.sessions.openSlots(employee(1));
    expect(open.ok && open.slots.map((s) => s.id)).to.include(slotId(0));
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy' })).to.equal(0);
    expect((await h.services.sessions.overview(employee(0))).allowance[0]?.used).to.equal(0);
    expect(await h.db.models.Claim.countDocuments({ kind: 'unit' })).to.equal(0);
    expect((await h.services.sessions.book(employee(0), { slotId: slotId(0) })).ok).to.equal(true);
  });

  it('a booking that died after storing the session: the sweep appends its audit event and tells both sides once', async () => {
    await crashOnce(store().audit, 'append', () => h.services.sessions.book(employee(0), { slotId: slotId(0) }));
    const session = await h.db.models.Session.findOne({ status: 'booked' }).lean();
    expect(session).to.not.equal(null);
    expect(await audited(String(session?._id))).to.deep.equal([]);
    expect(sentOf('session_booked')).to.equal(0);
    const report = await sweepLater();
    expect(report.owedSettled).to.equal(3);
    expect(await audited(String(session?._id))).to.deep.equal(['session.booked']);
    expect(sentOf('session_booked', 'person')).to.equal(1);
    expect(sentOf('session_booked', 'thread')).to.equal(1);
    await sweepLater();
    expect(sentOf('session_booked')).to.equal(2);
    expect(await h.db.models.Owed.countDocuments()).to.equal(0);
  });

  it('a booking whose call died before storing the session owes nothing: the sweep drops what it recorded', async () => {
    await crashOnce(store().sessions, 'insertSession', () => h.services.sessions.book(employee(0), { slotId: slotId(0) }));
    expect(await h.db.models.Owed.countDocuments()).to.equal(3);
    const report = await sweepLater();
    expect(report.owedDropped).to.equal(3);
    expect(sentOf('session_booked')).to.equal(0);
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'session.booked' })).to.equal(0);
  });

  async function requested(): Promise<{ sessionId: string; requestId: string }> {
    await h.services.admin.setAllowance(employee(0).identity, 4);
    const sessionId = await booked(0, 0);
    const asked = await h.services.reschedule.request(employee(0), { sessionId, choice: { slotId: slotId(1) }, reason: 'Clash' });
    if (!asked.ok) throw new Error('request failed');
    h.notifier.clear();
    return { sessionId, requestId: asked.request.id };
  }

  async function expectConfirmedOnce(sessionId: string, requestId: string): Promise<void> {
    expect((await sessionDoc(sessionId))?.status).to.equal('rescheduled');
    expect((await h.db.models.RescheduleRequest.findById(requestId).lean())?.status).to.equal('confirmed');
    expect(await audited(sessionId)).to.include('reschedule_request.confirmed');
    expect(sentOf('session_rescheduled', 'person')).to.equal(1);
    expect(sentOf('session_rescheduled', 'thread')).to.equal(1);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);
    const open = await h.services.sessions.openSlots(employee(1));
    const offered = open.ok ? open.slots.map((s) => s.id) : [];
    expect(offered).to.include(slotId(0));
    expect(offered).to.not.include(slotId(1));
  }

  it('a confirmation that died half-way is rolled forward by the sweep, with its audit event and both notices, once', async () => {
    const { sessionId, requestId } = await requested();
    await crashOnce(store().sessions, 'updateSession', () => h.services.reschedule.confirm(world.therapist, { requestId }));
    expect((await sessionDoc(sessionId))?.status).to.equal('booked');
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'already_decided' });
    expect((await sweepLater()).rolledForward).to.equal(1);
    await expectConfirmedOnce(sessionId, requestId);
    await sweepLater();
    await expectConfirmedOnce(sessionId, requestId);
  });

  it('a confirmation that died right after winning its decision is finished by the next call after the grace period', async () => {
    const { sessionId, requestId } = await requested();
    // The first write after the decision (and the session's next version, claimed with it) is the owed record.
    await crashOnce(store().owed, 'record', () => h.services.reschedule.confirm(world.therapist, { requestId }));
    expect(await h.db.models.Claim.countDocuments({ _id: { $in: [`decision:${requestId}`, `version:${sessionId}:1`] } })).to.equal(2);
    expect((await h.db.models.RescheduleRequest.findById(requestId).lean())?.status).to.equal('pending');
    h.advance(GRACE_MS + 1);
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'already_decided' });
    await expectConfirmedOnce(sessionId, requestId);
  });

  it("a dead confirmation whose time is no longer free gives back its decision and the session's next version", async () => {
    const { sessionId, requestId } = await requested();
    await crashOnce(store().owed, 'record', () => h.services.reschedule.confirm(world.therapist, { requestId }));
    h.advance(GRACE_MS + 1);
    // Someone else's fresh claim now stands on the requested time (as after an operator's repair of it).
    const tick = await h.db.models.Claim.findOne({ kind: 'busy', requestId }).lean();
    await h.db.models.Claim.deleteOne({ _id: tick?._id });
    await h.db.models.Claim.collection.insertOne({
      _id: tick?._id,
      kind: 'busy',
      owner: 'other',
      sessionId: 'other',
      createdAt: h.now(),
    } as never);
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'already_decided' });
    // Nothing of the dead attempt is left: the request can be decided again, and the session can still change.
    expect(await h.db.models.Claim.countDocuments({ _id: { $in: [`decision:${requestId}`, `version:${sessionId}:1`] } })).to.equal(0);
    expect((await h.db.models.RescheduleRequest.findById(requestId).lean())?.status).to.equal('pending');
    const cancelled = await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Changed plans' });
    expect(cancelled.ok).to.equal(true);
    expect((await sessionDoc(sessionId))?.status).to.equal('cancelled');
  });

  it('a confirmation meeting a change of the session in flight is refused at once and takes nothing', async () => {
    const { sessionId, requestId } = await requested();
    // Another change of the session (say, an operator's) has won its next version and not yet written the rest.
    const other = { _id: `version:${sessionId}:1`, kind: 'version', owner: 'other', sessionId, createdAt: h.now() };
    await h.db.models.Claim.collection.insertOne(other as never);
    expect(await h.services.reschedule.confirm(world.therapist, { requestId })).to.deep.include({ code: 'session_not_active' });
    expect(await h.db.models.Claim.countDocuments({ _id: `decision:${requestId}` })).to.equal(0);
    expect((await h.db.models.Claim.findById(other._id).lean())?.owner).to.equal('other');
    expect(sentOf('reschedule_not_confirmed', 'person')).to.equal(1);
    expect(await h.db.models.Session.countDocuments({ replaces: sessionId })).to.equal(0);
    // Once that change is out of the way, the request can still be confirmed.
    await h.db.models.Claim.deleteOne({ _id: other._id });
    expect((await h.services.reschedule.confirm(world.therapist, { requestId })).ok).to.equal(true);
  });

  it('a cancellation that died between the session and the release of its time: the next read frees the time, the sweep settles', async () => {
    const sessionId = await booked(0, 0);
    h.notifier.clear();
    await crashOnce(store().claims, 'releaseHeldFor', () =>
      h.services.sessions.cancel(employee(0), { sessionId, reason: 'Changed plans' }),
    );
    expect((await sessionDoc(sessionId))?.status).to.equal('cancelled');
    h.advance(2 * 86_400_000);
    expect((await h.services.sessions.book(employee(1), { slotId: slotId(0) })).ok).to.equal(true);
    await sweepLater();
    expect(await audited(sessionId)).to.include('session.cancelled');
    expect(sentOf('session_cancelled', 'person')).to.equal(1);
    expect(sentOf('session_cancelled', 'thread')).to.equal(1);
  });

  it('a cancellation that died after its version claim is finished by the next call, with audit and notices', async () => {
    const sessionId = await booked(0, 0);
    h.notifier.clear();
    await crashOnce(store().owed, 'record', () => h.services.sessions.cancel(employee(0), { sessionId, reason: 'Changed plans' }));
    expect(await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Again' })).to.deep.include({ code: 'just_changed' });
    h.advance(GRACE_MS + 1);
    expect(await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Again' })).to.deep.include({ code: 'just_changed' });
    expect((await sessionDoc(sessionId))?.status).to.equal('cancelled');
    expect((await h.services.sessions.overview(employee(0))).allowance[0]?.used).to.equal(0);
    expect(await audited(sessionId)).to.include('session.cancelled');
    expect(sentOf('session_cancelled')).to.equal(2);
    expect((await h.services.sessions.book(employee(1), { slotId: slotId(0) })).ok).to.equal(true);
  });

  it('finished changes leave nothing for the sweep to read, so its work does not grow with history', async () => {
    const sessionId = await booked(0, 0);
    await h.services.sessions.cancel(employee(0), { sessionId, reason: 'Changed plans' });
    await booked(1, 1);
    expect(await h.db.models.Owed.countDocuments()).to.equal(0);
    const report = await sweepLater();
    expect(report).to.deep.include({ owedSettled: 0, owedDropped: 0, rolledForward: 0 });
  });

  it('a failed notification does not undo a stored change and is reported as undelivered', async () => {
    h.notifier.failPerson = true;
    const r = await h.services.sessions.book(employee(0), { slotId: slotId(0) });
    expect(r.ok && r.undelivered).to.deep.equal(['employee']);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);
  });
});

describe('services: a slow platform does not hold up the answer', () => {
  it('returns after the notice wait; the notices still go out once and nothing stays owed', async () => {
    const h = await openCoreHarness('slow_notices', undefined, { noticeWaitMs: 50 });
    try {
      const world = await seedWorld(h.services, { employees: 1, slotCount: 1 });
      h.notifier.delayMs = 400;
      const booked = await h.services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
      expect(booked.ok && booked.undelivered).to.deep.equal([]);
      // It answered before the platform did: nothing was delivered yet.
      expect(h.notifier.kinds().filter((k) => k === 'session_booked')).to.have.length(0);
      while ((await h.db.models.Owed.countDocuments()) > 0) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(h.notifier.kinds().filter((k) => k === 'session_booked')).to.have.length(2);
      expect(await h.db.models.Owed.countDocuments()).to.equal(0);
    } finally {
      await h.close();
    }
  });
});
