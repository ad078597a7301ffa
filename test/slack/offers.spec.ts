// Offers of times over signed Slack requests (issue 19 §2): the therapist opens Offer times from the client's thread,
// submits open slots and a custom time; the client gets one button per time, None of these and Message therapist in
// their DM; one click books; both messages are updated in place; refusals are worded for who acted; two offers of
// one time at once: exactly one holds it.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import type { ClaimDoc } from '../../src/store/models.js';
import { actions, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, hasAction, selectOptions, viewOf } from '../support/slack-inspect.js';
import { blockActions, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

describe('slack: a therapist offers the next session’s times in the thread', () => {
  let h: SlackHarness;
  let employee: Actor;

  before(async () => {
    h = await openSlackHarness('offers', { world: { employees: 3, slotCount: 6 } });
    employee = h.world.employees[0] as Actor;
  });
  after(() => h.close());
  beforeEach(() => h.stub.reset());

  const slotId = (i: number) => String(h.world.slots[i]?._id);
  const multi = (values: string[]) => ({
    offer_slots: {
      offer_slots: {
        type: 'multi_static_select',
        selected_options: values.map((value) => ({ text: { type: 'plain_text', text: value }, value })),
      },
    },
  });
  const emptyForm = {
    ...multi([]),
    ...state.date(null),
    ...state.time(null),
    date_2: { date_2: { type: 'datepicker', selected_date: null } },
    time_2: { time_2: { type: 'timepicker', selected_time: null } },
    ...state.select('offer_hours', '48'),
  };
  const submitOffer = (values: Record<string, unknown>, employeeId = employee.personId) =>
    h.post(
      viewSubmission({
        user: 'UTHERAPIST',
        callbackId: views.offer,
        privateMetadata: { employeeId },
        values: { ...emptyForm, ...values } as never,
      }),
    );
  const offerDm = () => h.stub.callsTo('chat.postMessage').find((c) => hasAction(c, actions.offerBook1));
  const claims = () => h.db.models.Claim.find({}).lean<ClaimDoc[]>().exec();

  it('the thread header offers times; the form lists the therapist’s open slots and custom times in their zone', async () => {
    expect((await h.services.relay.fromEmployee(employee, { text: 'Hello', deliveryKey: 'offers-hello' })).ok).to.equal(true);
    const header = h.stub.callsTo('chat.postMessage').find((c) => hasAction(c, actions.offerOpen));
    expect(actionValue(header, actions.offerOpen)).to.equal(employee.personId);
    h.stub.reset();
    await h.post(
      blockActions({
        user: 'UTHERAPIST',
        actionId: actions.offerOpen,
        value: employee.personId,
        channel: h.world.channel.channelId,
        messageTs: '1.1',
      }),
    );
    const update = h.stub.lastCall('views.update');
    expect(viewOf(update).callback_id).to.equal(views.offer);
    expect(selectOptions(update, 'offer_slots').map((o) => o.value)).to.have.members(h.world.slots.map((s) => String(s._id)));
    expect(JSON.stringify(viewOf(update).blocks)).to.include('"timezone":"Europe/London"');
  });

  it('an employee pressing Offer times gets a refusal, not the form', async () => {
    await h.post(
      blockActions({ user: 'UEMP1', actionId: actions.offerOpen, value: employee.personId, channel: 'DEMP1', messageTs: '1.2' }),
    );
    const view = viewOf(h.stub.lastCall('views.update'));
    expect(view.submit).to.equal(undefined);
    expect(allText(h.stub.lastCall('views.update'))).to.include('Only therapists can offer times.');
  });

  it('refuses bad forms beside their field and stores nothing', async () => {
    const before = await h.snapshot();
    const half = await submitOffer({ ...state.date('2030-01-20'), ...state.time(null) });
    expect(JSON.parse(half.body).errors).to.deep.equal({ time: refusalText({ code: 'malformed_time' }, 'employee', GB) });
    const none = await submitOffer({});
    expect(JSON.parse(none.body).errors.time).to.equal(refusalText({ code: 'invalid_offer' }, 'employee', GB));
    const stranger = await submitOffer({ ...multi([slotId(0)]) }, h.world.hr.personId);
    expect(Object.values(JSON.parse(stranger.body).errors)).to.deep.equal([refusalText({ code: 'not_your_client' }, 'employee', GB)]);
    expect(await h.snapshot()).to.equal(before);
  });

  it('offers two slots and a custom time; the client books the second with one click; both messages are updated', async () => {
    const res = await submitOffer({
      ...multi([slotId(0), slotId(1)]),
      ...state.date('2030-01-21'),
      ...state.time('09:00'),
      ...state.select('offer_hours', '24'),
    });
    expect(res.body).to.equal('');
    const dm = offerDm();
    expect(dm?.body.channel).to.equal('UEMP1');
    expect(
      [actions.offerBook1, actions.offerBook2, actions.offerBook3, actions.offerDecline, actions.messageTherapist].every((a) =>
        hasAction(dm, a),
      ),
    ).to.equal(true);
    expect(allText(dm)).to.include('Dr Sam Rivers offers times for your next session');
    const post = h.stub
      .callsTo('chat.postMessage')
      .find((c) => c.body.channel === h.world.channel.channelId && allText(c).includes('You offered Employee 1 3 times'));
    expect(post, 'the therapist’s thread post').to.not.equal(undefined);
    expect(allText(post)).to.include('Mon 21 Jan 2030, 09:00–09:50 GMT').and.to.include('held for your client until Tue 8 Jan 2030');
    const value = actionValue(dm, actions.offerBook2) ?? '';
    h.stub.reset();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.offerBook2, value, channel: 'DEMP1', messageTs: '2.1' }));
    const upcoming = (await h.services.sessions.overview(employee)).upcoming;
    expect(upcoming.map((s) => s.start.toISOString())).to.deep.equal([h.world.slots[1]?.start.toISOString()]);
    const updates = h.stub.callsTo('chat.update');
    const dmUpdate = updates.find((c) => c.body.channel === 'DEMP1' || c.body.channel === 'UEMP1');
    expect(hasAction(dmUpdate, actions.offerBook1), 'no button left to press').to.equal(false);
    expect(dmUpdate?.body.text).to.equal('You booked one of the offered times');
    const threadUpdate = updates.find((c) => c.body.channel === h.world.channel.channelId);
    expect(threadUpdate?.body.text).to.equal('Employee 1 booked one of the offered times');
    expect(hasAction(threadUpdate, actions.offerOpen), 'the therapist may offer again').to.equal(true);
    // The other offered times are free; the booked one is held by the session.
    const held = (await claims()).filter((c) => c.kind === 'busy');
    expect([...new Set(held.map((c) => c.sessionId))]).to.deep.equal([upcoming[0]?.id]);
    // A second click on the old buttons is told plainly, and changes nothing.
    const before = await h.snapshot();
    await h.post(
      blockActions({ user: 'UEMP1', actionId: actions.offerBook1, value: value.replace(/:1$/, ':0'), channel: 'DEMP1', messageTs: '2.1' }),
    );
    expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(
      refusalText({ code: 'offer_closed', params: { status: 'booked' } }, 'employee', GB),
    );
    expect(await h.snapshot()).to.equal(before);
  });

  it('None of these frees the times and tells the therapist in the thread', async () => {
    const other = h.world.employees[1] as Actor;
    expect((await submitOffer({ ...multi([slotId(2)]) }, other.personId)).body).to.equal('');
    const dm = offerDm();
    const offerId = actionValue(dm, actions.offerDecline) ?? '';
    h.stub.reset();
    await h.post(blockActions({ user: 'UEMP2', actionId: actions.offerDecline, value: offerId, channel: 'DEMP2', messageTs: '3.1' }));
    expect(h.stub.callsTo('chat.postMessage').some((c) => allText(c).includes('Employee 2 chose none of the offered times'))).to.equal(
      true,
    );
    expect(h.stub.callsTo('chat.update').find((c) => c.body.channel === 'DEMP2' || c.body.channel === 'UEMP2')?.body.text).to.equal(
      'You chose none of the offered times',
    );
    expect((await claims()).filter((c) => c.offerId === offerId && c.kind === 'busy')).to.deep.equal([]);
  });

  it('a malformed or someone else’s button value is refused to its presser and changes nothing', async () => {
    const other = h.world.employees[1] as Actor;
    expect((await submitOffer({ ...multi([slotId(3)]) }, other.personId)).body).to.equal('');
    const value = actionValue(offerDm(), actions.offerBook1) ?? '';
    const before = await h.snapshot();
    await h.post(blockActions({ user: 'UEMP1', actionId: actions.offerBook1, value, channel: 'DEMP1', messageTs: '4.1' }));
    expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(refusalText({ code: 'unknown_offer' }, 'employee', GB));
    await h.post(blockActions({ user: 'UEMP2', actionId: actions.offerBook1, value: '"><script>:9', channel: 'DEMP2', messageTs: '4.2' }));
    expect(h.stub.lastCall('chat.postEphemeral')?.body.text).to.equal(refusalText({ code: 'bad_input' }, 'employee', GB));
    expect(await h.snapshot()).to.equal(before);
  });

  it('the same time offered to two clients at once: one offer holds it, the other form says so', async () => {
    const [first, second] = await Promise.all([
      submitOffer({ ...multi([slotId(4)]) }, (h.world.employees[1] as Actor).personId),
      submitOffer({ ...multi([slotId(4)]) }, (h.world.employees[2] as Actor).personId),
    ]);
    const answers = [first.body, second.body];
    expect(answers.filter((b) => b === '')).to.have.length(1);
    const refused = JSON.parse(answers.find((b) => b !== '') ?? '{}');
    expect(String(Object.values(refused.errors ?? {})[0])).to.include('is no longer free in your calendar');
    const holders = (await claims()).filter((c) => c.kind === 'busy' && c._id.endsWith(String(h.world.slots[4]?.start.toISOString())));
    expect(new Set(holders.map((c) => c.offerId)).size).to.equal(1);
  });
});
