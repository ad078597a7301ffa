// A slow database must not turn a stored change into an error: a submission not decided within Slack's 3 s is
// answered with a "working on it" view, then updated with its outcome; the same view submitted again is answered
// with the first outcome instead of clashing with the change it made itself.
import { expect } from 'chai';
import sinon from 'sinon';
import { faultWording } from '../../src/domain/wording.js';
import type { Actor } from '../../src/services/types.js';
import { views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { allText } from '../support/slack-inspect.js';
import { postSigned, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const SLOW_MS = 4_000;
const SLACK_LIMIT_MS = 3_000;
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function timedPost(h: SlackHarness, request: ReturnType<typeof viewSubmission>) {
  const started = performance.now();
  const res = await postSigned(h.url, request);
  return { ...res, ms: performance.now() - started };
}

describe('slack: a modal submission while the database is slow', function () {
  this.timeout(30_000);
  let h: SlackHarness;
  let employee: Actor;

  before(async () => {
    h = await openSlackHarness('slow_modal', { world: { employees: 1, slotCount: 3 } });
    employee = h.world.employees[0] as Actor;
  });
  afterEach(() => sinon.restore());
  after(() => h.close());

  const booking = (slotIndex: number, viewId: string) =>
    viewSubmission({
      user: employee.identity.userId,
      callbackId: views.book,
      viewId,
      values: state.select('slot', String(h.world.slots[slotIndex]?._id)) as never,
    });

  it('answers "working on it" within 3 s, shows the stored booking through views.update, and answers a resubmission with it', async () => {
    const book = h.app.services.sessions.book;
    const slow = sinon.stub(h.app.services.sessions, 'book').callsFake(async (...args: Parameters<typeof book>) => {
      await delay(SLOW_MS);
      return book(...args);
    });
    h.stub.reset();
    const first = await timedPost(h, booking(0, 'VSLOWBOOK1'));
    expect(first.ms, 'answered within Slack 3 s').to.be.below(SLACK_LIMIT_MS);
    expect(first.status).to.equal(200);
    const working = JSON.parse(first.body) as { response_action: string; view: unknown };
    expect(working.response_action).to.equal('update');
    expect(JSON.stringify(working.view)).to.include(faultWording(GB).viewWorking);

    await h.app.idle();
    const updates = h.stub.callsTo('views.update').filter((c) => c.body.view_id === 'VSLOWBOOK1');
    expect(updates, 'one views.update with the outcome').to.have.length(1);
    expect(allText(updates[0])).to.include(faultWording(GB).viewDone);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);

    // Slack lost the first answer; the person presses Submit again on the same view.
    const again = await timedPost(h, booking(0, 'VSLOWBOOK1'));
    expect(again.status).to.equal(200);
    expect(again.body, 'the first outcome (the modal closes), not "That time is no longer free"').to.equal('');
    expect(again.ms).to.be.below(SLACK_LIMIT_MS);
    await h.app.idle();
    expect(slow.callCount, 'the use case ran once').to.equal(1);
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(1);
  });

  it('shows a late refusal in words through views.update, and lets a corrected resubmission run', async () => {
    const book = h.app.services.sessions.book;
    const slow = sinon.stub(h.app.services.sessions, 'book').callsFake(async (...args: Parameters<typeof book>) => {
      await delay(SLOW_MS);
      return book(...args);
    });
    h.stub.reset();
    // Slot 0 is booked by the test above: refused, late.
    const first = await timedPost(h, booking(0, 'VSLOWBOOK2'));
    expect(first.ms).to.be.below(SLACK_LIMIT_MS);
    expect((JSON.parse(first.body) as { response_action: string }).response_action).to.equal('update');
    await h.app.idle();
    const update = h.stub.callsTo('views.update').find((c) => c.body.view_id === 'VSLOWBOOK2');
    expect(allText(update)).to.include(faultWording(GB).viewRefused);
    slow.restore();
    // A refusal is not remembered: the same view with another slot is decided again.
    const second = await h.post(booking(1, 'VSLOWBOOK2'));
    expect(second.body).to.equal('');
    expect(await h.db.models.Session.countDocuments({ status: 'booked' })).to.equal(2);
  });

  describe('a resubmission reaching another instance', () => {
    const key = (viewId: string) => `slack:view:${viewId}:h`;

    it('gets the outcome the first instance recorded, without running the use case again', async () => {
      await h.db.models.Delivery.create({ _id: key('VOTHER1'), createdAt: h.now(), done: true, outcome: null });
      const book = sinon.spy(h.app.services.sessions, 'book');
      const res = await timedPost(h, booking(2, 'VOTHER1'));
      expect(res.status).to.equal(200);
      expect(res.body, 'the first outcome: the modal closes').to.equal('');
      expect(book.callCount).to.equal(0);
    });

    it('while the first is still running there, sees "working on it", then that outcome', async () => {
      await h.db.models.Delivery.create({ _id: key('VOTHER2'), createdAt: h.now(), done: false });
      const book = sinon.spy(h.app.services.sessions, 'book');
      h.stub.reset();
      const res = await timedPost(h, booking(2, 'VOTHER2'));
      expect(res.ms).to.be.below(SLACK_LIMIT_MS);
      expect(JSON.stringify(JSON.parse(res.body))).to.include(faultWording(GB).viewWorking);
      // The first instance records its outcome (the modal closed there).
      await h.app.services.deliveries.done(key('VOTHER2'), null);
      await h.app.idle();
      const update = h.stub.callsTo('views.update').find((c) => c.body.view_id === 'VOTHER2');
      expect(allText(update)).to.include(faultWording(GB).viewDone);
      expect(book.callCount, 'the use case ran only on the first instance').to.equal(0);
    });
  });
});
