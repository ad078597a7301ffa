// Old buttons on history the sweep moved to the cold collections (docs/design.md §6, "Hot and cold"): a request's
// Confirm in the therapist's thread, an attendance button on a stale Home tab, an employee's Cancel. Each is answered
// with a clear sentence that the session or request is over, over signed requests, and nothing changes.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { actions } from '../../src/slack/ids.js';
import { findEverywhere } from '../support/archive.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { blockActions } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: old buttons on archived sessions and requests', () => {
  let h: SlackHarness;
  let sessionId = '';
  let requestId = '';
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  before(async () => {
    h = await openSlackHarness('archived_buttons', { world: { employees: 1, slotCount: 4 } });
    const employee = h.world.employees[0] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(booked.code);
    sessionId = booked.session.id;
    const asked = await h.services.reschedule.request(employee, {
      sessionId,
      choice: { slotId: String(h.world.slots[1]?._id) },
      reason: 'A meeting moved',
    });
    if (!asked.ok) throw new Error(asked.code);
    requestId = asked.request.id;
    const declined = await h.services.reschedule.decline(h.world.therapist, { requestId, note: 'Fully booked' });
    expect(declined.ok).to.equal(true);
    await h.services.idle();
    // A quarter later the sweep (hourly passes) has moved January's history to its cold collections.
    h.setNow(new Date('2030-04-20T10:00:00Z'));
    for (let pass = 0; pass < 3; pass++) {
      h.setNow(new Date(h.now().getTime() + 3_660_000));
      await h.services.sweep();
      await h.services.idle();
    }
    const [session] = await findEverywhere(h.db, 'sessions', { chainId: { $exists: true } });
    expect(session?.in).to.equal('sessions_2030_01');
    expect((await findEverywhere(h.db, 'reschedule_requests'))[0]?.in).to.equal('reschedule_requests_2030_01');
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  it("refuses the therapist's Confirm on an archived request as settled long ago, privately, changing nothing", async () => {
    const before = await h.snapshot();
    await h.post(
      blockActions({
        user: 'UTHERAPIST',
        actionId: actions.requestConfirm,
        value: requestId,
        channel: 'CACME',
        messageTs: '1.000001',
        threadTs: '1.000000',
      }),
    );
    expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(refusalText({ code: 'request_archived' }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);
  });

  it('refuses an attendance button on a stale Home tab as over, changing nothing', async () => {
    const before = await h.snapshot();
    await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.attendanceAttended, value: sessionId, view: home }));
    expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'session_archived' }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);
  });

  it("refuses the employee's Cancel on an archived session as over, changing nothing", async () => {
    const before = await h.snapshot();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.sessionCancel, value: sessionId, view: home }));
    const shown = h.stub.calls.map((c) => JSON.stringify(c.body)).join('\n');
    expect(shown).to.include(refusalText({ code: 'session_archived' }, 'employee', GB).slice(0, 40));
    expect(await h.snapshot()).to.equal(before);
  });
});
