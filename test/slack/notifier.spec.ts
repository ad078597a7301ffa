// SlackNotifier against the Web API stub: what each Notifier call sends, and how Slack failures become
// DeliveryErrors the services understand (after the retries that help).
import { LogLevel, WebClient } from '@slack/web-api';
import { expect } from 'chai';
import { createLogger } from '../../src/log.js';
import { DeliveryError } from '../../src/services/notifier.js';
import type { Notice, Recipient, RequestView } from '../../src/notices/notice.js';
import { slackSampleRequest } from '../support/views.js';
import { SlackNotifier } from '../../src/slack/notifier.js';
import { actions } from '../../src/slack/ids.js';
import { SlackApiStub } from '../support/slack-api-stub.js';
import { actionValue, allText, hasAction } from '../support/slack-inspect.js';

const recipient = (zone: string, userId = 'UEMP1'): Recipient => ({
  personId: 'p1',
  displayName: 'Employee 1',
  zone,
  locale: 'en-GB',
  email: null,
  identity: { platform: 'slack', workspaceId: 'T0TEST', userId },
});
const channel = { platform: 'slack' as const, workspaceId: 'T0TEST', channelId: 'CACME' };
const request: RequestView = slackSampleRequest('Travel <!channel> & more');

describe('slack: notifier', () => {
  let stub: SlackApiStub;
  let notifier: SlackNotifier;

  before(async () => {
    stub = await new SlackApiStub().start();
    const client = new WebClient('xoxb-test', {
      slackApiUrl: stub.apiUrl,
      retryConfig: { retries: 1, minTimeout: 10, maxTimeout: 20 },
      logLevel: LogLevel.ERROR,
    });
    notifier = new SlackNotifier(client, createLogger('silent'));
  });
  after(() => stub.stop());
  beforeEach(() => stub.reset());

  it('DMs a person by user id, with times in their zone', async () => {
    const notice: Notice = { kind: 'reschedule_awaiting', request };
    await notifier.notifyPerson(recipient('Asia/Tokyo'), notice);
    const call = stub.lastCall('chat.postMessage');
    expect(call?.body.channel).to.equal('UEMP1');
    expect(allText(call)).to.include('19:00–19:50 GMT+9'); // 10:00 UTC in Tokyo
  });

  it('opens a thread and returns its ts; posts into it and updates a message in place', async () => {
    const threadId = await notifier.openThread(channel, recipient('Europe/London', 'UTHERAPIST'), {
      kind: 'thread_opened',
      employeeName: 'Employee 1',
    });
    expect(threadId).to.match(/^\d+\.\d+$/);
    const thread = { channel, threadId };
    const messageId = await notifier.postToThread(thread, recipient('Europe/London', 'UTHERAPIST'), {
      kind: 'reschedule_requested',
      request,
    });
    const posted = stub.lastCall('chat.postMessage');
    expect(posted?.body).to.include({ channel: 'CACME', thread_ts: threadId });
    expect(actionValue(posted, actions.requestConfirm)).to.equal('req1');
    // Free text is escaped: a reason can never ping the channel.
    expect(allText(posted)).to.include('Travel &lt;!channel&gt; &amp; more');
    expect(allText(posted)).not.to.include('<!channel>');
    await notifier.updateThreadMessage(thread, messageId, recipient('Europe/London', 'UTHERAPIST'), {
      kind: 'request_decided',
      request: { ...request, status: 'confirmed' },
    });
    const update = stub.lastCall('chat.update');
    expect(update?.body).to.include({ channel: 'CACME', ts: messageId, text: 'Reschedule request confirmed' });
    expect(hasAction(update, actions.requestConfirm)).to.equal(false);
  });

  it('splits a long relayed message over several sections', async () => {
    await notifier.notifyPerson(recipient('UTC'), {
      kind: 'relay',
      from: 'therapist',
      senderName: 'Dr Sam Rivers',
      text: 'x'.repeat(7000),
    });
    const blocks = stub.lastCall('chat.postMessage')?.body.blocks as { text?: { text: string } }[];
    expect(blocks.length).to.be.greaterThan(3);
    for (const block of blocks) expect(block.text?.text.length ?? 0).to.be.at.most(3000);
  });

  const failures: [string, Parameters<SlackApiStub['fail']>[1], DeliveryError['failure']][] = [
    ['channel_not_found', { error: 'channel_not_found' }, 'gone'],
    ['user_not_found', { error: 'user_not_found' }, 'gone'],
    ['not_in_channel', { error: 'not_in_channel' }, 'forbidden'],
    ['invalid_auth', { error: 'invalid_auth' }, 'forbidden'],
    ['HTTP 503', { status: 503 }, 'unavailable'],
  ];
  for (const [name, failure, expected] of failures) {
    it(`turns ${name} into DeliveryError(${expected})`, async () => {
      stub.fail('chat.postMessage', failure, 5);
      const err = await notifier
        .openThread(channel, recipient('UTC'), { kind: 'thread_opened', employeeName: 'E' })
        .catch((e: unknown) => e);
      expect(err).to.be.instanceOf(DeliveryError);
      expect((err as DeliveryError).failure).to.equal(expected);
      expect((err as DeliveryError).platform).to.equal('slack');
    });
  }

  it('retries a rate limit after Retry-After, and reports throttled when it persists', async () => {
    stub.fail('chat.postMessage', { status: 429, retryAfter: 0 }, 1);
    await notifier.notifyPerson(recipient('UTC'), { kind: 'thread_opened', employeeName: 'E' });
    expect(stub.callsTo('chat.postMessage')).to.have.length(2);
    stub.reset();
    stub.fail('chat.postMessage', { status: 429, retryAfter: 0 }, 5);
    const err = await notifier.notifyPerson(recipient('UTC'), { kind: 'thread_opened', employeeName: 'E' }).catch((e: unknown) => e);
    expect((err as DeliveryError).failure).to.equal('throttled');
    expect(stub.callsTo('chat.postMessage')).to.have.length(2);
  });
});
