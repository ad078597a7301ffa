import { expect } from 'chai';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { identity, seedWorld, type World } from '../support/fixtures.js';

describe('services: relay', () => {
  let h: CoreHarness;
  let world: World;
  beforeEach(async () => {
    h = await openCoreHarness('relay');
    world = await seedWorld(h.services, { employees: 2, slotCount: 0 });
  });
  afterEach(() => h.close());
  const employee = () => world.employees[0] as Actor;

  it('opens the employee thread once, even for concurrent first messages, and relays each delivery once', async () => {
    const sends = await Promise.all(
      ['a', 'b', 'c'].map((k) => h.services.relay.fromEmployee(employee(), { text: `hello ${k}`, deliveryKey: k })),
    );
    expect(sends.every((s) => s.ok)).to.equal(true);
    expect(h.notifier.kinds('open')).to.have.length(1);
    expect(h.notifier.kinds('thread')).to.deep.equal(['relay', 'relay', 'relay']);
    const retry = await h.services.relay.fromEmployee(employee(), { text: 'hello a', deliveryKey: 'a' });
    expect(retry).to.deep.include({ ok: true, duplicate: true });
    expect(h.notifier.kinds('thread')).to.have.length(3);
    // Text passes through and is never stored.
    expect(await h.snapshot()).to.not.include('hello');
  });

  it("relays the therapist's thread reply to the employee, once, and ignores other threads and people", async () => {
    await h.services.relay.fromEmployee(employee(), { text: 'hi', deliveryKey: 'first' });
    const opened = h.notifier.sent.find((s) => s.op === 'open');
    const threadId = opened?.op === 'open' ? opened.threadId : '';
    const reply = { thread: { channel: world.channel, threadId }, sender: world.therapist.identity, text: 'Hi there', deliveryKey: 'r1' };
    expect(await h.services.relay.fromThread(reply)).to.deep.include({ ok: true, relayed: true });
    expect(await h.services.relay.fromThread(reply)).to.deep.include({ duplicate: true, relayed: false });
    // The relayed reply (the care note the employee got on opening the conversation is another notice).
    const personal = h.notifier.sent.filter((s) => s.op === 'person' && s.notice.kind === 'relay');
    expect(personal).to.have.length(1);
    expect(personal[0]?.op === 'person' && personal[0].to.personId).to.equal(employee().personId);
    expect(
      await h.services.relay.fromThread({ ...reply, thread: { ...reply.thread, threadId: 'other' }, deliveryKey: 'r2' }),
    ).to.deep.include({ relayed: false });
    expect(await h.services.relay.fromThread({ ...reply, sender: identity('slack', 'UCOLLEAGUE'), deliveryKey: 'r3' })).to.deep.include({
      ok: false,
      code: 'not_linked_therapist',
    });
  });

  it('a failed delivery is reported to the sender and can be retried with the same key', async () => {
    h.notifier.failThread = true;
    expect(await h.services.relay.fromEmployee(employee(), { text: 'hello', deliveryKey: 'k' })).to.deep.include({
      ok: false,
      code: 'relay_failed',
    });
    h.notifier.failThread = false;
    expect(await h.services.relay.fromEmployee(employee(), { text: 'hello', deliveryKey: 'k' })).to.deep.include({
      ok: true,
      duplicate: false,
    });
  });

  it('opens a new thread when the old one was deleted on the platform', async () => {
    await h.services.relay.fromEmployee(employee(), { text: 'first', deliveryKey: 'g1' });
    const first = h.notifier.sent.find((s) => s.op === 'open');
    h.notifier.goneThreads.add(first?.op === 'open' ? first.threadId : '');
    expect(await h.services.relay.fromEmployee(employee(), { text: 'second', deliveryKey: 'g2' })).to.deep.include({
      ok: true,
      duplicate: false,
    });
    expect(h.notifier.kinds('open')).to.have.length(2);
    const opened = h.notifier.sent.filter((s) => s.op === 'open').map((s) => (s.op === 'open' ? s.threadId : ''));
    const lastPost = h.notifier.sent.filter((s) => s.op === 'thread').pop();
    expect(lastPost?.op === 'thread' && lastPost.thread.threadId).to.equal(opened[1]);
  });

  it('tells an employee whose therapist has no linked channel', async () => {
    await h.db.models.ChannelLink.deleteMany({});
    expect(await h.services.relay.fromEmployee(employee(), { text: 'hello', deliveryKey: 'x' })).to.deep.include({
      code: 'therapist_not_linked',
    });
  });
});

describe('services: usage report', () => {
  let h: CoreHarness;
  let world: World;
  beforeEach(async () => {
    h = await openCoreHarness('usage');
    world = await seedWorld(h.services, {
      employees: 8,
      slotCount: 8,
      slotEveryHours: 1,
      departments: ['Eng', 'Eng', 'Eng', 'Eng', 'Eng', 'Eng', 'Ops', 'Ops'],
      minReportGroupSize: 3,
    });
    for (let i = 0; i < 6; i++) await h.services.sessions.book(world.employees[i] as Actor, { slotId: String(world.slots[i]?._id) });
  });
  afterEach(() => h.close());

  it('counts per month and department and suppresses small groups, so none can be derived', async () => {
    const result = await h.services.usage.report(world.hr, { month: '2030-01' });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    const [all, eng, ops] = result.report.rows;
    expect(all).to.include({ department: 'All departments', employees: 8, booked: 6, suppressed: false });
    expect(all?.allowanceUtilisation).to.equal(0.188); // 6 units of 32
    // Ops has 2 people (< 3): suppressed; Eng is then suppressed too, or Ops = All - Eng.
    expect(ops).to.include({ department: 'Ops', suppressed: true, booked: null });
    expect(eng).to.include({ department: 'Eng', suppressed: true, booked: null });
    expect(JSON.stringify(result.report)).to.not.match(/Employee \d/);
  });

  it('counts cancellations, late cancellations and reschedules', async () => {
    const sessions = await h.db.models.Session.find({}).lean();
    const first = sessions[0];
    const owner = world.employees.find((e) => e.personId === String(first?.employeeId)) as Actor;
    await h.services.sessions.cancel(owner, { sessionId: String(first?._id), reason: 'Cannot make it' });
    const result = await h.services.usage.report(world.hr, { month: '2030-01' });
    expect(result.ok && result.report.rows[0]).to.include({ booked: 5, cancelled: 1 });
  });

  it('is refused to anyone who is not an HR admin, and for malformed months', async () => {
    expect(await h.services.usage.report(world.employees[0] as Actor, {})).to.deep.include({ ok: false, code: 'not_hr_admin' });
    expect(await h.services.usage.report(world.therapist, {})).to.deep.include({ ok: false, code: 'not_hr_admin' });
    expect(await h.services.usage.report(world.hr, { month: '2030-13' })).to.deep.include({ ok: false, code: 'invalid_month' });
  });
});

describe('services: availability', () => {
  let h: CoreHarness;
  let world: World;
  beforeEach(async () => {
    h = await openCoreHarness('availability');
    world = await seedWorld(h.services, { employees: 1, slotCount: 1 });
  });
  afterEach(() => h.close());

  it('adds weekly slots that keep their local time across a DST change', async () => {
    const added = await h.services.availability.add(world.therapist, { date: '2030-03-20', time: '09:00', durationMinutes: 50, weeks: 3 });
    expect(added.ok && added.slots.map((s) => s.start.toISOString())).to.deep.equal([
      '2030-03-20T09:00:00.000Z',
      '2030-03-27T09:00:00.000Z',
      '2030-04-03T08:00:00.000Z',
    ]);
  });

  it('refuses overlaps, bad durations and repeats, past times, and non-therapists', async () => {
    await h.services.availability.add(world.therapist, { date: '2030-03-20', time: '09:00', durationMinutes: 50, weeks: 1 });
    const before = await h.snapshot();
    const add = (input: Partial<Parameters<typeof h.services.availability.add>[1]>, who: Actor = world.therapist) =>
      h.services.availability.add(who, { date: '2030-03-20', time: '09:30', durationMinutes: 50, weeks: 1, ...input });
    expect(await add({})).to.deep.include({ code: 'slot_overlap' });
    expect(await add({ time: '10:00', durationMinutes: 5 })).to.deep.include({ code: 'invalid_duration' });
    expect(await add({ time: '10:00', weeks: 30 })).to.deep.include({ code: 'invalid_repeat' });
    expect(await add({ date: '2020-01-01' })).to.deep.include({ code: 'time_in_past' });
    expect(await add({ time: '10:00' }, world.employees[0] as Actor)).to.deep.include({ code: 'not_therapist' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('removes a free slot but not a booked one', async () => {
    const slotId = String(world.slots[0]?._id);
    await h.services.sessions.book(world.employees[0] as Actor, { slotId });
    expect(await h.services.availability.remove(world.therapist, { slotId })).to.deep.include({ code: 'slot_held' });
    const added = await h.services.availability.add(world.therapist, { date: '2030-03-20', time: '09:00', durationMinutes: 50, weeks: 1 });
    if (!added.ok) throw new Error('add failed');
    expect((await h.services.availability.remove(world.therapist, { slotId: added.slots[0]?.id ?? '' })).ok).to.equal(true);
    const listed = await h.services.availability.list(world.therapist);
    expect(listed.ok && listed.slots.map((s) => [s.id, s.held])).to.deep.equal([[slotId, true]]);
  });
});

describe('services: availability across a clock change', () => {
  let h: CoreHarness;
  let world: World;
  beforeEach(async () => {
    h = await openCoreHarness('availability_dst');
    world = await seedWorld(h.services, { employees: 1, slotCount: 0 });
  });
  afterEach(() => h.close());

  it('refuses a weekly repeat that would land in the spring-forward gap', async () => {
    // 2030-03-24 01:30 exists in London; a week later (31 March) 01:30 does not.
    const before = await h.snapshot();
    const added = await h.services.availability.add(world.therapist, { date: '2030-03-24', time: '01:30', durationMinutes: 50, weeks: 2 });
    expect(added).to.deep.include({ ok: false, code: 'nonexistent_local_time' });
    expect(await h.snapshot()).to.equal(before);
  });
});
