// A therapist's days away (issue 19, §5): their open times then are hidden and cannot be booked or requested; adding
// a period answers with the sessions already booked in it; a client who writes then is told once when they are back,
// with the support line; set by the therapist or the operator, in the therapist's zone.
import { expect } from 'chai';
import { noticeText } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

describe("services: a therapist's days away", () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('away', new Date('2030-01-07T09:00:00Z'));
    // Daily slots at 10:00 London from Thursday 10 January to Wednesday 16 January.
    world = await seedWorld(h.services, { employees: 1, slotCount: 7, slotEveryHours: 24, firstSlot: new Date('2030-01-10T10:00:00Z') });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const offeredDays = async () => {
    const open = await h.services.sessions.openSlots(employee(), { forBooking: true });
    if (!open.ok) throw new Error(open.code);
    return open.slots.map((s) => s.start.toISOString().slice(0, 10));
  };

  it('hides and refuses times while away, lists what is already booked then, and clears', async () => {
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(3) }); // Sunday 13th
    if (!booked.ok) throw new Error(booked.code);
    const set = await h.services.away.setOwn(world.therapist, '2030-01-12 2030-01-14');
    if (!set.ok) throw new Error(set.code);
    expect(set.periods).to.deep.equal([{ from: '2030-01-12', to: '2030-01-14' }]);
    expect(
      set.booked.map((s) => s.id),
      'the session already booked then, to move or cancel',
    ).to.deep.equal([booked.session.id]);
    expect(await offeredDays()).to.deep.equal(['2030-01-10', '2030-01-11', '2030-01-15', '2030-01-16']);
    expect(await h.services.sessions.book(employee(), { slotId: slotId(4) })).to.deep.include({ ok: false, code: 'therapist_away' });
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(2) },
      reason: 'Earlier',
    });
    expect(asked).to.deep.include({ ok: false, code: 'therapist_away' });
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'therapist.away_set' })).to.equal(1);
    expect((await h.services.away.setOwn(world.therapist, 'clear')).ok).to.equal(true);
    expect(await offeredDays()).to.have.length(6);
  });

  it('refuses dates it cannot read, in the past, backwards or too long, and anyone but a therapist; nothing changes', async () => {
    const before = await h.snapshot();
    for (const bad of ['next week', '2030-01-14 2030-01-12', '2029-12-01 2029-12-05', '2030-01-10 2030-06-01', '2030-02-30'])
      expect(await h.services.away.setOwn(world.therapist, bad), bad).to.deep.include({ ok: false, code: 'invalid_away_period' });
    expect(await h.services.away.setOwn(employee(), '2030-01-12 2030-01-14')).to.deep.include({ ok: false, code: 'not_therapist' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('a client who writes while the therapist is away is told once when they are back, with the support line', async () => {
    expect((await h.services.admin.setPolicy(world.orgId, { supportLine: 'the Acme support line' })).ok).to.equal(true);
    expect((await h.services.away.setFor(world.therapist.identity, '2030-01-07 2030-01-09')).ok).to.equal(true);
    for (const n of [1, 2, 3])
      expect((await h.services.relay.fromEmployee(employee(), { text: 'Hello', deliveryKey: `away-${n}` })).ok).to.equal(true);
    await h.services.idle();
    const notes = h.notifier.sent
      .filter((s) => s.op === 'person' && s.notice.kind === 'care_note')
      .map((s) => noticeText(s.notice, british('Europe/London')));
    expect(notes.map((n) => n.title)).to.deep.equal(['Dr Sam Rivers is away until Thu 10 Jan 2030']);
    expect(notes[0]?.lines.join(' ')).to.include('the Acme support line').and.include('back on Thu 10 Jan 2030');
  });
});
