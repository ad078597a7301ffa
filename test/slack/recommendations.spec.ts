// A therapist recommends extra sessions from their App Home over signed requests (issue 19, §4): the button opens a
// form listing their clients; a refusal shows beside its field and stores nothing; once the client has used the
// month it is sent, and after the provider's approval the client is told in their DM and books at once. The
// clinical note never leaves the service (no Web API call carries it).
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { actions, views } from '../../src/slack/ids.js';
import { openSlackHarness, type SlackHarness } from '../support/slack-harness.js';
import { actionValue, allText, selectOptions, viewOf } from '../support/slack-inspect.js';
import { appHomeOpened, blockActions, state, viewSubmission } from '../support/slack-requests.js';
import { GB } from '../support/readers.js';

const NOTE = 'Panic attacks returning; two more sessions this month advised';

describe('slack: recommending more sessions', () => {
  let h: SlackHarness;
  const home = { id: 'VHOME', callbackId: '', type: 'home' as const };
  beforeEach(async () => {
    h = await openSlackHarness('slack_recommendations', { world: { employees: 2, allowance: 1, slotCount: 3 } });
  });
  afterEach(() => h.close());

  const employeeId = () => h.world.employees[0]!.personId;
  const openForm = async (user = 'UTHERAPIST') => {
    await h.post(blockActions({ user, actionId: actions.recommendOpen, value: 'recommend', view: home }));
    return h.stub.lastCall('views.update');
  };
  const submit = (values: Record<string, unknown>, user = 'UTHERAPIST') =>
    h.post(viewSubmission({ user, callbackId: views.recommend, values: values as never }));
  const form = (overrides: Record<string, unknown> = {}) => ({
    ...state.select('client', employeeId()),
    ...state.select('month', '2030-01'),
    ...state.select('sessions', '2'),
    ...state.text('note', NOTE),
    ...overrides,
  });
  const book = (slot: number) =>
    h.post(
      viewSubmission({ user: 'UEMP1', callbackId: views.book, values: state.select('slot', String(h.world.slots[slot]?._id)) as never }),
    );

  it('opens from App Home with the therapist’s clients; sends once the month is used; approved, the client books at once', async () => {
    await h.post(appHomeOpened('UTHERAPIST'));
    const homeTab = h.stub
      .callsTo('views.publish')
      .filter((c) => c.body.user_id === 'UTHERAPIST')
      .pop();
    expect(actionValue(homeTab, actions.recommendOpen)).to.equal('recommend');
    expect(allText(homeTab), 'the Home tab’s help says what it is for').to.include(
      '*Recommend more sessions* on this Home tab: extra sessions',
    );

    const modal = await openForm();
    expect(viewOf(modal).callback_id).to.equal(views.recommend);
    expect(selectOptions(modal, 'client').map((o) => o.text)).to.deep.equal(['Employee 1', 'Employee 2']);
    expect(selectOptions(modal, 'month').map((o) => o.value)).to.deep.equal(['2030-01', '2030-02']);
    expect(allText(modal)).to.include('Never shown to the client or their employer');

    const before = await h.snapshot();
    const early = await submit(form());
    expect(JSON.parse(early.body)).to.deep.equal({
      response_action: 'errors',
      errors: { client: refusalText({ code: 'allowance_left', params: { left: 1, month: '2030-01' } }, 'employee', GB) },
    });
    const bad = await submit(form(state.text('note', '')));
    expect(Object.keys(JSON.parse(bad.body).errors)).to.deep.equal(['note']);
    expect(await h.snapshot(), 'a refusal stores nothing').to.equal(before);

    expect((await book(0)).body).to.equal('');
    const sent = await submit(form());
    const update = JSON.parse(sent.body);
    expect(update.response_action).to.equal('update');
    expect(JSON.stringify(update.view)).to.include('Sent to the wellbeing service: 2 extra sessions for Employee 1 in January 2030');
    const again = await submit(form());
    expect(JSON.parse(again.body).errors.month).to.equal(
      refusalText({ code: 'recommendation_pending', params: { month: '2030-01' } }, 'employee', GB),
    );

    const [pending] = await h.services.recommendations.pending();
    expect(pending?.note).to.equal(NOTE);
    expect((await h.services.recommendations.approve(String(pending?._id), 'ops')).ok).to.equal(true);
    await h.services.idle();
    const dm = h.stub
      .callsTo('chat.postMessage')
      .filter((c) => c.body.channel === 'UEMP1')
      .map(allText)
      .join('\n');
    expect(dm).to.include('2 extra sessions have been added to your allowance for January 2030');
    expect((await book(1)).body, 'booked at once').to.equal('');
    expect(JSON.stringify(h.stub.calls), 'the note never reaches Slack').to.not.include(NOTE);
  });

  it('refuses an employee, and someone else’s client, and changes nothing', async () => {
    expect(allText(await openForm('UEMP1'))).to.include(
      refusalText({ code: 'not_therapist', params: { action: 'recommend' } }, 'employee', GB),
    );
    await book(0);
    const before = await h.snapshot();
    const res = await submit(form(state.select('client', h.world.hr.personId)));
    expect(JSON.parse(res.body).errors.client).to.equal(refusalText({ code: 'not_your_client' }, 'employee', GB));
    const fromEmployee = await submit(form(), 'UEMP2');
    expect(JSON.stringify(JSON.parse(fromEmployee.body).errors)).to.include('Only therapists can recommend more sessions.');
    expect(await h.snapshot()).to.equal(before);
  });
});
