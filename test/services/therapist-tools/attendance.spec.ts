import { expect } from 'chai';
import type { Actor } from '../../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../../support/core-harness.js';
import { seedWorld, type World } from '../../support/fixtures.js';

describe('therapist tools: marking attendance after a session, once', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;
  let end: Date;

  beforeEach(async () => {
    h = await openCoreHarness('attendance');
    world = await seedWorld(h.services, { employees: 1, slotCount: 1 });
    const booked = await h.services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[0]?._id) });
    if (!booked.ok) throw new Error('booking failed');
    sessionId = booked.session.id;
    end = booked.session.end;
  });
  afterEach(() => h.close());

  const mark = (actor: Actor, attendance: string) => h.services.attendance.mark(actor, { sessionId, attendance });

  it('only after the session, only by its therapist, with a valid mark', async () => {
    expect(await mark(world.therapist, 'no_show')).to.deep.equal({ ok: false, code: 'not_ended' });
    h.setNow(new Date(end.getTime() + 60_000));
    expect(await mark(world.employees[0] as Actor, 'attended')).to.deep.equal({ ok: false, code: 'not_your_session' });
    expect(await mark(world.therapist, 'maybe')).to.deep.equal({ ok: false, code: 'bad_input' });
    expect((await h.db.models.Session.findById(sessionId).lean())?.attendance).to.equal(null);
  });

  it('racing marks record one, with one audit event', async () => {
    h.setNow(new Date(end.getTime() + 60_000));
    const results = await Promise.all([
      mark(world.therapist, 'no_show'),
      mark(world.therapist, 'attended'),
      mark(world.therapist, 'no_show'),
    ]);
    const winners = results.filter((r) => r.ok);
    expect(winners).to.have.length(1);
    const stored = (await h.db.models.Session.findById(sessionId).lean())?.attendance;
    expect(winners[0]).to.deep.equal({ ok: true, attendance: stored });
    expect(
      await h.db.models.AuditEvent.countDocuments({ subjectId: sessionId, action: { $in: ['session.attended', 'session.no_show'] } }),
    ).to.equal(1);
  });

  it('a mark whose call died after its claim is written by the next call', async () => {
    h.setNow(new Date(end.getTime() + 60_000));
    await h.services.context.store.markers.mark(
      `attendance:${sessionId}`,
      'attendance',
      `attendance:1:${world.therapist.personId}`,
      { sessionId, data: { attendance: 'no_show' } },
      h.now(),
    );
    expect(await mark(world.therapist, 'attended')).to.deep.equal({ ok: false, code: 'already_marked', params: { marked: 'no_show' } });
    expect((await h.db.models.Session.findById(sessionId).lean())?.attendance).to.equal('no_show');
  });
});

describe('therapist tools: the usage report counts no-shows', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('attendance-usage');
    world = await seedWorld(h.services, { employees: 5, slotCount: 5, minReportGroupSize: 5, firstSlot: new Date('2030-01-10T10:00:00Z') });
  });
  afterEach(() => h.close());

  it('counts each session marked as a no-show, for the month and the department', async () => {
    const ids: string[] = [];
    for (const [i, e] of world.employees.entries()) {
      const booked = await h.services.sessions.book(e, { slotId: String(world.slots[i]?._id) });
      if (!booked.ok) throw new Error('booking failed');
      ids.push(booked.session.id);
    }
    h.setNow(new Date('2030-01-20T10:00:00Z'));
    for (const id of ids.slice(0, 2))
      expect((await h.services.attendance.mark(world.therapist, { sessionId: id, attendance: 'no_show' })).ok).to.equal(true);
    expect((await h.services.attendance.mark(world.therapist, { sessionId: ids[2], attendance: 'attended' })).ok).to.equal(true);
    const report = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!report.ok) throw new Error('report refused');
    expect(report.report.rows.map((r) => [r.department, r.noShows, r.completed])).to.deep.equal([
      ['All departments', 2, 5],
      ['Engineering', 2, 5],
    ]);
  });
});
