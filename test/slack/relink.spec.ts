// Moving a therapist to a new channel (issue 7, item 10): the employee's next message opens a thread in the new
// channel, and replies in the old thread still reach the employee, from that therapist only.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { eventCallback, messageEvent, nextTs } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: re-linking a therapist keeps old threads working', () => {
  let h: SlackHarness;
  before(async () => {
    h = await openSlackHarness('relink', { world: { employees: 1, slotCount: 0 } });
    h.stub.memberOf.add('CNEW');
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  const posts = () => h.stub.callsTo('chat.postMessage');
  const employeeDm = (text: string) =>
    eventCallback(messageEvent({ user: 'UEMP1', text, channel: 'DEMP1', channelType: 'im', ts: nextTs() }));
  const reply = (user: string, channel: string, threadTs: string, text: string) =>
    eventCallback(messageEvent({ user, text, channel, channelType: 'channel', threadTs }));

  it('old thread replies relay after the move; new messages go to the new channel', async () => {
    await h.post(employeeDm('first, in the old channel'));
    const oldThread = String(posts().find((p) => p.body.thread_ts)?.body.thread_ts);
    expect(posts()[0]?.body.channel).to.equal('CACME');

    const relinked = await h.services.admin.linkChannel(h.world.therapist.identity, {
      platform: 'slack',
      workspaceId: 'T0TEST',
      channelId: 'CNEW',
    });
    expect(relinked.ok).to.equal(true);
    h.stub.reset();
    await h.post(employeeDm('second, after the move'));
    const newThread = posts().find((p) => p.body.thread_ts);
    expect(newThread?.body.channel).to.equal('CNEW');
    expect(newThread?.body.thread_ts).to.not.equal(oldThread);

    h.stub.reset();
    await h.post(reply('UTHERAPIST', 'CACME', oldThread, 'Answering in the old thread'));
    expect(posts()).to.have.length(1);
    expect(posts()[0]?.body.channel).to.equal('UEMP1');
    expect(JSON.stringify(posts()[0]?.body.blocks)).to.include('Answering in the old thread');

    h.stub.reset();
    await h.post(reply('UTHERAPIST', 'CNEW', String(newThread?.body.thread_ts), 'And in the new one'));
    expect(posts().map((p) => p.body.channel)).to.deep.equal(['UEMP1']);

    // The old thread is on record for the employee, so a decision on an old request can find where it was posted.
    const employee = h.world.employees[0];
    const former = await h.services.context.store.relayThreads.formerThreads(employee?.personId ?? '', h.world.therapist.personId);
    expect(former.map((t) => [t.channelKey, t.threadId])).to.deep.equal([['slack:T0TEST:CACME', oldThread]]);
  });

  it('a colleague replying in the old thread is still told, privately, that only the therapist can', async () => {
    await h.post(employeeDm('hello again'));
    h.stub.reset();
    // The old thread: the one in CACME recorded before the move.
    const old = await h.db.connection.collection('relay_threads').findOne({ threadKey: { $regex: /^former:slack:T0TEST:CACME#/ } });
    const oldThread = String(old?.threadId);
    await h.post(reply('UHR', 'CACME', oldThread, 'Not mine to answer'));
    expect(posts()).to.have.length(0);
    expect(h.stub.lastCall('chat.postEphemeral')?.body).to.include({
      user: 'UHR',
      text: refusalText({ code: 'not_linked_therapist' }, 'employee', GB),
    });
  });
});
