// Each reader reads their own words (the issue "every screen right for its reader"): after the client answers a
// therapist's proposal, the therapist's own thread post is rewritten in the therapist's words, never "You accepted";
// and every rule shown to a client is the client's organisation's, here a 48-hour reschedule window.
import { expect } from 'chai';
import { noticeText } from '../../src/domain/wording.js';
import type { Notice } from '../../src/notices/notice.js';
import type { Actor } from '../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../support/core-harness.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { british } from '../support/readers.js';

const HOUR = 3_600_000;

describe('services: each reader is told in their own words and under the client’s rules', () => {
  let h: CoreHarness;
  let world: World;

  beforeEach(async () => {
    h = await openCoreHarness('readers', new Date('2030-01-07T09:00:00Z'));
    // Slots every 10 hours from 10 January: the client's organisation has a 48-hour window.
    world = await seedWorld(h.services, {
      employees: 1,
      slotCount: 8,
      slotEveryHours: 10,
      cutoffHours: 48,
      firstSlot: new Date('2030-01-10T10:00:00Z'),
    });
  });
  afterEach(() => h.close());

  const employee = () => world.employees[0] as Actor;
  const slotId = (i: number) => String(world.slots[i]?._id);
  const last = (op: 'person' | 'update', kind: Notice['kind']) =>
    [...h.notifier.sent].reverse().find((s) => s.op === op && s.notice.kind === kind)?.notice as Notice;

  async function proposal(proposedSlot: number): Promise<string> {
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(7) });
    if (!booked.ok) throw new Error(booked.code);
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(6) },
      reason: 'A clash',
    });
    if (!asked.ok) throw new Error(asked.code);
    const proposed = await h.services.reschedule.propose(world.therapist, {
      requestId: asked.request.id,
      choice: { slotId: slotId(proposedSlot) },
      note: 'How about this?',
    });
    if (!proposed.ok) throw new Error(proposed.code);
    await h.services.idle();
    return proposed.request.id;
  }

  for (const [answer, therapistTitle] of [
    ['accept', 'Employee 1 accepted your proposed time'],
    ['decline', 'Employee 1 declined your proposed time'],
  ] as const) {
    it(`the client's ${answer} rewrites the therapist's post in the therapist's words`, async () => {
      const id = await proposal(5);
      const r =
        answer === 'accept'
          ? await h.services.reschedule.confirm(employee(), { requestId: id })
          : await h.services.reschedule.decline(employee(), { requestId: id });
      expect(r.ok).to.equal(true);
      await h.services.idle();
      const updated = h.notifier.sent
        .filter((s) => s.op === 'update' && s.notice.kind === 'request_decided')
        .map((s) => noticeText(s.notice, british('Europe/London')));
      expect(
        updated.map((t) => t.title),
        'the therapist reads',
      ).to.include(therapistTitle);
      for (const t of updated)
        expect(`${t.title} ${t.lines.join(' ')}`, 'the therapist never reads the client’s words').to.not.match(
          /You (accepted|declined)|Your session/,
        );
    });
  }

  it("a proposal inside the client's 48-hour window tells the client that accepting locks it; one outside does not", async () => {
    // Slot 2 starts 30 hours after the proposal is made: inside 48 hours.
    h.setNow(new Date(world.slots[2]!.start.getTime() - 30 * HOUR));
    await proposal(2);
    const inside = noticeText(last('person', 'reschedule_proposed'), british('Europe/London')).lines.join(' ');
    expect(inside, 'the client').to.include("within 48 hours: once you accept it, it can't be rescheduled again");
    expect(inside).to.not.include('24 hours');
  });

  it("a proposal outside the client's window says nothing about locking", async () => {
    h.setNow(new Date(world.slots[5]!.start.getTime() - 60 * HOUR));
    await proposal(5);
    expect(noticeText(last('person', 'reschedule_proposed'), british('Europe/London')).lines.join(' ')).to.not.include(
      "can't be rescheduled",
    );
  });

  it("the request as the therapist's propose form reads it carries the client's organisation's window (48 h)", async () => {
    const booked = await h.services.sessions.book(employee(), { slotId: slotId(7) });
    if (!booked.ok) throw new Error(booked.code);
    const asked = await h.services.reschedule.request(employee(), {
      sessionId: booked.session.id,
      choice: { slotId: slotId(6) },
      reason: 'A clash',
    });
    if (!asked.ok) throw new Error(asked.code);
    const got = await h.services.reschedule.get(world.therapist, { requestId: asked.request.id });
    expect(got.ok && got.cutoffHours).to.equal(48);
  });
});
