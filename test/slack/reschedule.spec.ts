// Reschedule end to end over signed requests: the modal, the request in the therapist's thread, confirm (slot and
// custom time), decline with a note, propose + accept, double clicks, strangers, and every refused input.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { actions, views } from '../../src/slack/ids.js';
import type { Actor } from '../../src/services/types.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, hasAction, selectOptions, viewOf } from '../support/slack-inspect.js';
import { blockActions, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: reschedule', () => {
  let h: SlackHarness;
  let employee: Actor;
  let sessionId: string;

  before(async () => {
    h = await openSlackHarness('reschedule', { world: { employees: 3, slotCount: 8 } });
    employee = h.world.employees[0] as Actor;
  });
  after(() => h.close());
  beforeEach(async () => {
    h.stub.reset();
  });

  async function bookFresh(who: Actor, slotIndex: number): Promise<string> {
    const slot = h.world.slots[slotIndex];
    if (!slot) throw new Error('no such slot');
    const booked = await h.services.sessions.book(who, { slotId: String(slot._id) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    h.stub.reset();
    return booked.session.id;
  }

  const upcoming = async (who: Actor) => (await h.services.sessions.overview(who)).upcoming;
  // Slack sends every input block of the modal, empty ones with null values.
  const timeFields = (values: Record<string, unknown>) => ({
    ...state.select('slot', null),
    ...state.date(null),
    ...state.time(null),
    ...values,
  });
  const submitReschedule = (values: Record<string, unknown>, sid = sessionId, user = 'UEMP1') =>
    h.post(
      viewSubmission({
        user,
        callbackId: views.reschedule,
        privateMetadata: { sessionId: sid },
        values: timeFields({ ...state.text('reason', null), ...values }) as never,
      }),
    );
  const reason = (text = 'A work trip came up') => state.text('reason', text);
  const requestMessage = () => h.stub.callsTo('chat.postMessage').find((c) => hasAction(c, actions.requestConfirm));

  describe('the modal', () => {
    before(async () => {
      sessionId = await bookFresh(employee, 0);
    });

    it('opens at once with a loading view, then shows open slots by day and a custom time in the employee zone', async () => {
      const res = await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.sessionReschedule,
          value: sessionId,
          view: { id: 'VHOME', callbackId: '', type: 'home' },
        }),
      );
      expect(res.status).to.equal(200);
      const methods = h.stub.calls.map((c) => c.method);
      expect(methods.indexOf('views.open')).to.be.lessThan(methods.indexOf('views.update'));
      expect(h.stub.lastCall('views.open')?.body.trigger_id).to.match(/^trig\./);
      const update = h.stub.lastCall('views.update');
      const view = viewOf(update);
      expect(view.callback_id).to.equal(views.reschedule);
      expect(JSON.parse(view.private_metadata ?? '{}')).to.deep.equal({ sessionId });
      const options = selectOptions(update, 'slot');
      expect(options.length).to.equal(7); // 8 slots, one held by this session
      expect(JSON.stringify(view.blocks)).to.include('"timezone":"Europe/London"');
      expect(allText(update)).to.include('Current session:');
    });

    it('shows a refusal instead of the form for a session of someone else', async () => {
      await h.post(
        blockActions({
          user: 'UEMP2',
          actionId: actions.sessionReschedule,
          value: sessionId,
          view: { id: 'VHOME', callbackId: '', type: 'home' },
        }),
      );
      const view = viewOf(h.stub.lastCall('views.update'));
      expect(view.submit).to.equal(undefined);
      expect(allText(h.stub.lastCall('views.update'))).to.include(refusalText({ code: 'not_your_session' }, 'employee', GB));
    });
  });

  describe('refused inputs answer with field errors and store nothing', () => {
    before(async () => {
      sessionId = (await upcoming(employee))[0]?.id ?? '';
    });

    const cases: [string, () => Record<string, unknown>, string, string][] = [
      // Nothing picked is not an invalid time: the person is asked to pick one, beside the list of times.
      ['no time chosen', () => ({ ...reason() }), 'slot', refusalText({ code: 'no_time_picked' }, 'employee', GB)],
      [
        'a date without a time',
        () => ({ ...state.date('2030-01-20'), ...state.time(null), ...reason() }),
        'time',
        refusalText({ code: 'malformed_time' }, 'employee', GB),
      ],
      [
        'a time in the past',
        () => ({ ...state.date('2029-12-01'), ...state.time('10:00'), ...reason() }),
        'time',
        refusalText({ code: 'time_in_past' }, 'employee', GB),
      ],
      [
        'a missing reason',
        () => ({ ...state.date('2030-01-20'), ...state.time('10:00'), ...state.text('reason', '  ') }),
        'reason',
        refusalText({ code: 'reason_missing' }, 'employee', GB),
      ],
      [
        'a too long reason',
        () => ({ ...state.date('2030-01-20'), ...state.time('10:00'), ...state.text('reason', 'x'.repeat(600)) }),
        'reason',
        refusalText({ code: 'reason_too_long' }, 'employee', GB),
      ],
      [
        'a slot that does not exist',
        () => ({ ...state.select('slot', '000000000000000000000000'), ...reason() }),
        'slot',
        refusalText({ code: 'unknown_slot' }, 'employee', GB),
      ],
      [
        'a malformed slot id',
        () => ({ ...state.select('slot', '"><script>'), ...reason() }),
        'slot',
        refusalText({ code: 'no_time_picked' }, 'employee', GB),
      ],
    ];
    for (const [name, values, block, message] of cases) {
      it(`refuses ${name}`, async () => {
        const before = await h.snapshot();
        const res = await submitReschedule(values());
        expect(res.status).to.equal(200);
        expect(JSON.parse(res.body)).to.deep.equal({ response_action: 'errors', errors: { [block]: message } });
        expect(await h.snapshot()).to.equal(before);
        expect(h.stub.callsTo('chat.postMessage')).to.deep.equal([]);
      });
    }

    it('refuses a slot held by another session', async () => {
      await bookFresh(h.world.employees[1] as Actor, 5);
      const before = await h.snapshot();
      const res = await submitReschedule({ ...state.select('slot', String(h.world.slots[5]?._id)), ...reason() });
      expect(JSON.parse(res.body).errors.slot).to.equal(refusalText({ code: 'slot_taken' }, 'employee', GB));
      expect(await h.snapshot()).to.equal(before);
    });

    it('refuses malformed private metadata', async () => {
      const before = await h.snapshot();
      const res = await h.post(
        viewSubmission({
          user: 'UEMP1',
          callbackId: views.reschedule,
          privateMetadata: '{"sessionId":{"$ne":null}}',
          values: { ...reason() } as never,
        }),
      );
      expect(JSON.parse(res.body).response_action).to.equal('errors');
      expect(await h.snapshot()).to.equal(before);
    });

    it('refuses someone else submitting for the session', async () => {
      const before = await h.snapshot();
      const res = await submitReschedule({ ...state.date('2030-01-20'), ...state.time('10:00'), ...reason() }, sessionId, 'UEMP3');
      expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([refusalText({ code: 'not_your_session' }, 'employee', GB)]);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('request by slot, then confirm', () => {
    let requestId = '';
    let requestTs = '';
    let threadTs = '';

    before(async () => {
      sessionId = (await upcoming(employee))[0]?.id ?? '';
    });

    it('posts the request with Confirm / Decline / Propose in the therapist thread and tells the employee', async () => {
      const res = await submitReschedule({ ...state.select('slot', String(h.world.slots[2]?._id)), ...reason() });
      expect(res.status).to.equal(200);
      expect(res.body).to.equal('');
      const request = requestMessage();
      expect(request?.body.channel).to.equal('CACME');
      expect(hasAction(request, actions.requestDecline)).to.equal(true);
      expect(hasAction(request, actions.requestPropose)).to.equal(true);
      expect(allText(request)).to.include('A work trip came up');
      requestId = actionValue(request, actions.requestConfirm) ?? '';
      threadTs = String(request?.body.thread_ts);
      const dm = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'UEMP1');
      expect(dm?.body.text).to.equal('Reschedule request sent');
      // Both Home tabs follow the change: the employee's and the therapist's.
      expect(new Set(h.stub.callsTo('views.publish').map((c) => c.body.user_id))).to.deep.equal(new Set(['UEMP1', 'UTHERAPIST']));
      // The original session stands until the therapist confirms.
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal(h.world.slots[0]?.start.toISOString());
      requestTs = '1.000001';
    });

    it('refuses a second request while one is pending', async () => {
      const res = await submitReschedule({ ...state.select('slot', String(h.world.slots[3]?._id)), ...reason() });
      expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([refusalText({ code: 'request_pending' }, 'employee', GB)]);
    });

    it('refuses, privately, anyone but the linked therapist pressing Confirm', async () => {
      const before = await h.snapshot();
      await h.post(
        blockActions({ user: 'UHR', actionId: actions.requestConfirm, value: requestId, channel: 'CACME', messageTs: requestTs, threadTs }),
      );
      const ephemeral = h.stub.lastCall('chat.postEphemeral');
      expect(ephemeral?.body).to.include({ channel: 'CACME', user: 'UHR', thread_ts: threadTs });
      expect(await h.snapshot()).to.equal(before);
      expect(h.stub.callsTo('chat.update')).to.deep.equal([]);
    });

    it('refuses a button whose value is not an id, changing nothing', async () => {
      const before = await h.snapshot();
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestConfirm,
          value: '{"$gt":""}',
          channel: 'CACME',
          messageTs: requestTs,
          threadTs,
        }),
      );
      expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(refusalText({ code: 'bad_input' }, 'employee', GB));
      expect(await h.snapshot()).to.equal(before);
    });

    it('applies the change on Confirm, updates the request in place and tells both sides in their zone', async () => {
      const res = await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestConfirm,
          value: requestId,
          channel: 'CACME',
          messageTs: requestTs,
          threadTs,
        }),
      );
      expect(res.status).to.equal(200);
      // The thread's request message and the employee's "request sent" are both brought up to date.
      const update = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'CACME');
      expect(update?.body.text).to.equal('Reschedule request confirmed');
      expect(h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1')?.body.text).to.equal(
        'Your reschedule request was confirmed',
      );
      expect(hasAction(update, actions.requestConfirm)).to.equal(false);
      const posted = h.stub.callsTo('chat.postMessage');
      expect(posted.map((c) => [c.body.channel, c.body.text])).to.have.deep.members([
        ['CACME', 'Session rescheduled'],
        ['UEMP1', 'Session rescheduled'],
      ]);
      expect(posted.find((c) => c.body.channel === 'CACME')?.body.thread_ts).to.equal(threadTs);
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal(h.world.slots[2]?.start.toISOString());
    });

    it('applies a double click once and says so privately', async () => {
      const before = await h.snapshot();
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestConfirm,
          value: requestId,
          channel: 'CACME',
          messageTs: requestTs,
          threadTs,
        }),
      );
      expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.match(/already been/);
      expect(h.stub.callsTo('chat.update')).to.deep.equal([]);
      expect(await h.snapshot()).to.equal(before);
    });
  });

  describe('request by custom time, confirmed, adds the slot', () => {
    it('moves the session to a time outside the availability', async () => {
      sessionId = (await upcoming(employee))[0]?.id ?? '';
      const res = await submitReschedule({ ...state.date('2030-01-21'), ...state.time('16:30'), ...reason('Later in the day suits me') });
      expect(res.body).to.equal('');
      const request = requestMessage();
      expect(allText(request)).to.include('not in your availability yet');
      const requestId = actionValue(request, actions.requestConfirm) ?? '';
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestConfirm,
          value: requestId,
          channel: 'CACME',
          messageTs: '1.1',
          threadTs: String(request?.body.thread_ts),
        }),
      );
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal('2030-01-21T16:30:00.000Z');
      const slots = await h.services.availability.list(h.world.therapist);
      expect(slots.ok && slots.slots.some((s) => s.start.toISOString() === '2030-01-21T16:30:00.000Z' && s.held)).to.equal(true);
    });
  });

  describe('decline with a note', () => {
    it('asks for a note in a modal, then updates the request and tells the employee', async () => {
      sessionId = (await upcoming(employee))[0]?.id ?? '';
      await submitReschedule({ ...state.select('slot', String(h.world.slots[4]?._id)), ...reason() });
      const request = requestMessage();
      const requestId = actionValue(request, actions.requestDecline) ?? '';
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestDecline,
          value: requestId,
          channel: 'CACME',
          messageTs: '1.2',
          threadTs: String(request?.body.thread_ts),
        }),
      );
      const modal = viewOf(h.stub.lastCall('views.update'));
      expect(modal.callback_id).to.equal(views.decline);
      const metadata = JSON.parse(modal.private_metadata ?? '{}');
      expect(metadata).to.include({ requestId, channelId: 'CACME', messageTs: '1.2' });
      h.stub.reset();
      const res = await h.post(
        viewSubmission({
          user: 'UTHERAPIST',
          callbackId: views.decline,
          privateMetadata: metadata,
          values: state.text('note', 'I am away that day') as never,
        }),
      );
      expect(res.body).to.equal('');
      expect(h.stub.callsTo('chat.update').find((c) => c.body.channel === 'CACME')?.body.text).to.equal('Reschedule request declined');
      const dm = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'UEMP1');
      expect(dm?.body.text).to.equal('Reschedule request declined');
      expect(allText(dm)).to.include('I am away that day');
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal('2030-01-21T16:30:00.000Z');
    });
  });

  describe('propose another time, then the employee accepts', () => {
    it('sends the employee Accept / Decline, and Accept moves the session', async () => {
      sessionId = (await upcoming(employee))[0]?.id ?? '';
      await submitReschedule({ ...state.select('slot', String(h.world.slots[6]?._id)), ...reason() });
      const request = requestMessage();
      const requestId = actionValue(request, actions.requestPropose) ?? '';
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UTHERAPIST',
          actionId: actions.requestPropose,
          value: requestId,
          channel: 'CACME',
          messageTs: '1.3',
          threadTs: String(request?.body.thread_ts),
        }),
      );
      const modal = viewOf(h.stub.lastCall('views.update'));
      expect(modal.callback_id).to.equal(views.propose);
      const metadata = JSON.parse(modal.private_metadata ?? '{}');
      h.stub.reset();
      const missingNote = await h.post(
        viewSubmission({
          user: 'UTHERAPIST',
          callbackId: views.propose,
          privateMetadata: metadata,
          values: timeFields({ ...state.select('slot', String(h.world.slots[7]?._id)), ...state.text('note', null) }) as never,
        }),
      );
      expect(JSON.parse(missingNote.body).errors).to.deep.equal({ note: refusalText({ code: 'reason_missing' }, 'employee', GB) });
      const res = await h.post(
        viewSubmission({
          user: 'UTHERAPIST',
          callbackId: views.propose,
          privateMetadata: metadata,
          values: timeFields({
            ...state.select('slot', String(h.world.slots[7]?._id)),
            ...state.text('note', 'How about this one?'),
          }) as never,
        }),
      );
      expect(res.body).to.equal('');
      const proposal = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'UEMP1' && hasAction(c, actions.proposalAccept));
      expect(proposal).not.to.equal(undefined);
      expect(hasAction(proposal, actions.proposalDecline)).to.equal(true);
      const proposalId = actionValue(proposal, actions.proposalAccept) ?? '';
      h.stub.reset();
      await h.post(
        blockActions({ user: 'UEMP1', actionId: actions.proposalAccept, value: proposalId, channel: 'DEMP1', messageTs: '1.4' }),
      );
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal(h.world.slots[7]?.start.toISOString());
      const dmUpdate = h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1');
      expect(dmUpdate?.body.ts).to.equal('1.4');
      expect(hasAction(dmUpdate, actions.proposalAccept)).to.equal(false);
      expect(dmUpdate?.body.text).to.equal('You accepted the proposed time');
    });
  });

  describe('propose another time, then the employee declines', () => {
    it('keeps the session, updates the DM in place and tells the therapist in the thread', async () => {
      const session = (await upcoming(employee))[0];
      sessionId = session?.id ?? '';
      await submitReschedule({ ...state.select('slot', String(h.world.slots[3]?._id)), ...reason() });
      const request = requestMessage();
      const requestId = actionValue(request, actions.requestPropose) ?? '';
      const threadTs = String(request?.body.thread_ts);
      h.stub.reset();
      await h.post(
        blockActions({ user: 'UHR', actionId: actions.requestPropose, value: requestId, channel: 'CACME', messageTs: '1.5', threadTs }),
      );
      expect(viewOf(h.stub.lastCall('views.update')).submit).to.equal(undefined);
      await h.post(
        viewSubmission({
          user: 'UTHERAPIST',
          callbackId: views.propose,
          privateMetadata: { requestId },
          values: timeFields({ ...state.date('2030-01-25'), ...state.time('11:00'), ...state.text('note', 'Or this?') }) as never,
        }),
      );
      const proposal = h.stub.callsTo('chat.postMessage').find((c) => hasAction(c, actions.proposalDecline));
      h.stub.reset();
      await h.post(
        blockActions({
          user: 'UEMP1',
          actionId: actions.proposalDecline,
          value: actionValue(proposal, actions.proposalDecline) ?? '',
          channel: 'DEMP1',
          messageTs: '1.6',
        }),
      );
      expect((await upcoming(employee))[0]?.start.toISOString()).to.equal(session?.start.toISOString());
      // The employee declined: their DM says so in their words.
      expect(h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP1')?.body.text).to.equal('You declined the proposed time');
      const toTherapist = h.stub.callsTo('chat.postMessage').find((c) => c.body.channel === 'CACME');
      expect(toTherapist?.body).to.include({ thread_ts: threadTs, text: 'Reschedule request declined' });
    });
  });

  describe('inside the reschedule window', () => {
    it('refuses in the modal with the cutoff sentence and stores nothing', async () => {
      const session = (await upcoming(employee))[0];
      sessionId = session?.id ?? '';
      h.setNow(new Date((session?.start.getTime() ?? 0) - 2 * 3_600_000));
      try {
        const before = await h.snapshot();
        const res = await submitReschedule({ ...state.date('2030-02-20'), ...state.time('10:00'), ...reason() });
        expect(Object.values(JSON.parse(res.body).errors)).to.deep.equal([
          refusalText({ code: 'inside_cutoff', params: { hours: 24 } }, 'employee', GB),
        ]);
        expect(await h.snapshot()).to.equal(before);
        await h.post(
          blockActions({
            user: 'UEMP1',
            actionId: actions.sessionReschedule,
            value: sessionId,
            view: { id: 'VHOME', callbackId: '', type: 'home' },
          }),
        );
        expect(allText(h.stub.lastCall('views.update'))).to.include(
          refusalText({ code: 'inside_cutoff', params: { hours: 24 } }, 'employee', GB),
        );
        // "You can still cancel it": with the button to do so, which opens the cancel form over the modal.
        expect(actionValue(h.stub.lastCall('views.update'), actions.sessionCancel)).to.equal(sessionId);
        h.stub.reset();
        await h.post(
          blockActions({
            user: 'UEMP1',
            actionId: actions.sessionCancel,
            value: sessionId,
            view: { id: 'VINFO', callbackId: 'info_view', type: 'modal' },
          }),
        );
        const forms = h.stub.calls.filter((c) => c.method.startsWith('views.')).map((c) => viewOf(c).callback_id);
        expect(forms).to.include(views.cancel);
      } finally {
        h.setNow(new Date('2030-01-07T10:00:00Z'));
      }
    });
  });
});
