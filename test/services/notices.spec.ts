import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

const HOUR = 3_600_000;

// What each side is told, and which posted messages are brought up to date, on every change of a request.
describe('services: screens follow every change', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;

  beforeEach(async () => {
    h = await openCoreHarness('notices');
    world = await seedWorld(h.services, { employees: 2, slotCount: 4, allowance: 1 });
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    sessionId = booked.session.id;
  });
  afterEach(() => h.close());

  const employee = (i = 0): Actor => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  async function asked(slot = 1): Promise<string> {
    const r = await h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(slot) }, reason: 'Clash' });
    if (!r.ok) throw new Error(r.code);
    return r.request.id;
  }
  /** The thread message posted for a request, and what it was later replaced with. */
  function messageOf(kind: string): { id: string; updates: string[] } {
    const posted = h.notifier.sent.find((s) => s.op === 'thread' && s.notice.kind === kind);
    if (!posted || posted.op !== 'thread') throw new Error(`no ${kind} posted`);
    const updates = h.notifier.sent.filter((s) => s.op === 'update' && s.messageId === posted.messageId);
    return {
      id: posted.messageId,
      updates: updates.map((u) => (u.notice.kind === 'request_decided' ? u.notice.request.status : u.notice.kind)),
    };
  }

  it('cancelling with a pending request updates the request message in the thread (withdrawn), and tells both sides', async () => {
    await asked();
    h.notifier.clear();
    const before = h.notifier.sent.length;
    const cancelled = await h.services.sessions.cancel(employee(), { sessionId, reason: 'Feeling better' });
    expect(cancelled.ok).to.equal(true);
    const sent = h.notifier.sent.slice(before);
    const updates = sent.filter((s) => s.op === 'update');
    expect(updates.map((s) => s.notice.kind)).to.deep.equal(['request_decided']);
    expect(updates[0]?.notice.kind === 'request_decided' && updates[0].notice.request.sessionCancelled).to.equal(true);
    expect(sent.map((s) => s.notice.kind)).to.not.include('request_withdrawn');
    expect(sent.filter((s) => s.op === 'person').map((s) => s.notice.kind)).to.include('session_cancelled');
    expect(sent.filter((s) => s.op === 'thread').map((s) => s.notice.kind)).to.include('session_cancelled');
  });

  it('withdrawing updates the request message and tells the therapist', async () => {
    const requestId = await asked();
    expect((await h.services.reschedule.withdraw(employee(), { requestId })).ok).to.equal(true);
    expect(messageOf('reschedule_requested').updates).to.deep.equal(['withdrawn']);
    expect(h.notifier.kinds('thread')).to.include('request_withdrawn');
  });

  it('a proposal replaces the request in its own thread message (one action, one message), which follows the answer', async () => {
    const requestId = await asked();
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId,
      choice: { slotId: slotId(2) },
      note: 'Can we do this?',
    });
    if (!proposed.ok) throw new Error(proposed.code);
    await h.services.idle();
    expect(messageOf('reschedule_requested').updates).to.deep.equal(['proposal_sent']);
    expect(h.notifier.kinds('thread'), 'no second post for one action').to.not.include('proposal_sent');
    expect(h.notifier.kinds('person')).to.include('reschedule_proposed');
    const shown = h.notifier.sent.find((s) => s.op === 'update' && s.notice.kind === 'proposal_sent');
    expect(shown?.notice.kind === 'proposal_sent' && shown.notice.request.proposed.start.getTime()).to.equal(
      world.slots[2]?.start.getTime(),
    );
    expect((await h.services.reschedule.confirm(employee(), { requestId: proposed.request.id })).ok).to.equal(true);
    await h.services.idle();
    expect(messageOf('reschedule_requested').updates).to.deep.equal(['proposal_sent', 'confirmed']);
  });

  it('a confirm that fails tells the employee their request could not be confirmed, and why', async () => {
    // Month full: move into February with an allowance of 1, after another February booking.
    const febSlot = await h.services.availability.add(world.therapist, {
      date: '2030-02-04',
      time: '10:00',
      durationMinutes: 50,
      weeks: 1,
    });
    const febOther = await h.services.availability.add(world.therapist, {
      date: '2030-02-05',
      time: '10:00',
      durationMinutes: 50,
      weeks: 1,
    });
    if (!febSlot.ok || !febOther.ok) throw new Error('slots');
    const r = await h.services.reschedule.request(employee(), {
      sessionId,
      choice: { slotId: String(febSlot.slots[0]?.id) },
      reason: 'Clash',
    });
    if (!r.ok) throw new Error(r.code);
    expect((await h.services.sessions.book(employee(), { slotId: String(febOther.slots[0]?.id) })).ok).to.equal(true);
    h.notifier.clear();
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: r.request.id })).to.deep.include({
      code: 'allowance_exhausted',
    });
    const told = h.notifier.sent.filter((s) => s.op === 'person' && s.notice.kind === 'reschedule_not_confirmed');
    expect(told.map((s) => s.notice.kind === 'reschedule_not_confirmed' && s.notice.why)).to.deep.equal(['allowance_exhausted']);
    expect((await h.db.models.RescheduleRequest.findById(r.request.id).lean())?.status).to.equal('pending');
    // Inside the cutoff, the confirm is refused and the request ends at once (expired): both sides hear it, and the
    // employee's message of the request is brought up to date.
    h.setNow(new Date((world.slots[0]?.start as Date).getTime() - 2 * HOUR));
    h.notifier.clear();
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: r.request.id })).to.deep.include({ code: 'inside_cutoff' });
    expect((await h.db.models.RescheduleRequest.findById(r.request.id).lean())?.status).to.equal('expired');
    expect(h.notifier.sent.filter((s) => s.notice.kind === 'request_expired').map((s) => s.op)).to.have.members(['person', 'thread']);
    expect(h.notifier.kinds('person-update')).to.deep.equal(['request_decided']);
    expect(h.notifier.kinds('update')).to.deep.equal(['request_decided']);
  });

  it('after the therapist moves to a new channel, a decision updates the request message where it was posted', async () => {
    const requestId = await asked();
    const posted = h.notifier.sent.find((s) => s.op === 'thread' && s.notice.kind === 'reschedule_requested');
    const moved = { ...world.channel, channelId: `${world.channel.channelId}NEW` };
    const linked = await h.services.admin.linkChannel(world.therapist.identity, moved);
    expect(linked.ok).to.equal(true);
    expect((await h.services.reschedule.decline(world.therapist, { requestId, note: 'Sorry, not possible' })).ok).to.equal(true);
    const update = h.notifier.sent.find((s) => s.op === 'update');
    expect(update?.op === 'update' && posted?.op === 'thread' && update.thread).to.deep.equal(posted?.op === 'thread' && posted.thread);
    expect(update?.op === 'update' && update.thread.channel.channelId).to.equal(world.channel.channelId);
  });
});
