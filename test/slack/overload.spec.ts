// Backpressure at the door (issue 17, item 4): while the after-answer queue is at its bound, a button, a slash
// command and a form are not started (the sender reads that nothing was done and to try again) and a DM event gets a
// 503 (Slack delivers it again), so the backlog cannot grow past the requests already taken. Here the bound is 0.
import { expect } from 'chai';
import { faultWording } from '../../src/domain/wording.js';
import { actions, commands } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { blockActions, slashCommand } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: a full after-answer queue turns new requests away at the door', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('overload', { env: { AFTER_ANSWER_BACKLOG: '0' } });
  });
  after(() => h.close());

  it('a button is answered at once with one sentence and starts nothing', async () => {
    h.stub.reset();
    const before = await h.snapshot();
    const res = await h.post(blockActions({ user: 'UEMP1', actionId: actions.bookOpen, value: 'book' }));
    expect(res.status).to.equal(200);
    await h.app.idle();
    expect(h.stub.callsTo('views.open'), 'no modal was opened').to.have.length(0);
    const told = [...h.stub.callsTo('chat.postEphemeral'), ...h.stub.callsTo('chat.postMessage')].map((c) => c.body.text);
    expect(told, 'the sender is told, once').to.deep.equal([faultWording(GB).notTaken]);
    expect(await h.snapshot()).to.equal(before);
  });

  it('a slash command is answered with the same sentence', async () => {
    h.stub.reset();
    const res = await h.post(
      slashCommand({ command: commands.wellbeing, text: 'book', user: 'UEMP1', channel: 'DEMP1', responseUrl: h.stub.responseUrl() }),
    );
    expect(res.status).to.equal(200);
    expect(res.body).to.include('try again in a minute');
    expect(h.stub.callsTo('views.open')).to.have.length(0);
  });
});
