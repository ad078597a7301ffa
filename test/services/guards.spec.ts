import { expect } from 'chai';
import { DateTime } from 'luxon';
import type { Actor } from '../../src/services/types.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

// Rules whose guard is one line of code: each test fails when that line is dropped. Slots are 50 minutes every
// 2 hours from 2030-01-10 09:00 London (= UTC in January).
describe('services: one-line guards', () => {
  let h: CoreHarness;
  let world: World;
  const firstSlot = new Date('2030-01-10T09:00:00Z');

  beforeEach(async () => {
    h = await openCoreHarness('guards');
    world = await seedWorld(h.services, { employees: 3, slotCount: 4, allowance: 2, firstSlot, minReportGroupSize: 5 });
  });
  afterEach(() => h.close());

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const local = (iso: string) => {
    const t = DateTime.fromISO(iso, { zone: 'Europe/London' });
    return { date: t.toFormat('yyyy-MM-dd'), time: t.toFormat('HH:mm') };
  };
  async function book(i: number, slot: number): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!r.ok) throw new Error(`booking refused: ${r.code}`);
    return r.session.id;
  }

  it('a declined request frees only the time it held, never the ticks its own session keeps', async () => {
    const own = await book(0, 0); // 09:00-09:50
    // Half an hour later overlaps the session's own time: those ticks stay the session's, the rest are the request's.
    const asked = await h.services.reschedule.request(employee(0), {
      sessionId: own,
      choice: local('2030-01-10T09:30'),
      reason: 'Later please',
    });
    if (!asked.ok) throw new Error(asked.code);
    expect((await h.services.reschedule.decline(world.therapist, { requestId: asked.request.id, note: 'Sorry' })).ok).to.equal(true);
    // Another client may not be moved into the booked session's time.
    const other = await book(1, 2);
    const intruder = await h.services.reschedule.request(employee(1), {
      sessionId: other,
      choice: local('2030-01-10T09:35'),
      reason: 'Earlier',
    });
    expect(intruder).to.deep.include({ ok: false, code: 'slot_taken' });
  });

  it('a direct booking that meets a dead allowance unit repairs it and books', async () => {
    await book(0, 0);
    // A unit whose call died before its session was written, long ago: the month looks used up until repaired.
    await h.db.models.Claim.collection.insertOne({
      _id: `unit:${employee(0).personId}:2030-01:1`,
      kind: 'unit',
      owner: 'book:dead',
      sessionId: '0123456789abcdef01234567',
      employeeId: employee(0).personId,
      month: '2030-01',
      createdAt: new Date(h.now().getTime() - GRACE_MS - 1),
    } as never);
    const r = await h.services.sessions.book(employee(0), { slotId: slotId(1) });
    expect(r.ok, r.ok ? '' : r.code).to.equal(true);
    expect(await h.db.models.Session.countDocuments({ employeeId: employee(0).personId, status: 'booked' })).to.equal(2);
    expect(await h.db.models.Claim.countDocuments({ kind: 'unit', employeeId: employee(0).personId })).to.equal(2);
  });

  it('a request whose new time has passed by the time it is confirmed is refused, and the client is told', async () => {
    const own = await book(0, 2); // 13:00
    const asked = await h.services.reschedule.request(employee(0), { sessionId: own, choice: { slotId: slotId(0) }, reason: 'Earlier' });
    if (!asked.ok) throw new Error(asked.code);
    // The session (13:00) is outside a 1-hour cutoff at 09:05, but the requested 09:00 has begun.
    expect((await h.services.admin.setPolicy('acme', { rescheduleCutoffHours: 1 })).ok).to.equal(true);
    h.setNow(new Date('2030-01-10T09:05:00Z'));
    h.notifier.clear();
    const r = await h.services.reschedule.confirm(world.therapist, { requestId: asked.request.id });
    expect(r).to.deep.include({ ok: false, code: 'time_in_past' });
    await h.services.idle();
    expect(h.notifier.sent.filter((x) => x.notice.kind === 'reschedule_not_confirmed' && x.op === 'person')).to.have.length(1);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);
    expect(await h.db.models.Claim.countDocuments({ kind: 'decision' })).to.equal(0);
    expect((await h.db.models.Session.findById(own).lean())?.status).to.equal('booked');
  });

  it('an organisation smaller than the minimum group is reported to HR without its totals', async () => {
    await book(0, 0);
    await book(1, 1);
    const r = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!r.ok) throw new Error(r.code);
    expect(r.report.rows.length).to.be.greaterThan(0);
    for (const row of r.report.rows) {
      expect(row, `row ${row.department}`).to.deep.include({ suppressed: true, employees: null, booked: null, employeesWhoBooked: null });
    }
  });
});
