// Relayed text, reasons and notes pass through Slack flows without ever reaching the log, even at trace level,
// including when deliveries fail and errors are logged.
import { Writable } from 'node:stream';
import { expect } from 'chai';
import { pino } from 'pino';
import { actions, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue } from '../support/slack-inspect.js';
import { blockActions, eventCallback, messageEvent, state, viewSubmission } from '../support/slack-requests.js';

describe('slack: nothing personal in the log', () => {
  let h: SlackHarness;
  const lines: string[] = [];
  const secret = (what: string) => `SECRET-${what}-7f3a`;

  before(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    h = await openSlackHarness('privacy', { log: pino({ level: 'trace' }, sink) });
  });
  after(() => h.close());

  it('logs neither relayed text, nor reasons, nor notes', async () => {
    const employee = h.world.employees[0];
    if (!employee) throw new Error('no employee');
    await h.post(eventCallback(messageEvent({ user: 'UEMP1', text: secret('dm'), channel: 'DEMP1', channelType: 'im' })));
    h.stub.fail('chat.postMessage', { error: 'channel_not_found' }, 3);
    await h.post(eventCallback(messageEvent({ user: 'UEMP1', text: secret('failed-dm'), channel: 'DEMP1', channelType: 'im' })));
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(booked.code);
    h.stub.reset();
    await h.post(
      viewSubmission({
        user: 'UEMP1',
        callbackId: views.reschedule,
        privateMetadata: { sessionId: booked.session.id },
        values: {
          ...state.select('slot', String(h.world.slots[1]?._id)),
          ...state.date(null),
          ...state.time(null),
          ...state.text('reason', secret('reason')),
        } as never,
      }),
    );
    const request = h.stub.callsTo('chat.postMessage').find((c) => actionValue(c, actions.requestDecline));
    await h.post(
      viewSubmission({
        user: 'UTHERAPIST',
        callbackId: views.decline,
        privateMetadata: { requestId: actionValue(request, actions.requestDecline) },
        values: state.text('note', secret('note')) as never,
      }),
    );
    await h.post(
      blockActions({
        user: 'UTHERAPIST',
        actionId: actions.requestConfirm,
        value: actionValue(request, actions.requestDecline) ?? '',
        channel: 'CACME',
        messageTs: '1.1',
      }),
    );
    const log = lines.join('');
    if (process.env.SHOW_LOG)
      for (const l of lines.filter((x) => x.includes('SECRET-') || x.includes('Employee 1'))) process.stderr.write(l);
    expect(log.length).to.be.greaterThan(0);
    expect(log).not.to.include('SECRET-');
    expect(log).not.to.include('Employee 1');
  });
});
