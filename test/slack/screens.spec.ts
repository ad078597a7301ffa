// What people see in Slack after each change (issue 7, items 8-10): the confirmed request shows its new time as
// current, a proposal's answer speaks to the employee, a failed Confirm is explained to the therapist in their
// words, employees withdraw a pending request from their DM or App Home, and staff who DM the bot get their help.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { formatSpan } from '../../src/i18n/dates.js';
import { british } from '../support/readers.js';
import { actions, commands } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { DEFAULT_START, openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, hasAction } from '../support/slack-inspect.js';
import { blockActions, eventCallback, messageEvent } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const LONDON = 'Europe/London';

describe('slack: screens follow every change', () => {
  let h: SlackHarness;
  let employee: Actor;

  before(async () => {
    h = await openSlackHarness('screens', { world: { employees: 2, slotCount: 10, allowance: 10 } });
    employee = h.world.employees[0] as Actor;
  });
  after(() => h.close());
  beforeEach(() => {
    h.stub.reset();
    h.setNow(DEFAULT_START);
  });

  const slot = (i: number) => {
    const s = h.world.slots[i];
    if (!s) throw new Error('no such slot');
    return s;
  };

  async function pendingRequest(bookIndex: number, targetIndex: number) {
    const booked = await h.services.sessions.book(employee, { slotId: String(slot(bookIndex)._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    const asked = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: String(slot(targetIndex)._id) },
      reason: 'A work trip came up',
    });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    await h.app.idle(); // Home tabs republished after the notices land before the test looks
    return { session: booked.session, request: asked.request };
  }

  const threadRequestMessage = () => h.stub.callsTo('chat.postMessage').find((c) => hasAction(c, actions.requestConfirm));
  const awaitingDm = () =>
    h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'UEMP1' && hasAction(c, actions.requestWithdraw));

  it('a confirmed request message shows the new time as the current one', async () => {
    const { request } = await pendingRequest(0, 1);
    expect(threadRequestMessage()).to.not.equal(undefined);
    await h.post(
      blockActions({ user: 'UTHERAPIST', actionId: actions.requestConfirm, value: request.id, channel: 'CACME', messageTs: '1.1' }),
    );
    const update = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'CACME');
    const text = allText(update);
    expect(text).to.include(`Current: ${formatSpan(slot(1).start, slot(1).end, british(LONDON))}`);
    expect(text).to.include(`Was: ${formatSpan(slot(0).start, slot(0).end, british(LONDON))}`);
  });

  it('tells the therapist why Confirm failed in therapist words', async () => {
    const { session, request } = await pendingRequest(2, 3);
    // The session is now inside the 24-hour window: the request can no longer be applied.
    h.setNow(new Date(session.start.getTime() - 12 * 3600_000));
    await h.post(
      blockActions({
        user: 'UTHERAPIST',
        actionId: actions.requestConfirm,
        value: request.id,
        channel: 'CACME',
        messageTs: '1.2',
        threadTs: '1.0',
      }),
    );
    const ephemeral = h.stub.lastCall('chat.postEphemeral');
    expect(ephemeral?.body).to.include({
      user: 'UTHERAPIST',
      text: refusalText({ code: 'inside_cutoff', params: { hours: 24 } }, 'therapist', GB),
    });
    expect(String(ephemeral?.body.text)).to.not.include('You can still cancel it');
  });

  it('the "request sent" DM carries Withdraw; withdrawing updates the DM, the thread and App Home', async () => {
    const { request } = await pendingRequest(4, 5);
    const dm = awaitingDm();
    expect(actionValue(dm, actions.requestWithdraw)).to.equal(request.id);
    h.stub.reset();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.requestWithdraw, value: request.id, channel: 'DEMP1', messageTs: '1.7' }));
    const after = await h.services.reschedule.get(employee, { requestId: request.id });
    expect(after.ok && after.request.status).to.equal('withdrawn');
    const dmUpdate = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1');
    expect(dmUpdate?.body).to.include({ ts: '1.7', text: 'Reschedule request withdrawn' });
    expect(hasAction(dmUpdate, actions.requestWithdraw)).to.equal(false);
    const threadUpdate = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'CACME');
    expect(allText(threadUpdate)).to.include(`${employee.displayName} withdrew this request`);
    const home = h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === 'UEMP1')
      .pop();
    expect(home).to.not.equal(undefined);
    expect(JSON.stringify(home?.body)).to.not.include(request.id);
  });

  it('App Home offers Withdraw on a pending request, and withdrawing from there redraws the Home tab', async () => {
    const { request } = await pendingRequest(6, 7);
    await h.post(eventCallback({ type: 'app_home_opened', user: 'UEMP1', channel: 'DEMP1', tab: 'home', event_ts: '1.1' }));
    const opened = h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === 'UEMP1')
      .pop();
    expect(JSON.stringify(opened?.body)).to.include(`"action_id":"${actions.requestWithdraw}","value":"${request.id}"`);
    h.stub.reset();
    await h.post(
      blockActions({
        user: 'UEMP1',
        actionId: actions.requestWithdraw,
        value: request.id,
        view: { id: 'VHOME', callbackId: '', type: 'home' },
      }),
    );
    const home = h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === 'UEMP1')
      .pop();
    expect(home).to.not.equal(undefined);
    expect(JSON.stringify(home?.body)).to.not.include(request.id);
  });

  it('withdrawing twice tells the employee it was already withdrawn', async () => {
    const { request } = await pendingRequest(8, 9);
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.requestWithdraw, value: request.id, channel: 'DEMP1', messageTs: '1.8' }));
    h.stub.reset();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.requestWithdraw, value: request.id, channel: 'DEMP1', messageTs: '1.8' }));
    expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(
      refusalText({ code: 'already_decided', params: { status: 'withdrawn' } }, 'employee', GB),
    );
    expect(h.stub.callsTo('chat.update')).to.have.length(0);
  });

  it('a therapist or HR admin who DMs the bot gets their own help, not "not registered"', async () => {
    await h.post(eventCallback(messageEvent({ user: 'UTHERAPIST', text: 'hello?', channel: 'DTHERAPIST', channelType: 'im' })));
    const therapistReply = String(h.stub.lastCall('chat.postMessage')?.body.text);
    expect(therapistReply).to.include(commands.availability);
    expect(therapistReply).to.not.include(refusalText({ code: 'not_registered' }, 'employee', GB));
    await h.post(eventCallback(messageEvent({ user: 'UHR', text: 'hi', channel: 'DHR', channelType: 'im' })));
    const hrReply = String(h.stub.lastCall('chat.postMessage')?.body.text);
    expect(hrReply).to.include(commands.usage);
    expect(hrReply).to.not.include(refusalText({ code: 'not_registered' }, 'employee', GB));
    // Nothing was relayed into the therapist channel.
    expect(h.stub.callsTo('chat.postMessage').filter((c) => c.body.channel === 'CACME')).to.have.length(0);
  });
});
