// A therapist moves a session with the client's agreement (issue 19 §1), over signed requests: Move session on App
// Home opens the form, the client answers in their DM (Accept / Decline / Message therapist), the thread is told,
// inside the client's window the therapist is offered Cancel, and a race with the client's own request leaves one.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { actions, views } from '../../src/slack/ids.js';
import { bookedSession } from '../support/fixtures.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { actionValue, allText, hasAction, selectOptions, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, blockActions, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const HOUR = 3_600_000;

describe('slack: a therapist moves a session', () => {
  let h: SlackHarness;
  let session: { id: string; start: Date };
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };

  beforeEach(async () => {
    h = await openSlackHarness('move', { world: { employees: 2, slotCount: 4 } });
    session = await bookedSession(h.services, h.world);
    h.stub.reset();
  });
  afterEach(() => h.close());

  const employee = (i = 0) => h.world.employees[i] as Actor;
  const homeOf = (user: string): RecordedCall | undefined =>
    h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === user)
      .pop();
  const timeFields = (values: Record<string, unknown>) => ({
    ...state.select('slot', null),
    ...state.date(null),
    ...state.time(null),
    ...values,
  });
  const submitMove = (values: Record<string, unknown>, user = 'UTHERAPIST') =>
    h.post(
      viewSubmission({
        user,
        callbackId: views.move,
        privateMetadata: { sessionId: session.id },
        values: timeFields({ ...state.text('reason', 'I have a training that morning'), ...values }) as never,
      }),
    );
  const slot = (i: number) => String(h.world.slots[i]?._id);
  const askedInDm = () =>
    h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'UEMP1' && hasAction(c, actions.proposalAccept));

  it('from App Home: the form, a refusal beside its field, then the client accepts in their DM and the thread is updated', async () => {
    await h.post(appHomeOpened('UTHERAPIST'));
    expect(actionValue(homeOf('UTHERAPIST'), actions.sessionMove)).to.equal(session.id);
    h.stub.reset();
    await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.sessionMove, value: session.id, view: home }));
    const update = h.stub.lastCall('views.update');
    const modal = viewOf(update);
    expect(modal.callback_id).to.equal(views.move);
    expect(JSON.parse(modal.private_metadata ?? '{}')).to.deep.equal({ sessionId: session.id });
    expect(selectOptions(update, 'slot')).to.have.length(3); // the therapist's own open times, not the booked one
    expect(allText(update)).to.include('with Employee 1');

    const noReason = await submitMove({ ...state.select('slot', slot(1)), ...state.text('reason', null) });
    expect(JSON.parse(noReason.body).errors).to.deep.equal({ reason: refusalText({ code: 'reason_missing' }, 'employee', GB) });
    expect(await h.db.models.RescheduleRequest.countDocuments()).to.equal(0);

    const res = await submitMove({ ...state.select('slot', slot(1)) });
    expect(res.body).to.equal('');
    const asked = askedInDm();
    expect(asked?.body.text).to.equal('Dr Sam Rivers asks to move your session');
    expect(hasAction(asked, actions.proposalDecline)).to.equal(true);
    expect(hasAction(asked, actions.messageTherapist)).to.equal(true);
    expect(allText(asked)).to.include('I have a training that morning');
    const inThread = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'CACME');
    expect(inThread?.body.text).to.equal('You asked Employee 1 to move the session');
    expect(inThread?.body.thread_ts).to.be.a('string');

    h.stub.reset();
    await h.post(
      blockActions({
        user: 'UEMP1',
        actionId: actions.proposalAccept,
        value: actionValue(asked, actions.proposalAccept) ?? '',
        channel: 'DEMP1',
        messageTs: '1.4',
      }),
    );
    const moved = (await h.services.sessions.overview(employee())).upcoming[0];
    expect(moved?.start.toISOString()).to.equal(h.world.slots[1]?.start.toISOString());
    const dm = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1');
    expect(dm?.body.text).to.equal('You accepted the new time');
    expect(hasAction(dm, actions.proposalAccept)).to.equal(false);
    const threadUpdate = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'CACME');
    expect(threadUpdate?.body.text).to.equal('Employee 1 accepted the new time');
  });

  it("from the client's thread: Move a session on its first message opens the form, or a list when there are several", async () => {
    const client = h.world.employees[1] as Actor;
    const first = await h.services.sessions.book(client, { slotId: slot(2) });
    if (!first.ok) throw new Error(first.code);
    await h.app.idle();
    const root = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'CACME' && hasAction(c, actions.threadMove));
    expect(root?.body.text).to.equal('Conversation with Employee 2');
    expect(actionValue(root, actions.threadMove)).to.equal(client.personId);
    const click = () =>
      h.post(
        blockActions({ user: 'UTHERAPIST', actionId: actions.threadMove, value: client.personId, channel: 'CACME', messageTs: '1.1' }),
      );

    h.stub.reset();
    await click();
    const form = viewOf(h.stub.lastCall('views.update'));
    expect(form.callback_id).to.equal(views.move);
    expect(JSON.parse(form.private_metadata ?? '{}')).to.deep.equal({ sessionId: first.session.id });

    const second = await h.services.sessions.book(client, { slotId: slot(3) });
    if (!second.ok) throw new Error(second.code);
    h.stub.reset();
    await click();
    const list = h.stub.lastCall('views.update');
    expect(allText(list)).to.include('Which session with Employee 2?');
    expect(actionValue(list, actions.sessionMove)).to.equal(first.session.id);
    expect(JSON.stringify(viewOf(list).blocks)).to.include(second.session.id);

    // Someone else's client (or not a therapist): refused, nothing shown of them.
    h.stub.reset();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.threadMove, value: client.personId, channel: 'CACME', messageTs: '1.1' }));
    expect(allText(h.stub.lastCall('views.update'))).to.not.include('Employee 2');
  });

  it('the client declines: the session stands and the therapist is told in the client thread', async () => {
    await submitMove({ ...state.date('2030-01-15'), ...state.time('15:00') });
    const asked = askedInDm();
    const threadTs = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'CACME')?.body.thread_ts;
    h.stub.reset();
    await h.post(
      blockActions({
        user: 'UEMP1',
        actionId: actions.proposalDecline,
        value: actionValue(asked, actions.proposalDecline) ?? '',
        channel: 'DEMP1',
        messageTs: '1.5',
      }),
    );
    expect((await h.services.sessions.overview(employee())).upcoming[0]?.start.toISOString()).to.equal(session.start.toISOString());
    expect(h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1')?.body.text).to.equal('You declined to move your session');
    const told = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'CACME');
    expect(told?.body).to.include({ thread_ts: threadTs, text: 'Employee 1 declined to move the session' });
  });

  it('inside the client window the form says they can only cancel, and offers Cancel', async () => {
    h.setNow(new Date(session.start.getTime() - 2 * HOUR));
    await h.post(blockActions({ user: 'UTHERAPIST', actionId: actions.sessionMove, value: session.id, view: home }));
    const update = h.stub.lastCall('views.update');
    expect(viewOf(update).submit).to.equal(undefined);
    expect(allText(update)).to.include(
      refusalText({ code: 'move_inside_cutoff', params: { hours: 24, client: 'Employee 1' } }, 'employee', GB),
    );
    expect(actionValue(update, actions.sessionCancel)).to.equal(session.id);
    const before = await h.snapshot();
    const refused = await submitMove({ ...state.select('slot', slot(1)) });
    expect(JSON.parse(refused.body).errors).to.deep.equal({
      slot: refusalText({ code: 'move_inside_cutoff', params: { hours: 24, client: 'Employee 1' } }, 'employee', GB),
    });
    expect(await h.snapshot()).to.equal(before);
  });

  it('races the client own request through both forms at once: one pending, the loser told in their words', async () => {
    const [byTherapist, byClient] = await Promise.all([
      submitMove({ ...state.select('slot', slot(1)) }),
      h.post(
        viewSubmission({
          user: 'UEMP1',
          callbackId: views.reschedule,
          privateMetadata: { sessionId: session.id },
          values: timeFields({ ...state.select('slot', slot(2)), ...state.text('reason', 'Moving house') }) as never,
        }),
      ),
    ]);
    const answered = [byTherapist.body, byClient.body];
    expect(
      answered.filter((b) => b === ''),
      'exactly one form went through',
    ).to.have.length(1);
    const pending = await h.db.models.RescheduleRequest.find({ status: 'pending' }).lean();
    expect(pending).to.have.length(1);
    if (byTherapist.body === '') {
      expect(pending[0]?.requestedBy).to.equal('therapist');
      expect(JSON.stringify(JSON.parse(byClient.body).errors)).to.include('Dr Sam Rivers has asked to move this session');
    } else {
      expect(pending[0]?.requestedBy).to.equal('employee');
      expect(JSON.stringify(JSON.parse(byTherapist.body).errors)).to.include(
        'Employee 1 already asked to move this session; answer their request first.',
      );
    }
    expect(await h.db.models.Claim.countDocuments({ kind: 'pending' })).to.equal(1);
  });
});
