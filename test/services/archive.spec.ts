// Hot and cold (docs/design.md §6): the sweep moves settled history to one cold collection per month and kind, by
// copy then delete. A pass killed between the two leaves a document in both: nothing counts it twice, and the next
// pass finishes the move. A document changed between copy and delete stays hot and is copied again. A day moves only
// once its sessions' month is over everywhere, so a unit of an open month is never judged by a session moved away.
import { expect } from 'chai';
import sinon from 'sinon';
import type { mongo } from 'mongoose';
import { addMonths, dayKey, EARLIEST_ZONE, monthOf } from '../../src/domain/time.js';
import { archiveSettled, lastArchivableDay } from '../../src/services/reservations/index.js';
import type { Actor } from '../../src/services/types.js';
import { ARCHIVE_MARK, coldMonthsOfDay } from '../../src/store/archive.js';
import { findEverywhere } from '../support/archive.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';

const DAY = 86_400_000;

describe('services: settled history moves to the cold collections', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('archive_move', new Date('2030-01-07T10:00:00Z'));
    world = await seedWorld(h.services, { employees: 2, slotCount: 4, slotEveryHours: 30, minReportGroupSize: 1 });
  });
  afterEach(async () => {
    sinon.restore();
    await h.close();
  });

  const employee = (i: number) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  async function book(i: number, slot: number): Promise<string> {
    const r = await h.services.sessions.book(employee(i), { slotId: slotId(slot) });
    if (!r.ok) throw new Error(r.code);
    return r.session.id;
  }
  const januaryReport = async () => {
    const r = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!r.ok) throw new Error(r.code);
    return r.report;
  };
  const mark = async () => (await h.services.context.store.sweepMarks.all()).get(ARCHIVE_MARK);
  /** January's two sessions, attended, and two months later: their days are old enough to move. */
  async function januaryHistory(): Promise<string[]> {
    const ids = [await book(0, 0), await book(1, 1)];
    h.setNow(new Date('2030-01-12T10:00:00Z'));
    for (const sessionId of ids)
      expect((await h.services.attendance.mark(world.therapist, { sessionId, attendance: 'attended' })).ok).to.equal(true);
    await h.services.idle();
    h.setNow(new Date('2030-03-10T10:00:00Z'));
    return ids;
  }

  /** Makes the process die right after its first copy into a cold collection, before the delete from the hot one. */
  function killAfterCopy(): void {
    const hot = h.db.models.Session.collection;
    sinon.stub(hot, 'deleteMany').rejects(new Error('killed between copy and delete'));
  }

  it('a pass killed between copy and delete: in both, counted once; the next pass finishes the move', async () => {
    const ids = await januaryHistory();
    const report = JSON.stringify(await januaryReport());
    expect((await januaryReport()).rows[0]).to.include({ completed: 2 });
    expect(await h.db.models.Marker.countDocuments({ kind: 'attendance' })).to.equal(2);
    killAfterCopy();
    await archiveSettled(h.services.context).then(
      () => expect.fail('the pass should have died'),
      (err: Error) => expect(err.message).to.equal('killed between copy and delete'),
    );
    const both = await findEverywhere(h.db, 'sessions');
    // The first session's day was copied, not deleted; the second's day was not reached.
    expect(both.map((s) => [String(s._id), s.in])).to.deep.equal([
      [ids[0], 'sessions'],
      [ids[0], 'sessions_2030_01'],
      [ids[1], 'sessions'],
    ]);
    expect(await mark(), 'the walk did not pass the day').to.equal(undefined);
    // Every reader of both sides keeps one document per id.
    expect(JSON.stringify(await januaryReport())).to.equal(report);
    const person = await h.services.context.store.personData.inOrg(world.orgId, employee(0).identity);
    const exported = await h.services.admin.exportPerson(person!, null);
    expect(exported.sessions.map((s) => String(s._id))).to.deep.equal([ids[0]]);

    sinon.restore();
    await archiveSettled(h.services.context);
    const moved = await findEverywhere(h.db, 'sessions');
    expect(moved.map((s) => [String(s._id), s.in, s.attendance])).to.deep.equal(
      ids.map((id) => [id, 'sessions_2030_01', 'attended']).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await mark()).to.equal(lastArchivableDay(h.now()));
    expect(JSON.stringify(await januaryReport())).to.equal(report);
    // Their attendance can no longer be marked (refused as archived): the once-only marks are gone with them.
    expect(await h.db.models.Marker.countDocuments({ kind: 'attendance' })).to.equal(0);
    expect(await h.services.attendance.mark(world.therapist, { sessionId: ids[0], attendance: 'no_show' })).to.deep.include({
      ok: false,
      code: 'session_archived',
    });
    // A pass over what is already moved moves nothing and changes nothing.
    const snapshot = await h.snapshot();
    expect(await archiveSettled(h.services.context)).to.deep.equal({ sessions: 0, requests: 0, auditEvents: 0 });
    expect(await h.snapshot()).to.equal(snapshot);
  });

  it('a session changed between its copy and its delete stays hot, counted once as changed, and is copied again', async () => {
    const [first] = [await book(0, 0)];
    h.setNow(new Date('2030-03-10T10:00:00Z'));
    // The therapist marks attendance (a month late) just as the sweep copies the session.
    const cold = h.services.context.store.archive.cold('sessions', '2030-01').collection;
    const copy = cold.insertMany.bind(cold);
    let marked = false;
    sinon
      .stub(cold, 'insertMany')
      .callsFake(async (docs: readonly mongo.OptionalId<mongo.Document>[], options?: mongo.BulkWriteOptions) => {
        const result = await copy(docs as mongo.OptionalId<mongo.Document>[], options);
        if (!marked) {
          marked = true;
          expect((await h.services.attendance.mark(world.therapist, { sessionId: first, attendance: 'no_show' })).ok).to.equal(true);
        }
        return result;
      });
    await archiveSettled(h.services.context);
    const where = await findEverywhere(h.db, 'sessions');
    expect(where.map((s) => [s.in, s.attendance])).to.deep.equal([
      ['sessions', 'no_show'],
      ['sessions_2030_01', null],
    ]);
    expect(await mark(), 'the walk stays before the day').to.equal('2030-01-09');
    expect((await januaryReport()).rows[0]).to.include({ noShows: 1 });

    sinon.restore();
    await archiveSettled(h.services.context);
    expect((await findEverywhere(h.db, 'sessions')).map((s) => [s.in, s.attendance])).to.deep.equal([['sessions_2030_01', 'no_show']]);
    expect((await januaryReport()).rows[0]).to.include({ noShows: 1 });
  });

  it('a request still pending holds the walk at its day; once decided, the day moves whole', async () => {
    const sessionId = await book(0, 3);
    const asked = await h.services.reschedule.request(employee(0), { sessionId, choice: { slotId: slotId(2) }, reason: 'A clash' });
    if (!asked.ok) throw new Error(asked.code);
    // Later than its day's archive age, the request still waits (a session booked far ahead).
    h.setNow(new Date(h.now().getTime() + 36 * DAY));
    const held = await archiveSettled(h.services.context);
    expect(held.requests).to.equal(0);
    expect(await mark()).to.equal(undefined);
    expect((await findEverywhere(h.db, 'reschedule_requests')).map((r) => r.in)).to.deep.equal(['reschedule_requests']);
    // The sweep expires it (its session is past), then its hourly step moves the day.
    h.advance(3_660_000);
    await h.services.sweep();
    await h.services.idle();
    expect((await findEverywhere(h.db, 'reschedule_requests')).map((r) => r.in)).to.deep.equal(['reschedule_requests_2030_01']);
    expect(await mark()).to.equal(lastArchivableDay(h.now()));
  });

  it("forgets the messages about a day's sessions when the day moves: nothing is left to bring up to date", async () => {
    const [sessionId = ''] = await januaryHistory();
    const session = await h.db.models.Session.findById(sessionId).lean().exec();
    const store = h.services.context.store.sessionMessages;
    const remember = (id: string, day: string) =>
      store.remember({
        _id: `${id}:slack:D1:${day}`,
        sessionId: id,
        employeeId: session?.employeeId as never,
        orgId: world.orgId,
        day,
        message: { platform: 'slack', channelId: 'D1', id: day } as never,
        notice: {},
        createdAt: h.now(),
      });
    await remember(sessionId, dayKey(session?.start as Date));
    await remember('later-session', '2030-03-20');
    await archiveSettled(h.services.context);
    expect((await h.db.models.SessionMessage.find({}).lean().exec()).map((m) => m.day)).to.deep.equal(['2030-03-20']);
  });

  it('a unit of an open month is never released while its session lives: the session stays hot until its month is over everywhere', async function () {
    this.timeout(120_000); // a sweep a day for six weeks
    // January's last session here: its unit counts until January is over everywhere on Earth.
    const late = await h.services.sessions.book(employee(0), { slotId: slotId(3) });
    if (!late.ok) throw new Error(late.code);
    const session = await h.db.models.Session.findById(late.session.id).lean();
    const month = session!.month;
    for (let step = 0; step < 45; step++) {
      h.advance(DAY + 61_000);
      await h.services.sweep();
      await h.services.idle();
      const open = monthOf(h.now(), EARLIEST_ZONE) <= month;
      const hot = await h.db.models.Session.countDocuments({ _id: session!._id });
      const units = await h.db.models.Claim.countDocuments({ kind: 'unit', month });
      if (open) {
        expect(hot, `hot while ${month} is open (${h.now().toISOString()})`).to.equal(1);
        expect(units, `its unit held while ${month} is open`).to.equal(1);
      }
    }
    expect(await h.db.models.Session.countDocuments({ _id: session!._id }), 'moved in the end').to.equal(0);
  });

  it('holds the rule for every day: once a day may move, every month its sessions count in is over everywhere', () => {
    for (let t = Date.parse('2030-01-01T00:00:00Z'); t < Date.parse('2031-01-01T00:00:00Z'); t += DAY) {
      const day = dayKey(new Date(t));
      // The first instant at which the day may move.
      let now = new Date(t);
      while (lastArchivableDay(now) < day) now = new Date(now.getTime() + 3_600_000);
      const lastClosed = addMonths(monthOf(now, EARLIEST_ZONE), -1);
      for (const month of coldMonthsOfDay('sessions', day))
        expect(month <= lastClosed, `${day} at ${now.toISOString()}: ${month}`).to.equal(true);
    }
  });
});
