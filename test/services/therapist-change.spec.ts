// Changing therapist (issue 19, §6): the employee asks privately (no reason; asking twice waits once); the
// operator reassigns: future sessions with the previous therapist are cancelled and credited back (both sides told,
// a neutral reason only), the employee hears whom they now work with, the previous therapist that the old thread is
// closed (never why), replies there no longer reach the employee, the next message opens a thread in the new
// therapist's channel, and the employee's history stays theirs.
import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { actorOf } from '../../src/services/views.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { identity, seedWorld, type World } from '../support/fixtures.js';

describe('services: changing therapist', () => {
  let h: CoreHarness;
  let world: World;
  let newTherapist: Actor;

  beforeEach(async () => {
    h = await openCoreHarness('therapist_change');
    world = await seedWorld(h.services, { employees: 2, allowance: 4, slotCount: 4 });
    const added = await h.services.admin.addPerson({
      orgId: world.orgId,
      displayName: 'Dr Kim New',
      role: 'therapist',
      zone: 'Europe/London',
      identity: identity('slack', 'UNEWTHERAPIST'),
    });
    if (!added.ok) throw new Error(added.error);
    newTherapist = actorOf(added.person);
    const linked = await h.services.admin.linkChannel(newTherapist.identity, {
      platform: 'slack',
      workspaceId: 'T0TEST',
      channelId: 'CNEW',
    });
    expect(linked.ok).to.equal(true);
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const book = (slot: number) => h.services.sessions.book(employee(), { slotId: String(world.slots[slot]?._id) });
  const say = (text: string, key: string) => h.services.relay.fromEmployee(employee(), { text, deliveryKey: key });
  const reassign = () => h.services.therapistChange.reassign(employee().personId, newTherapist.personId, 'operator:ana');

  it('the employee asks without a reason; asking again waits once; staff cannot ask', async () => {
    expect(await h.services.therapistChange.ask(employee())).to.deep.equal({ ok: true, alreadyAsked: false });
    expect(await h.services.therapistChange.ask(employee())).to.deep.equal({ ok: true, alreadyAsked: true });
    const asked = await Promise.all([1, 2, 3].map(() => h.services.therapistChange.ask(world.employees[1] as Actor)));
    expect(
      asked.filter((a) => a.ok && !a.alreadyAsked),
      'three at once: one request',
    ).to.have.length(1);
    expect((await h.services.therapistChange.pending()).map((c) => String(c.employeeId)).sort()).to.deep.equal(
      [employee().personId, world.employees[1]!.personId].sort(),
    );
    expect((await h.services.therapistChange.ask(world.therapist)).ok).to.equal(false);
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'therapist_change.requested' })).to.equal(2);
    await h.services.idle();
    expect(
      h.notifier.sent.filter((s) => s.op !== 'person'),
      'the therapist is not told',
    ).to.deep.equal([]);
  });

  it('reassigning cancels and credits future sessions with the previous therapist, tells both, closes the old thread', async () => {
    expect((await say('Hello', 'k1')).ok).to.equal(true);
    const first = await book(0);
    const second = await book(1);
    if (!first.ok || !second.ok) throw new Error('booking refused');
    expect((await h.services.therapistChange.ask(employee())).ok).to.equal(true);
    await h.services.idle();
    const oldThread = h.notifier.sent.find((s) => s.op === 'open');
    h.notifier.clear();

    const done = await reassign();
    expect(done).to.deep.equal({ ok: true, changed: true, previous: world.therapist.personId, sessionsCancelled: 2, left: 0 });
    await h.services.idle();
    const sessions = await h.db.models.Session.find({ employeeId: employee().personId }).lean();
    expect(sessions.map((s) => s.status)).to.deep.equal(['cancelled', 'cancelled']);
    expect((await h.services.sessions.overview(employee())).allowance[0]?.used, 'credited back').to.equal(0);
    expect((await h.db.models.Person.findById(employee().personId).lean())?.therapistId?.toString()).to.equal(newTherapist.personId);

    const toEmployee = h.notifier.sent.filter((s) => s.op === 'person').map((s) => s.notice.kind);
    expect(toEmployee).to.include('therapist_changed');
    expect(toEmployee.filter((k) => k === 'session_cancelled')).to.have.length(2);
    const inOldThread = h.notifier.sent.filter((s) => s.op === 'thread');
    expect(inOldThread.every((s) => s.op === 'thread' && oldThread?.op === 'open' && s.thread.threadId === oldThread.threadId)).to.equal(
      true,
    );
    expect(inOldThread.map((s) => s.notice.kind)).to.include('therapist_changed');
    expect(JSON.stringify(h.notifier.sent), 'a neutral reason only').to.include('Cancelled by the wellbeing service.');
    expect(await h.services.therapistChange.pending()).to.deep.equal([]);
    const audit = await h.db.models.AuditEvent.findOne({ action: 'employee.reassigned' }).lean();
    expect(audit?.details).to.deep.include({ from: world.therapist.personId, to: newTherapist.personId, requested: true });

    // The previous therapist's reply in the old thread no longer reaches the employee.
    h.notifier.clear();
    if (oldThread?.op !== 'open') throw new Error('no thread was opened');
    const reply = await h.services.relay.fromThread({
      thread: { channel: oldThread.channel, threadId: oldThread.threadId },
      sender: world.therapist.identity,
      text: 'Are you there?',
      deliveryKey: 'old-thread-1',
    });
    expect(reply).to.deep.include({ ok: false, code: 'thread_closed' });
    expect(h.notifier.sent).to.deep.equal([]);

    // The next message opens a thread in the new therapist's channel; slots offered are the new therapist's.
    expect((await say('Hello again', 'k2')).ok).to.equal(true);
    await h.services.idle();
    const opened = h.notifier.sent.find((s) => s.op === 'open');
    expect(opened?.op === 'open' && opened.channel.channelId).to.equal('CNEW');
    const open = await h.services.sessions.openSlots(employee());
    expect(open.ok && open.slots.length).to.equal(0);
    // The history stays theirs.
    const exported = await h.services.admin.exportPerson((await h.db.models.Person.findById(employee().personId).lean())!, null);
    expect(exported.sessions.map((s) => String(s._id)).sort()).to.deep.equal([first.session.id, second.session.id].sort());
    expect(exported.therapistChanges.map((c) => [c.status, String(c.toTherapistId)])).to.deep.equal([['done', newTherapist.personId]]);
  });

  it("reassigning withdraws the previous therapist's open offer of times: its time is free and its message says so", async () => {
    const offered = await h.services.offers.offer(world.therapist, {
      employeeId: employee().personId,
      times: [{ slotId: String(world.slots[0]?._id) }],
    });
    if (!offered.ok) throw new Error(offered.code);
    await h.services.idle();
    const colleague = world.employees[1] as Actor;
    const held = await h.services.sessions.book(colleague, { slotId: String(world.slots[0]?._id) });
    expect(held.ok ? 'booked' : held.code, 'held for the client while the offer is open').to.equal('slot_taken');

    expect((await reassign()).ok).to.equal(true);
    await h.services.idle();
    expect((await h.services.context.store.offers.offer(offered.offer.id))?.status).to.equal('withdrawn');
    expect(
      (await h.db.models.Claim.find({ offerId: offered.offer.id }).lean()).map((c) => c._id.split(':')[0]),
      'nothing of the offer is held (its decision is kept, so a late click cannot decide it again)',
    ).to.deep.equal(['offered']);
    const booked = await h.services.sessions.book(colleague, { slotId: String(world.slots[0]?._id) });
    expect(booked.ok, 'the time is free again').to.equal(true);
    const clicked = await h.services.offers.book(employee(), { offerId: offered.offer.id, index: 0 });
    expect(clicked.ok ? 'booked' : clicked.code, 'a click on the old offer').to.equal('offer_closed');
  });

  it('run again, it changes nothing; an unknown id or a non-therapist is refused in words', async () => {
    expect((await reassign()).ok).to.equal(true);
    expect(await reassign()).to.deep.include({ ok: true, changed: false, sessionsCancelled: 0 });
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'employee.reassigned' })).to.equal(1);
    expect(await h.services.therapistChange.reassign('nope', newTherapist.personId)).to.deep.include({ ok: false });
    expect(await h.services.therapistChange.reassign(employee().personId, world.employees[1]!.personId)).to.deep.include({ ok: false });
  });
});
