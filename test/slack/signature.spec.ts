// Every request must carry a valid Slack signature with a timestamp inside the 5-minute window, both ways.
import { expect } from 'chai';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent, slackSignature } from '../support/slack-requests.js';

describe('slack: request signatures', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('signature');
  });
  after(() => h.close());

  const dm = () => eventCallback(messageEvent({ user: 'UEMP1', text: 'hello', channel: 'DEMP1', channelType: 'im' }));
  const now = () => Math.floor(Date.now() / 1000);

  async function expectRejected(status: number, before: string) {
    expect(status).to.equal(401);
    expect(h.stub.calls.filter((c) => c.method !== 'auth.test')).to.deep.equal([]);
    expect(await h.snapshot()).to.equal(before);
  }

  it('rejects a request without a signature', async () => {
    const before = await h.snapshot();
    const res = await h.post(dm(), { signature: null });
    await expectRejected(res.status, before);
  });

  it('rejects a wrong signature', async () => {
    const before = await h.snapshot();
    const res = await h.post(dm(), { secret: 'not-the-secret' });
    await expectRejected(res.status, before);
  });

  it('rejects a signature over a different body', async () => {
    const before = await h.snapshot();
    const ts = now();
    const res = await h.post(dm(), { timestamp: ts, signature: slackSignature('test-signing-secret-0123456789abcdef', ts, '{}') });
    await expectRejected(res.status, before);
  });

  it('rejects a stale timestamp (more than 5 minutes old), even correctly signed', async () => {
    const before = await h.snapshot();
    const res = await h.post(dm(), { timestamp: now() - 6 * 60 });
    await expectRejected(res.status, before);
  });

  it('rejects a timestamp more than 5 minutes in the future, even correctly signed', async () => {
    const before = await h.snapshot();
    const res = await h.post(dm(), { timestamp: now() + 6 * 60 });
    await expectRejected(res.status, before);
  });

  it('accepts a correctly signed request inside the window', async () => {
    const res = await h.post(eventCallback({ type: 'app_home_opened', user: 'UEMP1', channel: 'DEMP1', tab: 'messages' }), {
      timestamp: now() - 60,
    });
    expect(res.status).to.equal(200);
  });
});
