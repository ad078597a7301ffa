// The therapist moves a session with the client's agreement (issue 19 §1, docs/design.md §2, rule 12): the client's own
// reschedule request with the roles swapped, on the same mechanism (held time, one pending request per session,
// decided once, expiry at the client's organisation's cutoff, the unit following the month).
import { expect } from 'chai';
import { DateTime } from 'luxon';
import { noticeText } from '../../src/domain/wording.js';
import type { Notice } from '../../src/notices/notice.js';
import type { Actor, TimeChoice } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

const HOUR = 3_600_000;

describe('services: a therapist moves a session', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;
  let start: Date;

  beforeEach(async () => {
    h = await openCoreHarness('move');
    world = await seedWorld(h.services, { employees: 2, slotCount: 4 });
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(0) });
    if (!booked.ok) throw new Error('booking failed');
    sessionId = booked.session.id;
    start = booked.session.start;
    h.notifier.clear();
  });
  afterEach(() => h.close());

  const employee = (i = 0): Actor => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const move = (choice: TimeChoice = { slotId: slotId(1) }, reason = 'I have a training that morning') =>
    h.services.reschedule.move(world.therapist, { sessionId, choice, reason });
  async function moved(choice?: TimeChoice) {
    const r = await move(choice);
    if (!r.ok) throw new Error(`move refused: ${r.code}`);
    return r.request;
  }
  const statusOf = async (id: string) => (await h.db.models.Session.findById(id).lean())?.status;
  const requestStatus = async (id: string) => (await h.db.models.RescheduleRequest.findById(id).lean())?.status;
  const lastTo = (op: 'person' | 'thread' | 'update' | 'person-update', kind: string): Notice => {
    const found = h.notifier.sent.filter((s) => s.op === op && s.notice.kind === kind).at(-1);
    if (!found) throw new Error(`no ${op} ${kind}`);
    return found.notice;
  };

  it('asks the client; the time is held meanwhile; the client accepts and the session moves, one calendar event', async () => {
    const req = await moved();
    expect(req).to.deep.include({ requestedBy: 'therapist', awaiting: 'employee', status: 'pending', move: true });
    expect(await statusOf(sessionId)).to.equal('booked');
    // The client is asked in their DM, the request is posted in their thread: each worded for its reader.
    expect(h.notifier.kinds('person')).to.deep.equal(['reschedule_proposed']);
    expect(h.notifier.kinds('thread')).to.deep.equal(['proposal_sent']);
    expect(noticeText(lastTo('person', 'reschedule_proposed'), british('Europe/London')).title).to.equal(
      'Dr Sam Rivers asks to move your session',
    );
    expect(noticeText(lastTo('thread', 'proposal_sent'), british('Europe/London')).title).to.equal(
      'You asked Employee 1 to move the session',
    );
    // Held: another client cannot book the new time while the request waits.
    expect(await h.services.sessions.book(employee(1), { slotId: slotId(1) })).to.deep.include({ ok: false, code: 'slot_taken' });
    // Only the client decides: not the therapist who asked.
    expect(await h.services.reschedule.confirm(world.therapist, { requestId: req.id })).to.deep.include({ code: 'not_awaiting_you' });

    h.notifier.clear();
    const accepted = await h.services.reschedule.confirm(employee(), { requestId: req.id });
    expect(accepted.ok).to.equal(true);
    if (!accepted.ok) return;
    expect(await statusOf(sessionId)).to.equal('rescheduled');
    expect(accepted.session.start.getTime()).to.equal(world.slots[1]?.start.getTime());
    // Both messages that offered an action on the request are brought up to date, each for its reader.
    const threadCopy = lastTo('update', 'request_decided');
    const dmCopy = lastTo('person-update', 'request_decided');
    expect(noticeText(threadCopy, british('Europe/London')).title).to.equal('Employee 1 accepted the new time');
    expect(noticeText(dmCopy, british('Europe/London')).title).to.equal('You accepted the new time');
    expect(h.notifier.kinds('person')).to.include('session_rescheduled');
    expect(h.notifier.kinds('thread')).to.include('session_rescheduled');
    // The calendar: one event (the chain), its revision raised.
    const rescheduled = lastTo('person', 'session_rescheduled');
    if (rescheduled.kind !== 'session_rescheduled') return;
    expect(rescheduled.session.calendar?.chainId).to.equal(rescheduled.previous.calendar?.chainId).and.to.equal(sessionId);
    expect(rescheduled.session.calendar?.sequence).to.equal((rescheduled.previous.calendar?.sequence ?? 0) + 1);
    // Decided once: a second answer changes nothing.
    expect(await h.services.reschedule.decline(employee(), { requestId: req.id })).to.deep.include({ code: 'already_decided' });
    expect(await h.db.models.Claim.countDocuments({ kind: 'pending' })).to.equal(0);
  });

  it('the client declines: the session stands, the time is let go, the therapist is told in the thread', async () => {
    const req = await moved();
    h.notifier.clear();
    const declined = await h.services.reschedule.decline(employee(), { requestId: req.id, note: 'That day does not work for me' });
    expect(declined.ok && declined.request.status).to.equal('declined');
    expect(await statusOf(sessionId)).to.equal('booked');
    const told = h.notifier.sent.find((s) => s.op === 'thread' && s.notice.kind === 'reschedule_declined');
    expect(told, 'the therapist is told in the client thread').to.not.equal(undefined);
    expect(noticeText(told?.notice as Notice, british('Europe/London')).title).to.equal('Employee 1 declined to move the session');
    expect(noticeText(lastTo('person-update', 'request_decided'), british('Europe/London')).title).to.equal(
      'You declined to move your session',
    );
    // The held time is free again, and the session can be asked about again.
    expect(await h.services.sessions.book(employee(1), { slotId: slotId(1) })).to.deep.include({ ok: true });
    expect((await move({ slotId: slotId(2) })).ok).to.equal(true);
  });

  it('expires at the client organisation cutoff: the original stands, both are told, the time is let go', async () => {
    const req = await moved();
    h.setNow(new Date(start.getTime() - 24 * HOUR + 1000));
    h.notifier.clear();
    expect((await h.services.sweep()).expired).to.equal(1);
    expect(await requestStatus(req.id)).to.equal('expired');
    expect(await statusOf(sessionId)).to.equal('booked');
    expect(h.notifier.kinds('person')).to.include('request_expired');
    expect(h.notifier.kinds('thread')).to.include('request_expired');
    expect(noticeText(lastTo('update', 'request_decided'), british('Europe/London')).title).to.equal(
      'Your request to move the session expired',
    );
    expect(await h.db.models.Claim.countDocuments({ kind: 'busy', requestId: req.id })).to.equal(0);
  });

  it('checks the cutoff when asking (inside it the therapist can only cancel, credited back) and again at acceptance', async () => {
    h.setNow(new Date(start.getTime() - 24 * HOUR));
    const before = await h.snapshot();
    const refused = await move();
    expect(refused).to.deep.include({ ok: false, code: 'move_inside_cutoff' });
    expect(await h.snapshot()).to.equal(before);
    expect(await h.services.reschedule.moveForm(world.therapist, { sessionId })).to.deep.include({ code: 'move_inside_cutoff' });
    // Cancelling is still open to them, and credits the client back.
    const preview = await h.services.sessions.cancelPreview(world.therapist, { sessionId });
    expect(preview.ok && preview.late).to.equal(false);

    h.setNow(new Date(start.getTime() - 24 * HOUR - 1000));
    const req = await moved();
    h.setNow(new Date(start.getTime() - 24 * HOUR + 1000));
    expect(await h.services.reschedule.confirm(employee(), { requestId: req.id })).to.deep.include({ ok: false, code: 'inside_cutoff' });
    expect(await statusOf(sessionId)).to.equal('booked');
    expect(await requestStatus(req.id)).to.equal('expired');
  });

  it('the unit follows the month, and a move into a month the client has used up is refused', async () => {
    const february = DateTime.fromISO('2030-02-12T10:00', { zone: 'Europe/London' });
    const req = await moved({ date: february.toFormat('yyyy-MM-dd'), time: '10:00' });
    expect(req.custom).to.equal(true);
    expect((await h.services.reschedule.confirm(employee(), { requestId: req.id })).ok).to.equal(true);
    expect((await h.services.sessions.overview(employee())).allowance.map((b) => [b.month, b.used])).to.deep.equal([
      ['2030-01', 0],
      ['2030-02', 1],
    ]);

    await h.services.admin.setAllowance(employee().identity, 1);
    const again = await h.services.sessions.book(employee(), { slotId: slotId(2) });
    if (!again.ok) throw new Error(again.code);
    const before = await h.snapshot();
    const refused = await h.services.reschedule.move(world.therapist, {
      sessionId: again.session.id,
      choice: { date: '2030-02-14', time: '10:00' },
      reason: 'Conference week',
    });
    expect(refused).to.deep.include({ ok: false, code: 'move_allowance_exhausted' });
    expect(refused.ok === false && refused.params).to.deep.include({ client: 'Employee 1', month: '2030-02', allowance: 1 });
    expect(await h.snapshot()).to.equal(before);
  });

  it('is not limited by the booking notice, but a therapist cannot move into their own time away', async () => {
    expect((await h.services.bookingNotice.setOwn(world.therapist, '72')).ok).to.equal(true);
    // 30 hours ahead: outside the client's 24-hour cutoff, inside the therapist's 72-hour notice.
    const soon = DateTime.fromJSDate(h.now(), { zone: 'Europe/London' }).plus({ hours: 30 }).startOf('hour');
    const req = await moved({ date: soon.toFormat('yyyy-MM-dd'), time: soon.toFormat('HH:mm') });
    expect((await h.services.reschedule.confirm(employee(), { requestId: req.id })).ok, 'accepted inside the notice').to.equal(true);

    const other = await h.services.sessions.book(employee(1), { slotId: slotId(2) });
    if (!other.ok) throw new Error(other.code);
    const day = DateTime.fromJSDate(world.slots[3]?.start as Date, { zone: 'Europe/London' }).toFormat('yyyy-MM-dd');
    expect((await h.services.away.setOwn(world.therapist, `${day} ${day}`)).ok).to.equal(true);
    const before = await h.snapshot();
    const away = await h.services.reschedule.move(world.therapist, {
      sessionId: other.session.id,
      choice: { slotId: slotId(3) },
      reason: 'Try this',
    });
    expect(away).to.deep.include({ ok: false, code: 'own_time_while_away' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('only the session its therapist: the client cannot use it, and bad input changes nothing', async () => {
    const before = await h.snapshot();
    expect(
      await h.services.reschedule.move(employee(), { sessionId, choice: { slotId: slotId(1) }, reason: 'Not mine to do' }),
    ).to.deep.include({ ok: false, code: 'not_your_session' });
    expect(await move({ slotId: slotId(1) }, '')).to.deep.include({ ok: false, code: 'reason_missing' });
    expect(await move({ slotId: 'nope' })).to.deep.include({ ok: false, code: 'unknown_slot' });
    expect(await move({ slotId: slotId(0) })).to.deep.include({ ok: false, code: 'same_time' });
    expect(await h.snapshot()).to.equal(before);
  });

  it('one pending request per session whoever asked, each refusal worded for who acted', async () => {
    const mine = await moved();
    // The therapist again: their own request is waiting for the client.
    const again = await move({ slotId: slotId(2) });
    expect(again).to.deep.include({ ok: false, code: 'move_awaiting_client' });
    // The client: their therapist's request waits for their answer.
    const clientAsks = await h.services.reschedule.request(employee(), {
      sessionId,
      choice: { slotId: slotId(2) },
      reason: 'Moving house',
    });
    expect(clientAsks).to.deep.include({ ok: false, code: 'therapist_move_pending' });
    expect(clientAsks.ok === false && clientAsks.params).to.deep.equal({ therapist: 'Dr Sam Rivers' });
    await h.services.reschedule.decline(employee(), { requestId: mine.id });

    // The client's own request waiting: the therapist is told to answer it first, naming the client.
    const theirs = await h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(2) }, reason: 'Moving house' });
    expect(theirs.ok).to.equal(true);
    const refused = await move({ slotId: slotId(3) });
    expect(refused).to.deep.include({ ok: false, code: 'client_request_pending' });
    expect(refused.ok === false && refused.params).to.deep.equal({ client: 'Employee 1' });
    expect(await h.services.reschedule.moveForm(world.therapist, { sessionId })).to.deep.include({ code: 'client_request_pending' });
    expect(await h.db.models.RescheduleRequest.countDocuments({ sessionId, status: 'pending' })).to.equal(1);
  });

  it('races the client own request on the same session, truly at once (x8): exactly one pending, the loser told, claims afterwards', async () => {
    for (let trial = 0; trial < 8; trial++) {
      const [byTherapist, byClient] = await Promise.all([
        move({ slotId: slotId(1) }),
        h.services.reschedule.request(employee(), { sessionId, choice: { slotId: slotId(2) }, reason: 'Moving house' }),
      ]);
      expect([byTherapist.ok, byClient.ok].filter(Boolean), `trial ${trial}`).to.have.length(1);
      const winner = byTherapist.ok ? byTherapist.request : byClient.ok ? byClient.request : null;
      if (byTherapist.ok) expect(byClient).to.deep.include({ code: 'therapist_move_pending' });
      else expect(byTherapist).to.deep.include({ code: 'client_request_pending' });
      // Exactly one request waits, the marker names it, and only its time is held (the loser's is free).
      const pending = await h.db.models.RescheduleRequest.find({ sessionId, status: 'pending' }).lean();
      expect(pending.map((r) => String(r._id))).to.deep.equal([winner?.id]);
      const markers = await h.db.models.Claim.find({ kind: 'pending' }).lean();
      expect(markers.map((m) => m.requestId)).to.deep.equal([winner?.id]);
      const loserSlot = world.slots[byTherapist.ok ? 2 : 1];
      const loserTicks = await h.db.models.Claim.countDocuments({
        kind: 'busy',
        _id: new RegExp(loserSlot?.start.toISOString().slice(0, 16) ?? ''),
      });
      expect(loserTicks, 'the loser holds nothing').to.equal(0);
      expect(await h.db.models.Claim.countDocuments({ kind: 'busy', requestId: winner?.id })).to.be.greaterThan(0);
      // A second attempt after the winner is decided goes through: nothing was left behind.
      const decided = byTherapist.ok
        ? await h.services.reschedule.decline(employee(), { requestId: winner?.id ?? '' })
        : await h.services.reschedule.withdraw(employee(), { requestId: winner?.id ?? '' });
      expect(decided.ok).to.equal(true);
      expect(await h.db.models.Claim.countDocuments({ kind: { $in: ['pending'] } })).to.equal(0);
    }
  });
});
