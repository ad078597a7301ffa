// Extra sessions beyond the monthly allowance (issue 19, §4): the therapist recommends them for a client who has used
// their month, with a clinical note kept on the provider's side; an operator approves (raising exactly that month's
// allowance, audited with the approver and reason, both sides told, bookable at once) or declines (the therapist
// told with the reason). Decided once, also when two approvals race or an approval races bookings; HR sees only
// suppressed aggregates; the note is exported, erased and purged with the rest of the person's free text.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { GB } from '../support/readers.js';

const NOTE = 'Working through a bereavement; weekly sessions advised for now';
const DAY = 86_400_000;

describe('services: extra sessions recommended by the therapist, decided by the provider', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    // Now: Mon 7 Jan 2030 10:00 London. Allowance 1 a month; slots every 2 hours from Thu 10 Jan.
    h = await openCoreHarness('recommendations');
    world = await seedWorld(h.services, { employees: 2, allowance: 1, slotCount: 6 });
  });
  afterEach(() => h.close());

  const employee = (i = 0) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const book = (slot: number, who = 0) => h.services.sessions.book(employee(who), { slotId: slotId(slot) });
  const recommend = (
    input: Partial<{ employeeId: string; month: string; sessions: number | string; note: string }> = {},
    by = world.therapist,
  ) => h.services.recommendations.recommend(by, { employeeId: employee().personId, month: '2030-01', sessions: 2, note: NOTE, ...input });
  const recommended = async (input: Parameters<typeof recommend>[0] = {}) => {
    const made = await recommend(input);
    if (!made.ok) throw new Error(made.code);
    return made.recommendation.id;
  };
  const allowanceOf = async (month: string) =>
    (await h.services.sessions.overview(employee())).allowance.find((a) => a.month === month)?.allowance;
  const person = () => h.db.models.Person.findById(employee().personId).lean();
  const everything = async () => JSON.stringify(await h.snapshot());

  it('is refused while the client has sessions left, for someone else’s client, and for bad input; nothing is stored', async () => {
    const before = await h.snapshot();
    expect(await recommend()).to.deep.include({ ok: false, code: 'allowance_left', params: { left: 1, month: '2030-01' } });
    expect(await recommend({}, employee(1))).to.deep.include({ ok: false, code: 'not_therapist' });
    expect(await recommend({ employeeId: world.hr.personId })).to.deep.include({ ok: false, code: 'not_your_client' });
    expect(await recommend({ employeeId: 'not-an-id' })).to.deep.include({ ok: false, code: 'not_your_client' });
    await book(0);
    await h.services.idle();
    const booked = await h.snapshot();
    for (const bad of [
      { sessions: 0 },
      { sessions: 5 },
      { sessions: 'two' },
      { month: '2030-03' },
      { month: '2029-12' },
      { note: '' },
      { note: 'x'.repeat(1001) },
    ])
      expect(await recommend(bad), JSON.stringify(bad).slice(0, 40)).to.deep.include({ ok: false, code: 'invalid_recommendation' });
    expect(await h.snapshot()).to.equal(booked);
    expect(before).to.not.equal(booked);
  });

  it('an approval raises exactly that month, audited with the approver and reason; both told; the client books at once', async () => {
    await book(0); // January used
    const id = await recommended({ sessions: 2 });
    expect(await recommend({ sessions: 1 })).to.deep.include({ ok: false, code: 'recommendation_pending' });
    expect(await book(1)).to.deep.include({ ok: false, code: 'allowance_exhausted' });
    expect((await h.services.recommendations.pending()).map((r) => [String(r._id), r.month, r.sessions, r.note])).to.deep.equal([
      [id, '2030-01', 2, NOTE],
    ]);
    await h.services.idle();
    h.notifier.clear();

    const approved = await h.services.recommendations.approve(id, 'operator:ops@provider', 'Clinical lead agreed');
    expect(approved).to.deep.equal({ ok: true, outcome: 'approved', changed: true, month: '2030-01', sessions: 2 });
    expect(await allowanceOf('2030-01')).to.equal(3);
    expect(await allowanceOf('2030-02'), 'the next month is unchanged').to.equal(1);
    expect((await book(1)).ok).to.equal(true);
    expect((await book(2)).ok).to.equal(true);
    expect(await book(3)).to.deep.include({ ok: false, code: 'allowance_exhausted', params: { allowance: 3, month: '2030-01' } });

    const audit = await h.db.models.AuditEvent.findById(`extra_sessions.approved:${id}`).lean();
    expect(audit).to.deep.include({ actorId: 'operator:ops@provider', reason: 'Clinical lead agreed', subjectId: employee().personId });
    expect(audit?.details).to.deep.include({ month: '2030-01', sessions: 2 });
    await h.services.idle();
    const told = h.notifier.sent.filter((s) => s.notice.kind === 'extra_sessions_approved');
    expect(told.map((s) => [s.op, 'reader' in s.notice ? s.notice.reader : ''])).to.have.deep.members([
      ['person', 'employee'],
      ['thread', 'therapist'],
    ]);
    // The clinical note is in the recommendation only: no audit event, claim, notice or owed entry carries it.
    const copies = (await everything()).split(NOTE).length - 1;
    expect(copies, 'the note is stored once').to.equal(1);
    expect(JSON.stringify(h.notifier.sent)).to.not.include(NOTE);
  });

  it('a recommendation for next month, once that month is used, raises next month only', async () => {
    await book(0);
    const added = await h.services.availability.add(world.therapist, { date: '2030-02-04', time: '10:00', durationMinutes: 50, weeks: 1 });
    expect(added.ok).to.equal(true);
    expect(await recommend({ month: '2030-02', sessions: 1 })).to.deep.include({ ok: false, code: 'allowance_left' });
    const february = await h.db.models.Slot.findOne({
      therapistId: world.therapistDoc._id,
      start: new Date('2030-02-04T10:00:00Z'),
    }).lean();
    expect((await h.services.sessions.book(employee(), { slotId: String(february?._id) })).ok).to.equal(true);
    const id = await recommended({ month: '2030-02', sessions: 1 });
    expect((await h.services.recommendations.approve(id, 'ops')).ok).to.equal(true);
    expect([await allowanceOf('2030-01'), await allowanceOf('2030-02')]).to.deep.equal([1, 2]);
    const audit = await h.db.models.AuditEvent.findById(`extra_sessions.approved:${id}`).lean();
    expect(audit?.reason, 'the default reason').to.equal("Recommended by the client's therapist");
  });

  it('a decline tells the therapist with the reason, not the client; the allowance is unchanged; it cannot be approved after', async () => {
    await book(0);
    const id = await recommended();
    await h.services.idle();
    h.notifier.clear();
    expect(await h.services.recommendations.decline(id, 'ops', '')).to.deep.include({ ok: false, code: 'reason_missing' });
    const declined = await h.services.recommendations.decline(id, 'ops', 'Please refer to the support line instead');
    expect(declined).to.deep.include({ ok: true, outcome: 'declined', changed: true });
    expect(await allowanceOf('2030-01')).to.equal(1);
    await h.services.idle();
    expect(h.notifier.sent.map((s) => [s.op, s.notice.kind])).to.deep.equal([['thread', 'extra_sessions_declined']]);
    expect(JSON.stringify(h.notifier.sent)).to.include('Please refer to the support line instead');
    expect(await h.services.recommendations.approve(id, 'ops')).to.deep.include({
      ok: false,
      code: 'already_decided',
      params: { status: 'declined' },
    });
    expect(refusalText({ code: 'already_decided', params: { status: 'approved' } }, 'employee', GB)).to.equal(
      'This request has already been approved.',
    );
    // Declined, the month is open for a new recommendation.
    expect((await recommend({ sessions: 1 })).ok).to.equal(true);
    expect(await h.services.recommendations.approve('nope', 'ops')).to.deep.include({ ok: false, code: 'unknown_recommendation' });
  });

  it('two approvals at once (and one after) grant once, audit once, tell once', async () => {
    await book(0);
    const id = await recommended({ sessions: 2 });
    await h.services.idle();
    h.notifier.clear();
    const results = await Promise.all([1, 2, 3].map((n) => h.services.recommendations.approve(id, `ops-${n}`)));
    expect(
      results.filter((r) => r.ok && r.changed),
      'one approval changed something',
    ).to.have.length(1);
    expect(results.every((r) => r.ok || r.code === 'already_decided')).to.equal(true);
    const again = await h.services.recommendations.approve(id, 'ops-4');
    expect(again).to.deep.include({ ok: true, outcome: 'approved', changed: false });
    expect((await person())?.extraSessions).to.deep.equal([{ recommendationId: id, month: '2030-01', sessions: 2 }]);
    expect(await allowanceOf('2030-01')).to.equal(3);
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'extra_sessions.approved' })).to.equal(1);
    await h.services.idle();
    expect(h.notifier.kinds().filter((k) => k === 'extra_sessions_approved')).to.have.length(2);
    expect(await h.services.recommendations.pending()).to.deep.equal([]);
  });

  it('an approval racing bookings never lets the month exceed the new limit', async () => {
    await book(0);
    const id = await recommended({ sessions: 1 }); // the new limit: 2
    const racing = await Promise.all([h.services.recommendations.approve(id, 'ops'), book(1), book(2), book(3), book(4)]);
    expect(racing[0].ok).to.equal(true);
    const inJanuary = () => h.db.models.Session.countDocuments({ employeeId: employee().personId, month: '2030-01', status: 'booked' });
    expect(await inJanuary()).to.be.at.most(2);
    // Whatever the interleaving, once the approval is in exactly one more booking fits, and no more.
    if ((await inJanuary()) < 2) expect((await book(5)).ok).to.equal(true);
    expect(await inJanuary()).to.equal(2);
    expect(await book(5)).to.deep.include({ ok: false });
    const units = await h.db.models.Claim.countDocuments({ kind: 'unit', employeeId: employee().personId, month: '2030-01' });
    expect(units).to.equal(2);
  });

  it('an approval whose caller died after its decision is finished by the next approval, and told once', async () => {
    await book(0);
    const id = await recommended({ sessions: 1 });
    await h.services.idle();
    h.notifier.clear();
    const store = h.services.context.store.recommendations;
    const grant = store.grant.bind(store);
    store.grant = async () => {
      throw new Error('crash: the process died before writing the grant');
    };
    let crashed = false;
    await h.services.recommendations.approve(id, 'ops-1').catch(() => (crashed = true));
    store.grant = grant;
    expect(crashed).to.equal(true);
    expect(await allowanceOf('2030-01'), 'nothing applied yet').to.equal(1);
    // Another approval while the first may still be running leaves it alone.
    expect(await h.services.recommendations.approve(id, 'ops-2')).to.deep.include({ ok: false, code: 'already_decided' });
    h.advance(GRACE_MS + 1);
    expect(await h.services.recommendations.approve(id, 'ops-2')).to.deep.include({ ok: true, outcome: 'approved', changed: false });
    expect(await allowanceOf('2030-01')).to.equal(2);
    expect((await h.db.models.AuditEvent.findById(`extra_sessions.approved:${id}`).lean())?.actorId, 'the approver that won').to.equal(
      'ops-1',
    );
    await h.services.idle();
    expect(h.notifier.kinds().filter((k) => k === 'extra_sessions_approved')).to.have.length(2);
    await h.services.sweep();
    await h.services.idle();
    expect(
      h.notifier.kinds().filter((k) => k === 'extra_sessions_approved'),
      'the sweep sends nothing again',
    ).to.have.length(2);
  });

  it('HR sees approved extra sessions per department as counts only, suppressed under the minimum group', async () => {
    await book(0);
    const id = await recommended({ sessions: 2 });
    expect((await h.services.recommendations.approve(id, 'ops')).ok).to.equal(true);
    const suppressed = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!suppressed.ok) throw new Error(suppressed.code);
    expect(suppressed.report.rows.map((r) => [r.department, r.suppressed, r.extraSessions])).to.deep.equal([
      ['All departments', true, null],
      ['Engineering', true, null],
    ]);
    expect((await h.services.admin.setPolicy(world.orgId, { minReportGroupSize: 2 })).ok).to.equal(true);
    const shown = await h.services.usage.report(world.hr, { month: '2030-01' });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.report.rows.map((r) => [r.department, r.extraSessions, r.allowanceUtilisation])).to.deep.equal([
      ['All departments', 2, 0.25], // 1 unit used of 1 + 1 + 2
      ['Engineering', 2, 0.25],
    ]);
    const text = JSON.stringify(shown);
    for (const secret of [NOTE, 'Employee 1', employee().personId, id]) expect(text).to.not.include(secret);
    const february = await h.services.usage.report(world.hr, { month: '2030-02' });
    expect(february.ok && february.report.rows[0]?.extraSessions).to.equal(0);
  });

  it('the note is exported, erased with the person, and purged after the retention window', async () => {
    await book(0);
    const id = await recommended();
    const employeeDoc = await person();
    const exported = await h.services.admin.exportPerson(employeeDoc!, null);
    expect(exported.recommendations.map((r) => [String(r._id), r.note])).to.deep.equal([[id, NOTE]]);
    const therapistExport = await h.services.admin.exportPerson(world.therapistDoc, null);
    expect(therapistExport.recommendations.map((r) => String(r._id))).to.deep.equal([id]);

    expect((await h.services.admin.setPolicy(world.orgId, { retentionDays: 30 })).ok).to.equal(true);
    h.advance(29 * DAY);
    await h.services.sweep();
    expect((await h.db.models.Recommendation.findById(id).lean())?.note, 'inside the window').to.equal(NOTE);
    h.advance(3 * DAY);
    await h.services.sweep();
    expect((await h.db.models.Recommendation.findById(id).lean())?.note).to.equal('(erased)');
  });

  it('erasing the client erases the note and keeps the counts', async () => {
    await book(0);
    const id = await recommended({ sessions: 2 });
    expect((await h.services.recommendations.approve(id, 'ops', 'Agreed')).ok).to.equal(true);
    const erased = await h.services.admin.erasePerson((await person())!, null);
    expect(erased.ok && erased.recommendationsErased).to.equal(1);
    const rec = await h.db.models.Recommendation.findById(id).lean();
    expect(rec).to.deep.include({ note: '(erased)', decisionReason: null, month: '2030-01', sessions: 2, status: 'approved' });
    expect(await everything()).to.not.include(NOTE);
  });
});
