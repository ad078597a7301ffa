// Data protection (docs/design.md §10): export, erasure of an employee and of a therapist, offboarding, retention.
// Erasure is checked the strict way: every collection's documents, as JSON, hold none of the person's strings.
import { expect } from 'chai';
import sinon from 'sinon';
import { DateTime } from 'luxon';
import { Types } from 'mongoose';
import type { Actor } from '../../src/services/types.js';
import { actorOf } from '../../src/services/views.js';
import { markArchivedText } from '../../src/services/data-protection/index.js';
import { ARCHIVED_KINDS, coldCollectionOf } from '../../src/store/archive.js';
import type { ArchivedKind } from '../../src/store/models.js';
import { ERASED_TEXT, holdsText, TEXT_MARK } from '../../src/store/free-text.js';
import { coldCollections, findEverywhere } from '../support/archive.js';
import { recordQueries } from '../support/query-shapes.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { identity, seedWorld, type World } from '../support/fixtures.js';

const SECRETS = {
  name: 'Quinta Marlowe',
  email: 'quinta.marlowe@acme.example',
  userId: 'UQUINTA77',
  requestReason: 'QX1 my sister is in hospital',
  declineNote: 'QX2 not that week, sorry',
  cancelReason: 'QX3 panic attacks again',
};

describe('services: data protection', () => {
  let h: CoreHarness;
  let world: World;
  let quinta: Actor;

  beforeEach(async () => {
    h = await openCoreHarness('data_protection', new Date('2030-01-07T10:00:00Z'), { monitorCommands: true });
    // Slots on 10, 20 and 30 January and 9 February.
    world = await seedWorld(h.services, { employees: 1, slotCount: 4, slotEveryHours: 240, firstSlot: new Date('2030-01-10T10:00:00Z') });
    const added = await h.services.admin.addPerson({
      orgId: world.orgId,
      displayName: SECRETS.name,
      email: SECRETS.email,
      role: 'employee',
      zone: 'Europe/London',
      identity: identity('slack', SECRETS.userId),
      therapist: world.therapist.identity,
    });
    if (!added.ok) throw new Error(added.error);
    quinta = actorOf(added.person);
  });
  afterEach(() => h.close());

  const slotId = (i: number) => String(world.slots[i]?._id);
  const person = () => h.services.context.store.personData.inOrg(world.orgId, quinta.identity);

  /** January history (a cancellation, a declined request, a session held) and a booking on 9 February. */
  async function history(): Promise<{ futureId: string }> {
    const first = await h.services.sessions.book(quinta, { slotId: slotId(0) });
    if (!first.ok) throw new Error(first.code);
    expect((await h.services.sessions.cancel(quinta, { sessionId: first.session.id, reason: SECRETS.cancelReason })).ok).to.equal(true);
    const second = await h.services.sessions.book(quinta, { slotId: slotId(1) });
    if (!second.ok) throw new Error(second.code);
    const asked = await h.services.reschedule.request(quinta, {
      sessionId: second.session.id,
      choice: { slotId: slotId(2) },
      reason: SECRETS.requestReason,
    });
    if (!asked.ok) throw new Error(asked.code);
    expect((await h.services.reschedule.decline(world.therapist, { requestId: asked.request.id, note: SECRETS.declineNote })).ok).to.equal(
      true,
    );
    h.setNow(new Date('2030-02-01T10:00:00Z'));
    const future = await h.services.sessions.book(quinta, { slotId: slotId(3) });
    if (!future.ok) throw new Error(future.code);
    await h.services.idle();
    return { futureId: future.session.id };
  }

  /** Every document of every collection as JSON. */
  const everything = () => h.snapshot();
  const januaryReport = async () => {
    const r = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!r.ok) throw new Error(r.code);
    return r.report.rows;
  };

  it('exports everything stored about a person', async () => {
    await history();
    const p = await person();
    const exported = await h.services.admin.exportPerson(p!, null);
    expect(exported.person.displayName).to.equal(SECRETS.name);
    expect(exported.sessions).to.have.length(3);
    expect(exported.rescheduleRequests.map((r) => [r.reason, r.decisionNote])).to.deep.equal([
      [SECRETS.requestReason, SECRETS.declineNote],
    ]);
    expect(exported.auditEvents.map((e) => e.reason)).to.include(SECRETS.cancelReason);
    expect(exported.claims.some((c) => c.kind === 'unit')).to.equal(true);
    expect(exported.installations).to.equal(null);
    expect(JSON.stringify(exported)).to.include(SECRETS.email);
    // The direct messages that offered Pick another time on the declined request's session, and where they went;
    // stored without the request's free text or anyone's name (read back from the request and the people).
    const messages = exported.sessionMessages;
    expect(messages.map((m) => (m.notice as { kind: string }).kind).sort()).to.deep.equal(['request_decided', 'reschedule_declined']);
    expect(JSON.stringify(messages)).to.include(SECRETS.userId).and.not.include(SECRETS.declineNote).and.not.include(SECRETS.name);
  });

  it('erases an employee: future sessions cancelled and credited, nothing of them left anywhere, HR counts unchanged', async () => {
    const { futureId } = await history();
    const before = await januaryReport();
    expect(await everything()).to.include(SECRETS.requestReason);
    h.notifier.clear();
    const result = await h.services.admin.erasePerson((await person())!, null);
    expect(result).to.deep.include({ ok: true, sessionsCancelled: 1 });
    await h.services.idle();

    const future = await h.db.models.Session.findById(futureId).lean();
    expect(future?.status).to.equal('cancelled');
    // The therapist is told, with a neutral reason only.
    const told = h.notifier.sent.filter((n) => n.notice.kind === 'session_cancelled');
    expect(told.length).to.be.greaterThan(0);
    expect(JSON.stringify(told)).to.not.match(/eras/i);

    const all = await everything();
    for (const [what, secret] of Object.entries(SECRETS)) expect(all, what).to.not.include(secret);
    expect(await januaryReport()).to.deep.equal(before);
    const tomb = await h.db.models.Person.findById(quinta.personId).lean();
    expect(tomb).to.include({ displayName: 'Erased person', email: null });
    expect(tomb?.erasedAt).to.be.instanceOf(Date);
    const erased = await h.db.models.AuditEvent.find({ action: 'person.erased' }).lean();
    expect(erased.map((e) => [e.actorId, e.subjectId, e.reason, e.details])).to.deep.equal([['operator', quinta.personId, null, {}]]);
    expect(await person()).to.equal(null);
    expect((await h.services.admin.personOf(world.orgId, quinta.identity)).ok).to.equal(false);
  });

  describe('with history moved to the cold collections (an old deployment)', () => {
    /** The history, then a quarter later: the sweep has moved January's settled history to its cold collections. */
    async function archived(): Promise<{ futureId: string }> {
      const made = await history();
      // The walk moves at most a month of days per hourly pass: three passes catch up with the quarter.
      h.setNow(new Date('2030-04-20T10:00:00Z'));
      for (let pass = 0; pass < 3; pass++) {
        h.advance(3_660_000);
        await h.services.sweep();
        await h.services.idle();
      }
      expect(await h.db.models.Session.countDocuments({ employeeId: quinta.personId }), 'nothing of theirs left hot').to.equal(0);
      expect(await coldCollections(h.db, 'sessions')).to.deep.equal(['sessions_2030_01', 'sessions_2030_02']);
      return made;
    }

    it('exports the archived sessions, requests and audit events, each once', async () => {
      await archived();
      const exported = await h.services.admin.exportPerson((await person())!, null);
      expect(exported.sessions).to.have.length(3);
      expect(exported.rescheduleRequests.map((r) => [r.reason, r.decisionNote])).to.deep.equal([
        [SECRETS.requestReason, SECRETS.declineNote],
      ]);
      expect(exported.auditEvents.map((e) => e.reason)).to.include(SECRETS.cancelReason);
      expect(new Set(exported.auditEvents.map((e) => e._id)).size).to.equal(exported.auditEvents.length);
    });

    /** Every cold copy of every kind, each with its kind and where it is. */
    type Copy = Record<string, unknown> & { _id: unknown; in: string; kind: ArchivedKind };
    const coldCopies = async (): Promise<Copy[]> =>
      (await Promise.all(ARCHIVED_KINDS.map(async (kind) => (await findEverywhere(h.db, kind)).map((d): Copy => ({ ...d, kind })))))
        .flat()
        .filter((d) => d.in !== d.kind);

    it('purges free text past the retention window in the cold collections, where it now is', async () => {
      await archived();
      const all = await everything();
      for (const old of [SECRETS.cancelReason, SECRETS.requestReason, SECRETS.declineNote]) expect(all).to.include(old);
      // Each cold copy holding text carries the mark the purge finds it by, and no other does.
      const copies = await coldCopies();
      expect(copies.filter((d) => d[TEXT_MARK] === true).length, 'some copies hold text').to.be.greaterThan(2);
      for (const d of copies) expect(d[TEXT_MARK] === true, `${d.in} ${String(d._id)}`).to.equal(holdsText(d.kind, d));
      expect((await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
      h.advance(3_660_000);
      const { shapes } = await recordQueries(h.db, () => h.services.sweep());
      const after = await everything();
      for (const old of [SECRETS.cancelReason, SECRETS.requestReason, SECRETS.declineNote]) expect(after).to.not.include(old);
      const [request] = await findEverywhere(h.db, 'reschedule_requests', { employeeId: new Types.ObjectId(quinta.personId) });
      expect(request).to.include({ in: 'reschedule_requests_2030_01', reason: ERASED_TEXT, decisionNote: null });
      expect(
        (await coldCopies()).filter((d) => TEXT_MARK in d),
        'no mark left',
      ).to.deep.equal([]);
      // On the cold side the purge is anchored on the day and the mark, both equalities: the database returns only
      // the copies to change, never a whole day of every tenant's history.
      const coldPurges = shapes.filter((q) => q.command === 'update' && coldCollectionOf(q.collection) !== null);
      expect(coldPurges.length, 'the purge reached the cold side').to.be.greaterThan(0);
      for (const q of coldPurges) expect(q.filter, q.collection).to.deep.include({ [TEXT_MARK]: true });
    });

    it('stamp-history marks cold text an older version archived unmarked, and purges what retention already passed', async () => {
      await archived();
      // As an older version archived it: no copy carries the mark.
      for (const kind of ARCHIVED_KINDS)
        for (const name of await coldCollections(h.db, kind))
          await h.db.connection.db!.collection(name).updateMany({}, { $unset: { [TEXT_MARK]: '' } });
      // The walk passes January meanwhile, finding nothing to purge there.
      expect((await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
      h.advance(3_660_000);
      await h.services.sweep();
      expect(await everything(), 'still there: unmarked').to.include(SECRETS.cancelReason);

      const run = await markArchivedText(h.services.context);
      expect(run.marked).to.be.greaterThan(2);
      expect(run.purged).to.equal(run.marked);
      const after = await everything();
      for (const old of [SECRETS.cancelReason, SECRETS.requestReason, SECRETS.declineNote]) expect(after).to.not.include(old);
      expect((await coldCopies()).filter((d) => TEXT_MARK in d)).to.deep.equal([]);
      // A second run finds nothing and changes nothing.
      const snapshot = await h.snapshot();
      expect(await markArchivedText(h.services.context)).to.deep.equal({ marked: 0, purged: 0 });
      expect(await h.snapshot()).to.equal(snapshot);
    });

    it('stamp-history killed after marking and before purging: the next run purges what retention already passed', async () => {
      await archived();
      for (const kind of ARCHIVED_KINDS)
        for (const name of await coldCollections(h.db, kind))
          await h.db.connection.db!.collection(name).updateMany({}, { $unset: { [TEXT_MARK]: '' } });
      expect((await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
      h.advance(3_660_000);
      await h.services.sweep();
      const purge = sinon.stub(h.services.context.store.retention, 'purgeDay').rejects(new Error('killed after marking'));
      await markArchivedText(h.services.context).then(
        () => expect.fail('the run should have died'),
        (err: Error) => expect(err.message).to.equal('killed after marking'),
      );
      purge.restore();
      // Marked, not yet purged: the text is still there, and the sweep's walk has passed its days.
      const copies = await coldCopies();
      for (const d of copies) expect(d[TEXT_MARK] === true, `${d.in} ${String(d._id)}`).to.equal(holdsText(d.kind, d));
      expect(await everything()).to.include(SECRETS.cancelReason);

      const again = await markArchivedText(h.services.context);
      expect(again.marked, 'nothing left to mark').to.equal(0);
      expect(again.purged).to.be.greaterThan(2);
      const after = await everything();
      for (const old of [SECRETS.cancelReason, SECRETS.requestReason, SECRETS.declineNote]) expect(after).to.not.include(old);
      expect((await coldCopies()).filter((d) => TEXT_MARK in d)).to.deep.equal([]);
    });

    it('stamp-history marks archived text still inside the window and leaves it for the purge', async () => {
      await archived();
      for (const kind of ARCHIVED_KINDS)
        for (const name of await coldCollections(h.db, kind))
          await h.db.connection.db!.collection(name).updateMany({}, { $unset: { [TEXT_MARK]: '' } });
      const run = await markArchivedText(h.services.context);
      expect(run).to.deep.include({ purged: 0 });
      expect(run.marked).to.be.greaterThan(2);
      expect(await everything(), 'within the default year: kept').to.include(SECRETS.cancelReason);
      for (const d of await coldCopies()) expect(d[TEXT_MARK] === true).to.equal(holdsText(d.kind, d));
    });

    it('erases an employee everywhere: nothing of them left in any collection, hot or cold; HR counts unchanged', async () => {
      await archived();
      const before = await januaryReport();
      expect(await everything()).to.include(SECRETS.cancelReason);
      const result = await h.services.admin.erasePerson((await person())!, null);
      if (!result.ok) throw new Error(result.error);
      await h.services.idle();
      const all = await everything();
      for (const [what, secret] of Object.entries(SECRETS)) expect(all, what).to.not.include(secret);
      expect(await januaryReport()).to.deep.equal(before);
    });
  });

  it('erases a therapist: their clients are left without a therapist, their threads closed and link gone', async () => {
    await history();
    const therapist = await h.services.context.store.personData.inOrg(world.orgId, world.therapist.identity);
    const threads = await h.db.models.RelayThread.countDocuments({ therapistId: world.therapist.personId });
    expect(threads).to.be.greaterThan(0);
    const result = await h.services.admin.erasePerson(therapist!, null);
    if (!result.ok) throw new Error(result.error);
    expect(result.relayThreadsClosed).to.equal(threads);
    expect(result.clientsWithoutTherapist.map((c) => c.displayName)).to.have.members([SECRETS.name, 'Employee 1']);
    const all = await everything();
    for (const secret of ['Dr Sam Rivers', world.therapist.identity.userId, SECRETS.requestReason, SECRETS.declineNote])
      expect(all).to.not.include(secret);
    expect(await h.db.models.ChannelLink.countDocuments({ _id: world.therapist.personId })).to.equal(0);
    expect((await h.db.models.Person.findById(quinta.personId).lean())?.therapistId).to.equal(null);
  });

  it('offboards a leaver: no longer admitted, future sessions cancelled and credited, history kept', async () => {
    const { futureId } = await history();
    h.notifier.clear();
    const result = await h.services.admin.offboardPerson((await person())!);
    expect(result).to.deep.include({ ok: true, sessionsCancelled: 1 });
    await h.services.idle();
    expect((await h.db.models.Session.findById(futureId).lean())?.status).to.equal('cancelled');
    expect(h.notifier.sent.filter((n) => n.notice.kind === 'session_cancelled')).to.have.length(2);
    // The audit trail says who cancelled: the operator, not the employee.
    const audited = await h.db.models.AuditEvent.findOne({ subjectId: futureId, action: 'session.cancelled' }).lean();
    expect([audited?.actorId, audited?.details]).to.deep.equal(['operator', { by: 'operator' }]);
    expect(await h.services.directory.whoIs(quinta.identity)).to.equal(null);
    // History stays until retention, and the leaver can still be exported or erased.
    expect(await everything()).to.include(SECRETS.requestReason);
    expect((await person())?.offboardedAt).to.be.instanceOf(Date);
  });

  it('a leaver counts in the HR head count up to the month they left, never after it', async () => {
    expect((await h.services.admin.setPolicy(world.orgId, { minReportGroupSize: 1 })).ok).to.equal(true);
    const employeesIn = async (month: string) => {
      const r = await h.services.usage.report(world.hr, { month });
      if (!r.ok) throw new Error(r.code);
      return r.report.rows[0]?.employees;
    };
    expect(await employeesIn('2030-01')).to.equal(2);
    expect((await h.services.admin.offboardPerson((await person())!)).ok).to.equal(true);
    expect(await employeesIn('2030-01')).to.equal(2);
    expect(await employeesIn('2030-02')).to.equal(1);
  });

  it("retention: the sweep purges free text older than the organisation's window and keeps newer text", async () => {
    const { futureId } = await history();
    // 1 February: the session of 9 February is cancelled, with a reason that must outlive this test's window.
    expect((await h.services.sessions.cancel(quinta, { sessionId: futureId, reason: 'QX4 recent reason' })).ok).to.equal(true);
    expect((await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
    // 12 February, 30-day window: 10 January's cancellation and 7 January's request are past it; 1 February's is not.
    h.setNow(new Date('2030-02-12T10:00:00Z'));
    await h.services.sweep();
    // Early January's history has moved to its month's cold collections by then: purged there.
    const sessions = (await findEverywhere(h.db, 'sessions', { employeeId: new Types.ObjectId(quinta.personId) })).sort(
      (a, b) => (a.start as Date).getTime() - (b.start as Date).getTime(),
    );
    expect(sessions[0]).to.include({ status: 'cancelled', cancelReason: null });
    const audit = await findEverywhere(h.db, 'audit_events', { subjectId: String(sessions[0]?._id) });
    expect(audit.map((e) => e.action)).to.include('session.cancelled');
    expect(audit.map((e) => e.in)).to.include('audit_events_2030_01');
    const [request] = await findEverywhere(h.db, 'reschedule_requests', { employeeId: new Types.ObjectId(quinta.personId) });
    expect(request?.in).to.equal('reschedule_requests_2030_01');
    expect(request).to.include({ reason: ERASED_TEXT, decisionNote: null, status: 'declined' });
    const all = await everything();
    for (const old of [SECRETS.cancelReason, SECRETS.requestReason, SECRETS.declineNote]) expect(all).to.not.include(old);
    expect(sessions[2]).to.include({ status: 'cancelled', cancelReason: 'QX4 recent reason' });
    expect(all).to.include('QX4 recent reason');
  });

  it('retention walks history a day at a time: a backlog is purged over several passes', async () => {
    const { futureId } = await history();
    // Reasons written on two days (7 January and 1 February): a pass that walks one day purges one of them.
    expect((await h.services.sessions.cancel(quinta, { sessionId: futureId, reason: 'QX4 recent reason' })).ok).to.equal(true);
    const { purgeExpiredText, RETENTION_TEXT_PER_PASS } = await import('../../src/services/data-protection/index.js');
    h.setNow(new Date('2031-06-01T10:00:00Z'));
    // A day of history per pass: the backlog is worked off over several passes, each a day further on.
    let passes = 0;
    let purged = 0;
    while ((await h.db.models.AuditEvent.countDocuments({ reason: { $ne: null } })) > 0 && passes < 400) {
      purged += (await purgeExpiredText(h.services.context, { days: 1, documents: RETENTION_TEXT_PER_PASS })).auditEvents;
      passes++;
    }
    expect(purged).to.be.greaterThan(0);
    expect(passes).to.be.greaterThan(1);
    expect(await h.db.models.AuditEvent.countDocuments({ reason: { $ne: null } })).to.equal(0);
    expect(DateTime.fromJSDate(h.now()).year).to.equal(2031);
  });
});
