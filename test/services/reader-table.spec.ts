// The reader table (issue 18): every notice a full round of the help article's flows sends is rendered as each
// platform renders it for the person who receives it, and no reader may read another reader's sentence: a therapist
// never reads "Your session" or "You accepted", an employee never reads "your client" or "You proposed". The table
// also proves each reader received each kind the round produces, so a notice that stopped reaching someone fails.
import { expect } from 'chai';
import { wordsFor } from '../../src/i18n/words.js';
import { noticeText } from '../../src/domain/wording.js';
import type { Notice } from '../../src/notices/notice.js';
import type { Actor } from '../../src/services/types.js';
import { noticeMessage } from '../../src/slack/blocks/notice.js';
import { noticeCard } from '../../src/teams/card-views.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

const HOUR = 3_600_000;
type Reader = 'employee' | 'therapist';

/** Sentences only one reader may read (each is worded for them alone). */
const onlyFor: Record<Reader, RegExp[]> = {
  employee: [
    /\bYour session\b/,
    /\bYou accepted\b/,
    /\bYou declined the proposed\b/,
    /\byour allowance\b/,
    /Reschedule request sent/,
    /Accept to move your session/,
    /can still be moved/,
    /asks to move your session/,
    /You declined to move your session/,
  ],
  therapist: [
    /\byour client\b/i,
    /\bYou proposed\b/,
    /Replies in this thread/,
    /\bYou cancelled it\b/,
    /accepted your proposed time/,
    /declined your proposed time/,
    /You asked Employee \d to move the session/,
    /Employee \d accepted the new time/,
    /Employee \d declined to move the session/,
  ],
};

describe("services: the reader table, every notice in its reader's words on both platforms", () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('reader_table', new Date('2030-01-07T09:00:00Z'));
    world = await seedWorld(h.services, { employees: 2, slotCount: 14, slotEveryHours: 20, firstSlot: new Date('2030-01-10T10:00:00Z') });
  });
  afterEach(() => h.close());

  const employee = (i = 0) => world.employees[i] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const ok = <T>(r: ({ ok: true } & T) | { ok: false; code?: string }): T => {
    if (!r.ok) throw new Error(`refused: ${r.code ?? ''}`);
    return r;
  };
  const request = async (sessionId: string, slot: number, who = 0) =>
    ok(await h.services.reschedule.request(employee(who), { sessionId, choice: { slotId: slotId(slot) }, reason: 'A clash at work' }))
      .request.id;

  const move = async (sessionId: string, slot: number) =>
    ok(await h.services.reschedule.move(world.therapist, { sessionId, choice: { slotId: slotId(slot) }, reason: 'A training came up' }))
      .request.id;

  /** Every flow once: book, message, each way a request ends, cancellations by both sides, reminders, the sweep. */
  async function round(): Promise<void> {
    const s = h.services;
    const a = ok(await s.sessions.book(employee(0), { slotId: slotId(8) })).session.id;
    const b = ok(await s.sessions.book(employee(1), { slotId: slotId(9) })).session.id;
    ok(await s.relay.fromEmployee(employee(0), { text: 'Hello', deliveryKey: 'table-1' }));
    const moved = ok(await s.reschedule.confirm(world.therapist, { requestId: await request(a, 10) })).session.id;
    ok(await s.reschedule.decline(world.therapist, { requestId: await request(moved, 11), note: 'Not that day' }));
    const proposal = ok(
      await s.reschedule.propose(world.therapist, {
        requestId: await request(moved, 11),
        choice: { slotId: slotId(12) },
        note: 'How about',
      }),
    ).request.id;
    const accepted = ok(await s.reschedule.confirm(employee(0), { requestId: proposal })).session.id;
    const second = ok(
      await s.reschedule.propose(world.therapist, {
        requestId: await request(accepted, 11),
        choice: { slotId: slotId(13) },
        note: 'Or this',
      }),
    ).request.id;
    ok(await s.reschedule.decline(employee(0), { requestId: second }));
    ok(await s.reschedule.withdraw(employee(0), { requestId: await request(accepted, 11) }));
    // The therapist's own move (issue 19 §1): accepted, then one declined, and one left to expire.
    const movedByTherapist = ok(await s.reschedule.confirm(employee(0), { requestId: await move(accepted, 5) })).session.id;
    ok(await s.reschedule.decline(employee(0), { requestId: await move(movedByTherapist, 6), note: 'That day is hard' }));
    await request(b, 7, 1); // left to expire
    const d = ok(await s.sessions.book(employee(1), { slotId: slotId(3) })).session.id;
    await move(d, 2); // left to expire
    ok(await s.sessions.cancel(world.therapist, { sessionId: movedByTherapist, reason: 'I am unwell' }));
    const c = ok(await s.sessions.book(employee(0), { slotId: slotId(10) })).session.id;
    await s.idle();
    // Days later: the request on b expires at its cutoff, c's last chance to move comes due, b starts soon, and
    // c is cancelled late.
    h.setNow(new Date(world.slots[10]!.start.getTime() - 30 * HOUR));
    await s.sweep();
    h.setNow(new Date(world.slots[9]!.start.getTime() - 10 * 60_000));
    await s.sweep();
    ok(await s.sessions.cancel(employee(0), { sessionId: c, reason: 'Feeling better' }));
    await s.idle();
  }

  it('no reader reads a sentence worded for the other, in the words, the Slack message or the Teams card', async () => {
    await round();
    const therapistKey = `${world.therapist.identity.platform}:${world.therapist.identity.userId}`;
    const readerOf = (sent: (typeof h.notifier.sent)[number]): Reader =>
      sent.op === 'person' || sent.op === 'person-update'
        ? `${sent.to.identity.platform}:${sent.to.identity.userId}` === therapistKey
          ? 'therapist'
          : 'employee'
        : 'therapist';
    const seen: Record<Reader, Set<string>> = { employee: new Set(), therapist: new Set() };
    const slips: string[] = [];
    for (const sent of h.notifier.sent) {
      const reader = readerOf(sent);
      const notice: Notice = sent.notice;
      seen[reader].add(notice.kind);
      const t = noticeText(notice, british('Europe/London'));
      const renderings = {
        words: `${t.title}\n${t.lines.join('\n')}`,
        slack: JSON.stringify(noticeMessage(notice, { zone: 'Europe/London', locale: 'en-GB' })),
        teams: JSON.stringify(noticeCard(notice, wordsFor({ zone: 'Europe/London', locale: 'en-GB' }))),
      };
      const other: Reader = reader === 'employee' ? 'therapist' : 'employee';
      for (const [where, text] of Object.entries(renderings))
        for (const phrase of onlyFor[other]) if (phrase.test(text)) slips.push(`${notice.kind} to the ${reader} (${where}): ${phrase}`);
    }
    expect(slips, 'sentences that reached the wrong reader').to.deep.equal([]);
    expect([...seen.employee].sort(), 'what the employee was told').to.include.members([
      'reschedule_awaiting',
      'reschedule_declined',
      'reschedule_proposed',
      'request_expired',
      'session_booked',
      'session_cancelled',
      'session_rescheduled',
      'reminder_cutoff',
      'reminder_starting',
    ]);
    expect([...seen.therapist].sort(), 'what the therapist was told').to.include.members([
      'proposal_sent',
      'reschedule_declined',
      'reschedule_requested',
      'request_decided',
      'request_withdrawn',
      'request_expired',
      'session_booked',
      'session_cancelled',
      'session_rescheduled',
      'relay',
      'reminder_starting',
    ]);
    expect([...seen.therapist], 'a therapist cannot move a session, so is never told to').to.not.include('reminder_cutoff');
  });
});
