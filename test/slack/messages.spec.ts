// DM relay both ways over signed Events API requests: thread creation, dedupe of retries, what is ignored, and
// that a message that could not be delivered is never silently lost.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent, nextTs } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const blocksText = (call: RecordedCall | undefined): string => JSON.stringify(call?.body.blocks ?? []);

describe('slack: relayed conversation', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('messages');
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  const employeeDm = (text: string, ts = nextTs()) => messageEvent({ user: 'UEMP1', text, channel: 'DEMP1', channelType: 'im', ts });
  const posts = () => h.stub.callsTo('chat.postMessage');
  let threadTs = '';

  it('relays an employee DM into a new thread in the therapist channel, with a neutral header', async () => {
    const res = await h.post(eventCallback(employeeDm('I would like to talk about next week')));
    expect(res.status).to.equal(200);
    const [header, relay] = posts();
    expect(header?.body.channel).to.equal('CACME');
    expect(header?.body.thread_ts).to.equal(undefined);
    expect(header?.body.text).to.equal('Conversation with Employee 1');
    expect(relay?.body.channel).to.equal('CACME');
    expect(relay?.body.thread_ts).to.be.a('string');
    expect(blocksText(relay)).to.include('I would like to talk about next week');
    expect(relay?.body.text).to.equal('Message from Employee 1');
    threadTs = String(relay?.body.thread_ts);
  });

  it('reuses the thread for the next message', async () => {
    await h.post(eventCallback(employeeDm('second message')));
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.body.thread_ts).to.equal(threadTs);
  });

  it('relays a retried event (same event_id) and a re-delivered message (same channel, ts) once', async () => {
    const ts = nextTs();
    const request = eventCallback(employeeDm('only once please', ts), { eventId: 'EvRETRY1' });
    await h.post(request);
    await h.post(request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await h.post(eventCallback(employeeDm('only once please', ts), { eventId: 'EvOTHER1' }));
    expect(posts()).to.have.length(1);
  });

  it('neutralises mentions and markup in relayed text', async () => {
    await h.post(eventCallback(employeeDm('<!channel> hi &amp; <@U999|bob> see <https://x.test|this>')));
    const text = blocksText(posts()[0]);
    expect(text).not.to.include('<!channel>');
    expect(text).to.include('@channel hi &amp; @bob see this (https://x.test)');
  });

  it("relays the therapist's thread reply to the employee's DM", async () => {
    const res = await h.post(
      eventCallback(messageEvent({ user: 'UTHERAPIST', text: 'Of course, happy to.', channel: 'CACME', channelType: 'channel', threadTs })),
    );
    expect(res.status).to.equal(200);
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.body.channel).to.equal('UEMP1');
    expect(blocksText(posts()[0])).to.include('Of course, happy to.');
    expect(posts()[0]?.body.text).to.equal('Message from Dr Sam Rivers');
  });

  it('relays the text of a DM with a file attached, and a thread reply also sent to the channel', async () => {
    await h.post(
      eventCallback(messageEvent({ subtype: 'file_share', user: 'UEMP1', text: 'see my note', channel: 'DEMP1', channelType: 'im' })),
    );
    expect(posts().map((p) => blocksText(p) || String(p.body.text))).to.satisfy((all: string[]) =>
      all.some((t) => t.includes('see my note')),
    );
    // The file itself is not passed on, and the sender is told so.
    expect(posts().map((p) => String(p.body.text))).to.satisfy((all: string[]) => all.some((t) => t.includes('I can only pass on text')));
    h.stub.reset();
    await h.post(
      eventCallback(
        messageEvent({
          subtype: 'thread_broadcast',
          user: 'UTHERAPIST',
          text: 'also to channel',
          channel: 'CACME',
          channelType: 'channel',
          threadTs,
        }),
      ),
    );
    expect(posts()[0]?.body.channel).to.equal('UEMP1');
    expect(blocksText(posts()[0])).to.include('also to channel');
  });

  it('ignores top-level posts, bot posts, its own posts, edits and deletions in the channel', async () => {
    const before = await h.snapshot();
    const channel = { channel: 'CACME', channelType: 'channel' as const };
    await h.post(eventCallback(messageEvent({ user: 'UTHERAPIST', text: 'top level', ...channel })));
    await h.post(eventCallback(messageEvent({ botId: 'BOTHER', user: 'UOTHERBOT', text: 'bot', threadTs, ...channel })));
    await h.post(eventCallback(messageEvent({ user: 'UBOT', text: 'mine', threadTs, ...channel })));
    await h.post(eventCallback(messageEvent({ subtype: 'message_changed', text: 'edit', threadTs, ...channel })));
    await h.post(eventCallback(messageEvent({ subtype: 'message_deleted', text: '', threadTs, ...channel })));
    await h.post(eventCallback(messageEvent({ subtype: 'bot_message', botId: 'BBOT', text: 'x', channel: 'DEMP1', channelType: 'im' })));
    expect(h.stub.calls).to.deep.equal([]);
    expect(await h.snapshot()).to.equal(before);
  });

  it('tells a colleague replying in the thread, privately, that only the linked therapist can', async () => {
    await h.post(eventCallback(messageEvent({ user: 'UHR', text: 'hello', channel: 'CACME', channelType: 'channel', threadTs })));
    expect(posts()).to.have.length(0);
    const ephemeral = h.stub.lastCall('chat.postEphemeral');
    expect(ephemeral?.body).to.include({
      channel: 'CACME',
      user: 'UHR',
      thread_ts: threadTs,
      text: refusalText({ code: 'not_linked_therapist' }, 'employee', GB),
    });
  });

  it('tells the employee when a message could not be delivered, and delivers the next attempt', async () => {
    // Slack fails every post in the therapist's channel (a passing fault: the bot is still a member there).
    h.stub.fail('chat.postMessage', { error: 'internal_error' }, 10, (body) => body.channel === 'CACME');
    await h.post(eventCallback(employeeDm('this one fails')));
    const notice = posts().at(-1);
    expect(posts()[0]?.body.channel).to.equal('CACME');
    expect(notice?.body).to.include({ channel: 'DEMP1', text: refusalText({ code: 'relay_failed' }, 'employee', GB) });
    h.stub.reset();
    await h.post(eventCallback(employeeDm('this one fails')));
    expect(posts()).to.have.length(1);
    expect(blocksText(posts()[0])).to.include('this one fails');
  });

  it("tells the therapist, privately in the thread, when the employee's DM could not be delivered", async () => {
    h.stub.fail('chat.postMessage', { error: 'user_not_found' });
    await h.post(
      eventCallback(messageEvent({ user: 'UTHERAPIST', text: 'are you there?', channel: 'CACME', channelType: 'channel', threadTs })),
    );
    expect(posts()[0]?.body.channel).to.equal('UEMP1');
    expect(h.stub.lastCall('chat.postEphemeral')?.body).to.include({
      channel: 'CACME',
      user: 'UTHERAPIST',
      thread_ts: threadTs,
      text: refusalText({ code: 'relay_failed' }, 'employee', GB),
    });
  });

  it('waits out a rate limit (Retry-After) and then delivers', async () => {
    h.stub.fail('chat.postMessage', { status: 429, retryAfter: 1 });
    await h.post(eventCallback(employeeDm('after the rate limit')));
    expect(posts()).to.have.length(2);
    expect(blocksText(posts()[1])).to.include('after the rate limit');
  });

  it('tells someone unregistered how to get access', async () => {
    await h.post(eventCallback(messageEvent({ user: 'UNOBODY', text: 'hi', channel: 'DNOBODY', channelType: 'im' })));
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.body).to.include({ channel: 'DNOBODY', text: refusalText({ code: 'not_registered' }, 'employee', GB) });
  });

  it('answers at once, and when the work after the answer fails it forgets the event so a redelivery is processed', async () => {
    h.stub.fail('chat.postMessage', { error: 'channel_not_found' }, 20);
    const request = eventCallback(employeeDm('fails every time'), { eventId: 'EvFAILED' });
    const first = await h.post(request);
    expect(first.status).to.equal(200);
    // The relay failed, telling the employee failed, and the last-resort notice failed too: the claim is released.
    expect(posts()[0]?.body.channel).to.equal('CACME');
    expect(posts().filter((c) => c.body.channel === 'DEMP1')).to.have.length(2);
    h.stub.reset();
    const retry = await h.post(request, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_error' } });
    expect(retry.status).to.equal(200);
    expect(blocksText(posts().at(-1))).to.include('fails every time');
  });
});
