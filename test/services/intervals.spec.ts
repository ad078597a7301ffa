import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// A therapist is in at most one live session at any instant: intervals, not start times. Slots here are 50
// minutes every 2 hours from 2030-01-10 09:00 London (= UTC in January).
describe('services: busy time is enforced as intervals', () => {
  let h: CoreHarness;
  let world: World;
  const firstSlot = new Date('2030-01-10T09:00:00Z');

  beforeEach(async () => {
    h = await openCoreHarness('intervals');
    world = await seedWorld(h.services, { employees: 10, slotCount: 4, allowance: 4, firstSlot });
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const bookedSessions = () => h.db.models.Session.find({ status: 'booked' }).lean();
  const local = (iso: string) => {
    const t = DateTime.fromISO(iso, { zone: 'Europe/London' });
    return { date: t.toFormat('yyyy-MM-dd'), time: t.toFormat('HH:mm') };
  };
  /** One booked session for each of the ten employees: four in the seeded slots, six on the 12th. */
  async function tenBookedSessions(): Promise<string[]> {
    const seeded = await Promise.all([0, 1, 2, 3].map((i) => bookOrThrow(i, i)));
    const extra: string[] = [];
    for (const i of [4, 5, 6, 7, 8, 9]) {
      const slot = await h.services.availability.add(world.therapist, {
        ...local(`2030-01-12T${String(8 + i).padStart(2, '0')}:00`),
        durationMinutes: 50,
        weeks: 1,
      });
      if (!slot.ok) throw new Error(slot.code);
      const r = await h.services.sessions.book(employee(i), { slotId: String(slot.slots[0]?.id) });
      if (!r.ok) throw new Error(r.code);
      extra.push(r.session.id);
    }
    return [...seeded, ...extra];
  }

  async function bookOrThrow(i: number, slot: number): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!r.ok) throw new Error(`booking refused: ${r.code}`);
    return r.session.id;
  }

  it('a custom time overlapping a booked session is refused when asked for, and nothing is held', async () => {
    await bookOrThrow(0, 0); // 09:00-09:50
    const other = await bookOrThrow(1, 2); // 13:00-13:50
    const before = await h.snapshot();
    const asked = await h.services.reschedule.request(employee(1), {
      sessionId: other,
      choice: local('2030-01-10T09:20'),
      reason: 'Earlier please',
    });
    expect(asked).to.deep.include({ ok: false, code: 'slot_taken' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('a slot overlapping a confirmed custom session is no longer offered, and cannot be booked', async () => {
    const moved = await bookOrThrow(0, 2); // 13:00
    const asked = await h.services.reschedule.request(employee(0), {
      sessionId: moved,
      choice: local('2030-01-10T10:40'),
      reason: 'Earlier please',
    });
    if (!asked.ok) throw new Error(asked.code);
    expect((await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id })).ok).to.equal(true);
    // 10:40-11:30 overlaps the 11:00-11:50 slot (index 1), which must disappear from the offer.
    const open = await h.services.sessions.openSlots(employee(1));
    const offered = open.ok ? open.slots.map((s) => s.id) : [];
    expect(offered).to.not.include(slotId(1));
    expect(offered).to.include(slotId(2));
    expect(await h.services.sessions.book(employee(1), { slotId: slotId(1) })).to.deep.include({ code: 'slot_taken' });
    expect(await bookedSessions()).to.have.length(1);
  });

  it('a proposal overlapping a live session is refused; the request keeps its hold and stays pending', async () => {
    await bookOrThrow(0, 0); // 09:00
    const mine = await bookOrThrow(1, 2); // 13:00
    const asked = await h.services.reschedule.request(employee(1), { sessionId: mine, choice: { slotId: slotId(3) }, reason: 'Later' });
    if (!asked.ok) throw new Error(asked.code);
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: asked.request.id,
      choice: local('2030-01-10T09:30'),
      note: 'How about this?',
    });
    expect(proposed).to.deep.include({ ok: false, code: 'slot_taken' });
    expect((await h.db.models.RescheduleRequest.findById(asked.request.id).lean())?.status).to.equal('pending');
    // The requested slot is still held for the request: another employee cannot take it.
    expect(await h.services.sessions.book(employee(2), { slotId: slotId(3) })).to.deep.include({ code: 'slot_taken' });
    expect((await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id })).ok).to.equal(true);
  });

  it('a proposal may overlap the time the employee asked for, and their own session', async () => {
    const mine = await bookOrThrow(0, 2); // 13:00-13:50
    const asked = await h.services.reschedule.request(employee(0), { sessionId: mine, choice: local('2030-01-10T15:00'), reason: 'Later' });
    if (!asked.ok) throw new Error(asked.code);
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: asked.request.id,
      choice: local('2030-01-10T13:30'),
      note: 'Half an hour later?',
    });
    if (!proposed.ok) throw new Error(proposed.code);
    const accepted = await h.services.reschedule.confirm(employee(0), { requestId: proposed.request.id });
    expect(accepted.ok).to.equal(true);
    const booked = await bookedSessions();
    expect(booked.map((s) => s.start.toISOString())).to.deep.equal(['2030-01-10T13:30:00.000Z']);
    // 13:00-13:30 was freed with the old session, 13:30-14:20 stays busy.
    const busy = (await h.db.models.Claim.find({ kind: 'busy' }).lean()).map((c) => c._id).sort();
    expect(busy[0]).to.match(/2030-01-10T13:30:00.000Z$/);
    expect(busy).to.have.length(10);
    expect(new Set((await h.db.models.Claim.find({ kind: 'busy' }).lean()).map((c) => c.sessionId))).to.deep.equal(
      new Set([String(booked[0]?._id)]),
    );
  });

  it('availability that overlaps a live session is refused; adjacent availability is fine', async () => {
    await bookOrThrow(0, 0); // 09:00-09:50
    const overlapping = await h.services.availability.add(world.therapist, { ...local('2030-01-10T09:40'), durationMinutes: 30, weeks: 1 });
    expect(overlapping).to.deep.include({ ok: false, code: 'slot_overlap' });
    const adjacent = await h.services.availability.add(world.therapist, { ...local('2030-01-10T09:50'), durationMinutes: 30, weeks: 1 });
    expect(adjacent.ok).to.equal(true);
  });

  it("a therapist's buffer keeps the minutes after a session free", async () => {
    await h.db.models.Person.updateOne({ _id: world.therapistDoc._id }, { $set: { bufferMinutes: 15 } });
    const added = await h.services.availability.add(world.therapist, { ...local('2030-01-10T10:00'), durationMinutes: 50, weeks: 1 });
    if (!added.ok) throw new Error(added.code);
    await bookOrThrow(0, 0); // 09:00-09:50, busy to 10:05
    expect(await h.services.sessions.book(employee(1), { slotId: String(added.slots[0]?.id) })).to.deep.include({ code: 'slot_taken' });
  });

  it('ten overlapping custom times asked for at once: exactly one is held, and only it can become a session', async () => {
    const all = await tenBookedSessions();
    // Ten requests for ten different start times between 16:00 and 16:45, all overlapping one another.
    const results = await Promise.all(
      all.map((sessionId, i) =>
        h.services.reschedule.request(employee(i), {
          sessionId,
          choice: local(`2030-01-13T16:${String(i * 5).padStart(2, '0')}`),
          reason: 'Race',
        }),
      ),
    );
    const won = results.filter((r) => r.ok);
    expect(won).to.have.length(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).to.deep.equal(Array(9).fill('slot_taken'));
    expect(await h.db.models.RescheduleRequest.countDocuments({ status: 'pending' })).to.equal(1);
    const busy = await h.db.models.Claim.find({ kind: 'busy', _id: /2030-01-13/ }).lean();
    expect(new Set(busy.map((c) => c.requestId)).size).to.equal(1);
    const winner = won[0];
    if (!winner?.ok) throw new Error('no winner');
    const confirms = await Promise.all(
      [0, 1, 2].map(() => h.services.reschedule.confirm(world.therapist, { requestId: winner.request.id })),
    );
    expect(confirms.filter((c) => c.ok)).to.have.length(1);
    const onThe13th = await h.db.models.Session.find({ status: 'booked', start: { $gte: new Date('2030-01-13T00:00:00Z') } }).lean();
    expect(onThe13th).to.have.length(1);
  });

  it('ten confirmations of overlapping requests whose time nobody holds (older data), racing: one session, one set of ticks', async () => {
    const sessions = await tenBookedSessions();
    const requestIds: string[] = [];
    for (const [i, sessionId] of sessions.entries()) {
      const r = await h.services.reschedule.request(employee(i), {
        sessionId,
        choice: local(`2030-01-14T${String(i).padStart(2, '0')}:00`),
        reason: 'Race',
      });
      if (!r.ok) throw new Error(r.code);
      requestIds.push(r.request.id);
    }
    // Move every request onto overlapping times and drop their holds, as if they predated held requests.
    for (const [i, id] of requestIds.entries()) {
      const start = new Date(Date.UTC(2030, 0, 14, 16, i * 5));
      await h.db.models.RescheduleRequest.updateOne({ _id: id }, { $set: { start, end: new Date(start.getTime() + 50 * 60_000) } });
    }
    await h.db.models.Claim.deleteMany({ kind: 'busy', requestId: { $in: requestIds } });
    const results = await Promise.all(requestIds.map((requestId) => h.services.reschedule.confirm(world.therapist, { requestId })));
    expect(results.filter((r) => r.ok)).to.have.length(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).to.deep.equal(Array(9).fill('slot_taken'));
    const on14th = await h.db.models.Session.find({ status: 'booked', start: { $gte: new Date('2030-01-14T00:00:00Z') } }).lean();
    expect(on14th).to.have.length(1);
    const ticks = await h.db.models.Claim.find({ kind: 'busy', _id: /2030-01-14T1[67]/ }).lean();
    expect(new Set(ticks.map((c) => c.sessionId))).to.deep.equal(new Set([String(on14th[0]?._id)]));
    // The losers' requests stay pending and their employees were told it could not be confirmed.
    expect(await h.db.models.RescheduleRequest.countDocuments({ _id: { $in: requestIds }, status: 'pending' })).to.equal(9);
    expect(h.notifier.kinds('person').filter((k) => k === 'reschedule_not_confirmed')).to.have.length(9);
  });
});
