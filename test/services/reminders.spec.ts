import { expect } from 'chai';
import { noticeText } from '../../src/domain/wording.js';
import { createLogger } from '../../src/log.js';
import type { Notice } from '../../src/notices/notice.js';
import { createServices, type CoreServices } from '../../src/services/index.js';
import { reminderKey, sendDueReminders } from '../../src/services/reminders.js';
import type { Actor } from '../../src/services/types.js';
import { createStore } from '../../src/store/index.js';
import { GRACE_MS, openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { RecordingNotifier } from '../support/recording-notifier.js';
import { british } from '../support/readers.js';

const HOUR = 3_600_000;
const MINUTE = 60_000;
const FIRST_SLOT = new Date('2030-01-10T15:00:00Z'); // 10:00 in New York, 15:00 in London

describe('services: reminders in chat, exactly once across instances', () => {
  let h: CoreHarness;
  let world: World;
  /** A second instance of the service over the same database and clock, with its own notifier. */
  let other: { services: CoreServices; notifier: RecordingNotifier };

  beforeEach(async () => {
    h = await openCoreHarness('reminders');
    const notifier = new RecordingNotifier();
    other = {
      notifier,
      services: createServices({ store: createStore(h.db), notifier, log: createLogger('silent'), clock: h.now, claimGraceMs: GRACE_MS }),
    };
    world = await seedWorld(h.services, { employees: 1, slotCount: 4, employeeZone: 'America/New_York', firstSlot: FIRST_SLOT });
    await h.db.models.Person.updateOne({ _id: world.therapist.personId }, { $set: { meetingLink: 'https://meet.example.com/dr-rivers' } });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const book = async (i: number) => {
    const r = await h.services.sessions.book(employee(), { slotId: slotId(i) });
    if (!r.ok) throw new Error('booking failed');
    return r.session;
  };
  /** Every reminder either instance sent: who got it (person = employee DM, thread = therapist) and of what. */
  const reminders = () =>
    [...h.notifier.sent, ...other.notifier.sent]
      .filter((s) => s.notice.kind === 'reminder_cutoff' || s.notice.kind === 'reminder_starting')
      .map((s) => ({ op: s.op, notice: s.notice as Extract<Notice, { kind: 'reminder_cutoff' | 'reminder_starting' }> }));
  /** Both instances run the pass at once, several times over. */
  const raceBoth = async (rounds = 3) => {
    for (let i = 0; i < rounds; i++) await Promise.all([sendDueReminders(h.services.context), sendDueReminders(other.services.context)]);
  };

  it("before the cutoff: one reminder to each side, in each reader's zone, however many passes race", async () => {
    const session = await book(0);
    h.setNow(new Date(FIRST_SLOT.getTime() - 24 * HOUR - 25 * HOUR)); // before the lead window
    await raceBoth();
    expect(reminders()).to.deep.equal([]);
    h.setNow(new Date(FIRST_SLOT.getTime() - 24 * HOUR - 20 * HOUR)); // 20 h before the cutoff: due
    await raceBoth();
    const sent = reminders();
    // The last chance to move it is the employee's: a therapist cannot move a session, so is not told to.
    expect(sent.map((s) => `${s.op}:${s.notice.kind}`).sort()).to.deep.equal(['person:reminder_cutoff']);
    expect(sent.every((s) => s.notice.session.id === session.id)).to.equal(true);
    const toEmployee = sent.find((s) => s.op === 'person')?.notice as Notice;
    expect(noticeText(toEmployee, british('America/New_York')).lines.join('\n')).to.include(
      'After 10:00 tomorrow this session can no longer be moved; reschedule or cancel now if you need to.',
    );
    expect(await h.db.models.AuditEvent.countDocuments({ action: 'reminder.cutoff' })).to.equal(1);
  });

  it('shortly before the session: one reminder to each side with the join link, through the sweep of both instances', async () => {
    await book(0);
    h.setNow(new Date(FIRST_SLOT.getTime() - 10 * MINUTE));
    const reports = await Promise.all([h.services.sweep(), other.services.sweep(), h.services.sweep()]);
    expect(reports.reduce((n, r) => n + r.remindersDue, 0)).to.equal(1);
    h.advance(2 * MINUTE); // the next minute's sweep finds nothing more to send
    await Promise.all([h.services.sweep(), other.services.sweep()]);
    const sent = reminders();
    expect(sent.map((s) => `${s.op}:${s.notice.kind}`).sort()).to.deep.equal(['person:reminder_starting', 'thread:reminder_starting']);
    for (const s of sent)
      expect(noticeText(s.notice, british('Europe/London')).lines).to.include('Join: https://meet.example.com/dr-rivers');
    h.setNow(new Date(FIRST_SLOT.getTime() + MINUTE)); // started: no late reminder
    await raceBoth(1);
    expect(reminders()).to.have.length(2);
  });

  it('none for a session that was moved or cancelled; the replacement gets its own', async () => {
    const moved = await book(0);
    const cancelled = await book(3);
    const requested = await h.services.reschedule.request(employee(), {
      sessionId: moved.id,
      choice: { slotId: slotId(1) },
      reason: 'A clash',
    });
    if (!requested.ok) throw new Error('request refused');
    const confirmed = await h.services.reschedule.confirm(world.therapist, { requestId: requested.request.id });
    if (!confirmed.ok) throw new Error('confirm refused');
    expect((await h.services.sessions.cancel(employee(), { sessionId: cancelled.id, reason: 'Not needed' })).ok).to.equal(true);
    for (const at of [moved.start, confirmed.session.start, cancelled.start]) {
      h.setNow(new Date(at.getTime() - 30 * HOUR));
      await raceBoth(1);
      h.setNow(new Date(at.getTime() - 5 * MINUTE));
      await raceBoth(1);
    }
    const ids = new Set(reminders().map((s) => s.notice.session.id));
    expect([...ids]).to.deep.equal([confirmed.session.id]);
    expect(reminders()).to.have.length(3); // cutoff to the employee, starting to both sides
  });

  it('no "can still be moved" reminder for a session booked inside its lead time, or while a request waits', async () => {
    // Booked 20 h before its cutoff, inside the 24-hour lead: the person has just chosen it.
    h.setNow(new Date(FIRST_SLOT.getTime() - 24 * HOUR - 20 * HOUR));
    await book(0);
    await raceBoth(1);
    expect(reminders(), 'booked inside the lead time').to.deep.equal([]);
    // Booked before the lead time, then a reschedule request: nothing to remind while it waits.
    h.setNow(new Date(FIRST_SLOT.getTime() - 10 * 24 * HOUR));
    const other = await book(1);
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: other.id,
      choice: { slotId: slotId(2) },
      reason: 'A clash',
    });
    if (!asked.ok) throw new Error(asked.code);
    h.setNow(new Date(world.slots[1]!.start.getTime() - 24 * HOUR - 20 * HOUR));
    await raceBoth(1);
    expect(reminders(), 'a request waits').to.deep.equal([]);
    // Declined before the cutoff: the reminder can help again, and is sent once.
    expect((await h.services.reschedule.decline(world.therapist, { requestId: asked.request.id })).ok).to.equal(true);
    h.advance(10 * MINUTE);
    await raceBoth(2);
    expect(reminders().map((s) => `${s.op}:${s.notice.kind}:${s.notice.session.id}`)).to.deep.equal([`person:reminder_cutoff:${other.id}`]);
  });

  it('the lead time and the minutes before are set per organisation', async () => {
    expect((await h.services.admin.setPolicy(world.orgId, { reminderLeadHours: 2, reminderMinutesBefore: 60 })).ok).to.equal(true);
    await book(0);
    h.setNow(new Date(FIRST_SLOT.getTime() - 24 * HOUR - 3 * HOUR));
    await raceBoth(1);
    expect(reminders()).to.deep.equal([]);
    h.setNow(new Date(FIRST_SLOT.getTime() - 24 * HOUR - HOUR));
    await raceBoth(1);
    expect(reminders().map((s) => s.notice.kind)).to.deep.equal(['reminder_cutoff']);
    h.setNow(new Date(FIRST_SLOT.getTime() - 50 * MINUTE));
    await raceBoth(1);
    expect(reminders().filter((s) => s.notice.kind === 'reminder_starting')).to.have.length(2);
    expect((await h.services.admin.setPolicy(world.orgId, { reminderMinutesBefore: 0 })).ok).to.equal(false);
  });

  it('a pass that died after its claim is repaired once, by one of the racing instances', async () => {
    const session = await book(0);
    h.setNow(new Date(FIRST_SLOT.getTime() - 10 * MINUTE));
    // The claim of a pass that stopped before recording anything.
    await h.services.context.store.markers.mark(reminderKey(session.id, 'starting'), 'reminder', 'reminders:dead', {}, h.now());
    await raceBoth(1);
    expect(reminders(), 'inside the grace period the claim may still be in flight').to.deep.equal([]);
    h.advance(GRACE_MS + MINUTE);
    await raceBoth(3);
    expect(
      reminders()
        .map((s) => s.op)
        .sort(),
    ).to.deep.equal(['person', 'thread']);
  });
});
