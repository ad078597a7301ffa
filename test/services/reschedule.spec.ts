import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

const HOUR = 3_600_000;

describe('services: reschedule', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;
  let start: Date;

  beforeEach(async () => {
    h = await openCoreHarness('reschedule');
    world = await seedWorld(h.services, { employees: 2, slotCount: 4 });
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    sessionId = booked.session.id;
    start = booked.session.start;
    h.notifier.clear();
  });
  afterEach(() => h.close());

  const employee = (): Actor => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const request = async (choice: { slotId: string } | { date: string; time: string } = { slotId: slotId(1) }) => {
    const r = await h.services.reschedule.request(employee(), { sessionId, choice, reason: 'Clashes with a meeting' });
    if (!r.ok) throw new Error(`request refused: ${r.code}`);
    return r.request;
  };
  const statusOf = async (id: string) => (await h.db.models.Session.findById(id).lean())?.status;

  it('a request leaves the session as it is until the therapist confirms, then moves it', async () => {
    const req = await request();
    expect(await statusOf(sessionId)).to.equal('booked');
    expect(h.notifier.kinds('thread')).to.deep.equal(['reschedule_requested']);
    expect(h.notifier.kinds('person')).to.deep.equal(['reschedule_awaiting']);
    const confirmed = await h.services.reschedule.confirm(world.therapist, { requestId: req.id });
    expect(confirmed.ok).to.equal(true);
    if (!confirmed.ok) return;
    expect(await statusOf(sessionId)).to.equal('rescheduled');
    expect(confirmed.session.start.getTime()).to.equal(world.slots[1]?.start.getTime());
    const old = await h.db.models.Session.findById(sessionId).lean();
    expect(String(old?.replacedBy)).to.equal(confirmed.session.id);
    // The old slot is open again, the new one is held, and the month's unit moved with the session.
    const open = await h.services.sessions.openSlots(employee());
    expect(open.ok && open.slots.map((s) => s.id))
      .to.include(slotId(0))
      .and.not.include(slotId(1));
    expect((await h.services.sessions.overview(employee())).allowance[0]?.used).to.equal(1);
    expect(h.notifier.kinds('update')).to.deep.equal(['request_decided']);
    expect(h.notifier.kinds('person')).to.include('session_rescheduled');
    expect(h.notifier.kinds('thread')).to.include('session_rescheduled');
  });

  it('refuses inside the window, and re-checks the window when the therapist confirms', async () => {
    h.setNow(new Date(start.getTime() - 24 * HOUR));
    const before = await h.snapshot();
    expect(
      await h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(1) }, reason: 'Too late now' }),
    ).to.deep.include({ ok: false, code: 'inside_cutoff' });
    expect(await h.snapshot()).to.equal(before);

    h.setNow(new Date(start.getTime() - 24 * HOUR - 1000));
    const req = await request();
    h.setNow(new Date(start.getTime() - 24 * HOUR + 1000));
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: req.id })).to.deep.include({
      ok: false,
      code: 'inside_cutoff',
    });
    expect(await statusOf(sessionId)).to.equal('booked');
    // A request that can no longer be confirmed ends then and there (expired) and both sides are told: nothing is
    // left waiting for the sweep.
    expect((await h.db.models.RescheduleRequest.findById(req.id).lean())?.status).to.equal('expired');
    expect(h.notifier.kinds()).to.include('request_expired');
    expect((await h.services.sweep()).expired).to.equal(0);
  });

  it('a custom time is added to the availability and booked in one step when confirmed', async () => {
    const local = DateTime.fromJSDate(start, { zone: 'Europe/London' }).plus({ days: 2 }).set({ hour: 7, minute: 30 });
    const req = await request({ date: local.toFormat('yyyy-MM-dd'), time: '07:30' });
    expect(req.custom).to.equal(true);
    const confirmed = await h.services.reschedule.confirm(world.therapist, { requestId: req.id });
    expect(confirmed.ok).to.equal(true);
    const slot = await h.db.models.Slot.findOne({ start: local.toJSDate() }).lean();
    expect(slot?.source).to.equal('custom');
    expect(confirmed.ok && confirmed.session.end.getTime() - confirmed.session.start.getTime()).to.equal(50 * 60_000);
  });

  it('moving into another month moves the unit, and is refused when that month is used up', async () => {
    const nextMonth = DateTime.fromISO('2030-02-12T10:00', { zone: 'Europe/London' });
    const req = await request({ date: nextMonth.toFormat('yyyy-MM-dd'), time: '10:00' });
    const confirmed = await h.services.reschedule.confirm(world.therapist, { requestId: req.id });
    expect(confirmed.ok).to.equal(true);
    const balances = (await h.services.sessions.overview(employee())).allowance;
    expect(balances.map((b) => [b.month, b.used])).to.deep.equal([
      ['2030-01', 0],
      ['2030-02', 1],
    ]);

    await h.services.admin.setAllowance(employee().identity, 1);
    const again = await h.services.sessions.book(employee(), { slotId: slotId(2) });
    expect(again.ok).to.equal(true);
    if (!again.ok) return;
    const refused = await h.services.reschedule.request(employee(), {
      sessionId: again.session.id,
      choice: { date: '2030-02-14', time: '10:00' },
      reason: 'Move to February',
    });
    expect(refused).to.deep.include({ ok: false, code: 'allowance_exhausted' });
  });

  it('the therapist declines with a note; the employee is told and the session stands', async () => {
    const req = await request();
    const declined = await h.services.reschedule.decline(world.therapist, { requestId: req.id, note: 'I am away that day' });
    expect(declined.ok && declined.request.status).to.equal('declined');
    expect(await statusOf(sessionId)).to.equal('booked');
    expect(h.notifier.kinds('person')).to.include('reschedule_declined');
    // A decided request cannot be decided again.
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: req.id })).to.deep.include({ code: 'already_decided' });
  });

  it('the therapist proposes another time and the employee accepts it', async () => {
    const req = await request();
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: req.id,
      choice: { slotId: slotId(2) },
      note: 'How about this?',
    });
    expect(proposed.ok).to.equal(true);
    if (!proposed.ok) return;
    expect(proposed.request.awaiting).to.equal('employee');
    expect(h.notifier.kinds('person')).to.include('reschedule_proposed');
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: proposed.request.id })).to.deep.include({
      code: 'not_awaiting_you',
    });
    const accepted = await h.services.reschedule.confirm(employee(), { requestId: proposed.request.id });
    expect(accepted.ok && accepted.session.start.getTime()).to.equal(world.slots[2]?.start.getTime());
    expect((await h.db.models.RescheduleRequest.findById(req.id).lean())?.status).to.equal('proposed');
  });

  it('the employee may decline a proposal; the session stands and a new request is possible', async () => {
    const req = await request();
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: req.id,
      choice: { slotId: slotId(2) },
      note: 'Maybe this?',
    });
    if (!proposed.ok) throw new Error('propose failed');
    expect((await h.services.reschedule.decline(employee(), { requestId: proposed.request.id })).ok).to.equal(true);
    expect(await statusOf(sessionId)).to.equal('booked');
    expect((await request({ slotId: slotId(3) })).status).to.equal('pending');
  });

  it('a session has at most one pending request, even when requested concurrently', async () => {
    const results = await Promise.all(
      [1, 2, 3, 1, 2, 3].map((i) =>
        h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(i) }, reason: 'Any of these' }),
      ),
    );
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.code === 'request_pending')).to.equal(true);
    expect(await h.db.models.RescheduleRequest.countDocuments({ status: 'pending' })).to.equal(1);
    // The losers hold nothing: one marker, and busy time only for the winner's time (plus the session's own).
    const winner = results.find((r) => r.ok);
    const requestId = winner?.ok ? winner.request.id : '';
    expect(await h.db.models.Claim.countDocuments({ kind: 'pending' })).to.equal(1);
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy', requestId: { $ne: requestId }, owner: /^request:/ })).to.equal(0);
    const asked = new Set([1, 2, 3].map((i) => slotId(i)));
    const heldSlot = winner?.ok
      ? [...asked].find((id) => world.slots.find((s) => String(s._id) === id)?.start.getTime() === winner.request.proposed.start.getTime())
      : undefined;
    for (const id of asked) {
      if (id === heldSlot) continue;
      expect((await h.services.sessions.book(world.employees[1] as Actor, { slotId: id })).ok, `slot ${id} is free again`).to.equal(true);
    }
  });

  it('a request for a time already taken is refused and leaves the session free to ask again', async () => {
    expect((await h.services.sessions.book(world.employees[1] as Actor, { slotId: slotId(1) })).ok).to.equal(true);
    const refused = await h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(1) }, reason: 'That one' });
    expect(refused).to.deep.include({ ok: false, code: 'slot_taken' });
    expect(await h.db.models.Claim.countDocuments({ kind: 'pending' })).to.equal(0);
    expect((await request({ slotId: slotId(2) })).status).to.equal('pending');
  });

  it('two concurrent confirmations apply once, with one audit event', async () => {
    const req = await request();
    const results = await Promise.all([1, 2, 3, 4].map(() => h.services.reschedule.confirm(world.therapist, { requestId: req.id })));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(await h.db.models.Session.countDocuments({ orgId: world.orgId, status: 'booked' })).to.equal(1);
    const audit = await h.services.context.store.audit.ofSubject(sessionId);
    expect(audit.filter((a) => a.action === 'reschedule_request.confirmed')).to.have.length(1);
    expect(h.notifier.kinds('person').filter((k) => k === 'session_rescheduled')).to.have.length(1);
  });

  it('a confirmation racing the employee withdrawing: exactly one wins', async () => {
    let current = 0;
    for (let round = 0; round < 3; round++) {
      const target = current === 1 ? 2 : 1;
      const req = await request({ slotId: slotId(target) });
      const [confirm, withdraw] = await Promise.all([
        h.services.reschedule.confirm(world.therapist, { requestId: req.id }),
        h.services.reschedule.withdraw(employee(), { requestId: req.id }),
      ]);
      expect([confirm.ok, withdraw.ok].filter(Boolean)).to.have.length(1);
      const stored = await h.db.models.RescheduleRequest.findById(req.id).lean();
      expect(stored?.status).to.equal(confirm.ok ? 'confirmed' : 'withdrawn');
      if (confirm.ok) {
        sessionId = confirm.session.id;
        current = target;
      }
    }
    expect(await h.db.models.Session.countDocuments({ orgId: world.orgId, status: 'booked' })).to.equal(1);
  });

  it('cancelling a session withdraws its pending request first', async () => {
    const req = await request();
    const cancelled = await h.services.sessions.cancel(employee(), { sessionId, reason: 'No longer needed' });
    expect(cancelled.ok).to.equal(true);
    expect((await h.db.models.RescheduleRequest.findById(req.id).lean())?.status).to.equal('withdrawn');
  });

  it('refuses bad input with a typed refusal and changes nothing', async () => {
    const before = await h.snapshot();
    const ask = (input: Partial<Parameters<typeof h.services.reschedule.request>[1]>, who: Actor = employee()) =>
      h.services.reschedule.request(who, { sessionId, choice: { slotId: slotId(1) }, reason: 'Good reason', ...input });
    expect(await ask({ reason: '' })).to.deep.include({ code: 'reason_missing' });
    expect(await ask({ reason: 'y'.repeat(1000) })).to.deep.include({ code: 'reason_too_long' });
    expect(await ask({ sessionId: 'garbage' })).to.deep.include({ code: 'unknown_session' });
    expect(await ask({}, world.employees[1] as Actor)).to.deep.include({ code: 'not_your_session' });
    expect(await ask({ choice: { slotId: 'garbage' } })).to.deep.include({ code: 'unknown_slot' });
    expect(await ask({ choice: { date: '2030-13-01', time: '10:00' } })).to.deep.include({ code: 'malformed_time' });
    expect(await ask({ choice: { date: '2029-12-01', time: '10:00' } })).to.deep.include({ code: 'time_in_past' });
    expect(await ask({ choice: { date: '2030-03-31', time: '01:30' } })).to.deep.include({ code: 'nonexistent_local_time' });
    expect(await ask({ choice: { slotId: slotId(0) } })).to.deep.include({ code: 'same_time' });
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: '64b7f0c2a1b2c3d4e5f60718' })).to.deep.include({
      code: 'unknown_request',
    });
    expect(await h.snapshot()).to.equal(before);
  });

  it('only the therapist of the request can confirm it', async () => {
    const req = await request();
    const otherWorld = await seedWorld(h.services, { orgId: 'other', employees: 1, slotCount: 0 });
    expect(await h.services.reschedule.confirm(otherWorld.therapist, { requestId: req.id })).to.deep.include({
      code: 'not_linked_therapist',
    });
    expect(await h.services.reschedule.confirm(employee(), { requestId: req.id })).to.deep.include({ code: 'not_awaiting_you' });
  });
});
