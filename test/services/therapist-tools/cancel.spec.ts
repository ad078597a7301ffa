import { expect } from 'chai';
import { noticeText } from '../../../src/domain/wording.js';
import type { Actor } from '../../../src/services/types.js';
import { openCoreHarness, type CoreHarness } from '../../support/core-harness.js';
import { bookedSession, seedWorld, type World } from '../../support/fixtures.js';
import { british } from '../../support/readers.js';

const HOUR = 3_600_000;

describe('therapist tools: a therapist cancelling a session always credits the employee back', () => {
  let h: CoreHarness;
  let world: World;
  let sessionId: string;
  let start: Date;

  beforeEach(async () => {
    h = await openCoreHarness('therapist-cancel');
    world = await seedWorld(h.services, { employees: 1, slotCount: 2, allowance: 1 });
    ({ id: sessionId, start } = await bookedSession(h.services, world));
    h.notifier.clear();
  });
  afterEach(() => h.close());

  it('inside the window: not a late cancellation, the unit is free again, and the employee is told so', async () => {
    h.setNow(new Date(start.getTime() - 2 * HOUR));
    const preview = await h.services.sessions.cancelPreview(world.therapist, { sessionId });
    expect(preview.ok && preview.late).to.equal(false);
    // In the therapist's words: it is their client's allowance, not theirs.
    expect(preview.ok && preview.consequence)
      .to.include('credited back to Employee 1')
      .and.not.include('your allowance');
    const cancelled = await h.services.sessions.cancel(world.therapist, { sessionId, reason: 'Therapist ill' });
    expect(cancelled).to.deep.include({ ok: true, late: false });
    expect((await h.db.models.Session.findById(sessionId).lean())?.status).to.equal('cancelled');
    // The allowance of 1 is free again: the employee can book the other slot (with an hour's booking notice, as it is
    // within the day).
    expect((await h.services.bookingNotice.setOwn(world.therapist, '1')).ok).to.equal(true);
    expect((await h.services.sessions.book(world.employees[0] as Actor, { slotId: String(world.slots[1]?._id) })).ok).to.equal(true);
    const toEmployee = h.notifier.sent.find((s) => s.op === 'person' && s.notice.kind === 'session_cancelled');
    expect(toEmployee && noticeText(toEmployee.notice, british('Europe/London')).lines.join('\n')).to.include(
      'this session is credited back to your allowance',
    );
    const toTherapist = h.notifier.sent.find((s) => s.op !== 'person' && s.notice.kind === 'session_cancelled');
    const therapistText = toTherapist ? noticeText(toTherapist.notice, british('Europe/London')).lines.join('\n') : '';
    expect(therapistText).to.include("credited back to Employee 1's allowance").and.not.include('your allowance');
  });

  it("the employee's own cancellation inside the window is still late", async () => {
    h.setNow(new Date(start.getTime() - 2 * HOUR));
    expect(await h.services.sessions.cancel(world.employees[0] as Actor, { sessionId, reason: 'Changed my mind' })).to.deep.include({
      ok: true,
      late: true,
    });
  });
});
