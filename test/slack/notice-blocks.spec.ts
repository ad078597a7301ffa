// Notices as Slack messages (issue 7, items 9-11): a failed Confirm offers the employee what they can still do,
// the "request sent" DM offers Withdraw, and no message goes over Slack's 50 blocks.
import { expect } from 'chai';
import type { KnownBlock } from '@slack/types';
import type { RequestView } from '../../src/notices/notice.js';
import { slackSampleRequest } from '../support/views.js';
import { noticeMessage } from '../../src/slack/blocks/notice.js';
import { actions } from '../../src/slack/ids.js';

const request: RequestView = slackSampleRequest('Travel');

const buttons = (blocks: KnownBlock[]) =>
  blocks
    .flatMap((b) => (b.type === 'actions' ? b.elements : []))
    .map((e) => ('action_id' in e ? `${e.action_id}=${'value' in e ? String(e.value) : ''}` : ''));

describe('slack: notice messages', () => {
  it('a failed Confirm tells the employee and offers another time, cancelling or messaging the therapist', () => {
    const message = noticeMessage(
      { kind: 'reschedule_not_confirmed', request, why: 'slot_taken' },
      { zone: 'Europe/London', locale: 'en-GB' },
    );
    expect(message.text).to.equal('Your reschedule request could not be confirmed');
    expect(buttons(message.blocks)).to.deep.equal([
      `${actions.sessionReschedule}=ses1`,
      `${actions.sessionCancel}=ses1`,
      `${actions.messageTherapist}=message`,
    ]);
  });

  it('offers no new time once the session is inside the window, and nothing but a message once it is gone', () => {
    expect(
      buttons(noticeMessage({ kind: 'reschedule_not_confirmed', request, why: 'inside_cutoff' }, { zone: 'UTC', locale: 'en-GB' }).blocks),
    ).to.deep.equal([`${actions.sessionCancel}=ses1`, `${actions.messageTherapist}=message`]);
    expect(
      buttons(
        noticeMessage({ kind: 'reschedule_not_confirmed', request, why: 'session_not_active' }, { zone: 'UTC', locale: 'en-GB' }).blocks,
      ),
    ).to.deep.equal([`${actions.messageTherapist}=message`]);
  });

  it('the "request sent" DM offers Withdraw only while the request waits for the therapist', () => {
    expect(buttons(noticeMessage({ kind: 'reschedule_awaiting', request }, { zone: 'UTC', locale: 'en-GB' }).blocks)).to.deep.equal([
      `${actions.requestWithdraw}=req1`,
    ]);
    expect(
      buttons(
        noticeMessage({ kind: 'reschedule_awaiting', request: { ...request, status: 'withdrawn' } }, { zone: 'UTC', locale: 'en-GB' })
          .blocks,
      ),
    ).to.deep.equal([]);
  });

  it('a very long text is cut to 50 blocks with a line saying how much is left out', () => {
    const message = noticeMessage(
      { kind: 'relay', from: 'employee', senderName: 'E', text: 'x'.repeat(200_000) },
      { zone: 'UTC', locale: 'en-GB' },
    );
    expect(message.blocks).to.have.length(50);
    expect(JSON.stringify(message.blocks.at(-1))).to.match(/…and \d+ more parts of this text, too long to show here\./);
  });
});
