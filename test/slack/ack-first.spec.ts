// Slack's 3-second limit: a modal submission is answered as soon as its change is stored, before any notice goes
// out. Slack's answers to the bot's own posts are held back here; the submission must still be acknowledged, and
// the notices it owes must arrive once Slack answers again.
import { expect } from 'chai';
import { actions, views } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { hasAction } from '../support/slack-inspect.js';
import { postSigned, state, viewSubmission } from '../support/slack-requests.js';

describe('slack: a submission is acknowledged before its notices are sent', () => {
  let h: SlackHarness;

  before(async () => {
    h = await openSlackHarness('ack_first', { world: { employees: 1, slotCount: 3 } });
  });
  after(() => h.close());

  it('acks the reschedule request while the therapist thread post is still unanswered, then delivers it once', async () => {
    const employee = h.world.employees[0] as Actor;
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.stub.reset();
    const release = h.stub.hold('chat.postMessage');
    const submission = viewSubmission({
      user: employee.identity.userId,
      callbackId: views.reschedule,
      privateMetadata: { sessionId: booked.session.id },
      values: {
        ...state.select('slot', String(h.world.slots[1]?._id)),
        ...state.date(null),
        ...state.time(null),
        ...state.text('reason', 'A work trip came up'),
      } as never,
    });
    // Not h.post: it waits for all work to finish, which cannot happen while Slack holds its answers. Slack never
    // answers the post here, so an app that waited for it (even bounded, as it once did for 1.5 s) is caught by
    // the race below; the margin is far above the app's own work, so this is no performance test.
    const answered = postSigned(h.url, submission);
    const first = await Promise.race([answered, new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 1000))]);
    if (first === 'waited') release(); // let the app finish, so the failure below is the only one
    expect(first, 'the submission was answered only after waiting for a notice').to.not.equal('waited');
    const res = await answered;
    expect(res.status).to.equal(200);
    expect(res.body).to.equal('');
    const request = await h.db.models.RescheduleRequest.findOne({ sessionId: booked.session.id }).lean();
    expect(request?.status).to.equal('pending');
    // The post was made after the answer and is still waiting for Slack.
    expect(h.stub.callsTo('chat.postMessage').filter((c) => hasAction(c, actions.requestConfirm))).to.have.length.at.most(1);
    release();
    await h.app.idle();
    expect(h.stub.callsTo('chat.postMessage').filter((c) => hasAction(c, actions.requestConfirm))).to.have.length(1);
    expect(await h.db.models.Owed.countDocuments()).to.equal(0);
  });
});
