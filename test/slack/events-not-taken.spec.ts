// An event the app could not take (its delivery claim failed: the database down) is answered 503 so that Slack
// delivers it again; a redelivery that finds the database back is relayed once. On Slack's last retry (the third)
// the sender is also told the message was not delivered, since Slack will not bring it back again.
import { expect } from 'chai';
import sinon from 'sinon';
import { refusalText } from '../../src/domain/refusals.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: an event the app could not take', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('events_not_taken');
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());
  afterEach(() => sinon.restore());

  const dm = (text: string) => eventCallback(messageEvent({ user: 'UEMP1', text, channel: 'DEMP1', channelType: 'im' }));
  const retry = (n: number) => ({ headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_error' } });
  const relays = (text: string) => h.stub.callsTo('chat.postMessage').filter((c) => JSON.stringify(c.body.blocks ?? []).includes(text));
  const told = () =>
    h.stub
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === 'DEMP1' && c.body.text === refusalText({ code: 'relay_failed' }, 'employee', GB));
  const claimFails = () => sinon.stub(h.app.services.deliveries, 'take').rejects(new Error('database unavailable'));

  it('answers 503 without telling anyone, and relays the redelivery once the database is back', async () => {
    const request = dm('while the claim fails');
    const failing = claimFails();
    expect((await h.post(request)).status).to.equal(503);
    expect(relays('while the claim fails')).to.have.length(0);
    expect(told()).to.have.length(0);
    failing.restore();
    expect((await h.post(request, retry(1))).status).to.equal(200);
    expect((await h.post(request, retry(2))).status).to.equal(200);
    expect(relays('while the claim fails')).to.have.length(1);
  });

  it("tells the sender on Slack's last retry", async () => {
    claimFails();
    expect((await h.post(dm('lost for good'), retry(3))).status).to.equal(503);
    expect(told()).to.have.length(1);
    expect(relays('lost for good')).to.have.length(0);
  });
});
