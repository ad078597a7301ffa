// A therapist recommends extra sessions from the client's thread over Bot Framework activities (issue 19, §4):
// `@Wellbeing recommend` in the thread answers with a card for that client; `recommend.submit` sends it, or shows the
// refusal on the card and stores nothing; after the provider's approval the client is told in their chat and books
// at once, and the therapist reads the outcome in the thread. The clinical note never reaches Teams.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { recommendationWhere } from '../../src/domain/wording.js';
import { cardInvoke, channelMessage, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { answerCard } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const NOTE = 'Sleep badly disrupted again; two more sessions this month advised';

describe('teams: recommending more sessions from the client’s thread', () => {
  let h: TeamsHarness;
  let threadId: string;
  beforeEach(async () => {
    h = await openTeamsHarness('teams_recommendations', { world: { employees: 1, allowance: 1, slotCount: 3 } });
    // The employee writes first: their thread opens in the therapist's channel.
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'Hello' }));
    const thread = await h.db.models.RelayThread.findOne({ employeeId: h.world.employees[0]!.personId }).lean();
    threadId = thread?.threadId ?? '';
    expect(threadId).to.match(/;messageid=/);
  });
  afterEach(async () => h?.close());

  const rootId = () => threadId.split(';messageid=')[1];
  const employeeChat = () => `a:personal-${h.employee(0).aadObjectId}`;
  const inThread = (text: string, user: TeamsUser = h.therapist) =>
    h.post(channelMessage({ serviceUrl: h.serviceUrl, user, channelId: h.channelId, threadRootId: rootId(), text, mentionBot: true }));
  const submit = (data: Record<string, unknown>, user: TeamsUser = h.therapist) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, channelId: h.channelId, threadRootId: rootId(), verb: 'recommend.submit', data }));
  const form = (overrides: Record<string, unknown> = {}) => ({
    employeeId: h.world.employees[0]!.personId,
    month: '2030-01',
    sessions: '2',
    note: NOTE,
    ...overrides,
  });
  const book = (slot: number) =>
    h.post(
      cardInvoke({
        serviceUrl: h.serviceUrl,
        user: h.employee(0),
        verb: 'book.submit',
        data: { slotId: String(h.world.slots[slot]?._id) },
      }),
    );
  const booked = () => h.db.models.Session.countDocuments({ employeeId: h.world.employees[0]!.personId, status: 'booked' });

  it('`recommend` in the thread opens the card for that client; sent once the month is used; approved, the client books at once', async () => {
    h.connector.reset();
    await inThread('recommend');
    const card = TeamsConnectorStub.card(h.connector.sent(threadId).at(-1));
    expect(JSON.stringify(card)).to.include('Recommend more sessions for Employee 1').and.include('"verb":"recommend.submit"');
    expect(JSON.stringify(card)).to.include('"value":"2030-01"').and.include('"value":"2030-02"');

    const before = await h.snapshot();
    const early = answerCard(await submit(form()));
    expect(JSON.stringify(early))
      .to.include(refusalText({ code: 'allowance_left', params: { left: 1, month: '2030-01' } }, 'employee', GB))
      .and.include('Recommend more sessions for Employee 1');
    expect(await h.snapshot(), 'a refusal stores nothing').to.equal(before);

    await book(0);
    expect(await booked()).to.equal(1);
    const sent = await submit(form());
    expect(JSON.stringify(sent.body)).to.include('Sent to the wellbeing service: 2 extra sessions for Employee 1 in January 2030');
    const [pending] = await h.services.recommendations.pending();
    expect(pending).to.deep.include({ month: '2030-01', sessions: 2, note: NOTE, status: 'pending' });

    h.connector.reset();
    expect((await h.services.recommendations.approve(String(pending?._id), 'ops')).ok).to.equal(true);
    await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === employeeChat()));
    await h.connector.waitFor((calls) => calls.some((c) => c.conversationId === threadId));
    expect(TeamsConnectorStub.textOf(h.connector.sent(employeeChat()).at(-1))).to.include(
      '2 extra sessions have been added to your allowance for January 2030',
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(threadId).at(-1))).to.include('Extra sessions approved for Employee 1');
    await book(1);
    expect(await booked(), 'booked at once').to.equal(2);
    expect(JSON.stringify(h.connector.calls), 'the note never reaches Teams').to.not.include(NOTE);
  });

  it('refuses where it cannot apply: the top of the channel, an employee, a forged client id; nothing stored', async () => {
    await book(0);
    const before = await h.snapshot();
    h.connector.reset();
    await h.post(
      channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, text: 'recommend', mentionBot: true }),
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(h.channelId).at(-1))).to.include(recommendationWhere(GB));
    await h.post(channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, text: 'help', mentionBot: true }));
    expect(JSON.stringify(h.connector.sent(h.channelId).at(-1)), 'the therapist’s channel help lists it').to.include(
      "In a client's thread: extra sessions for a client who has used their month",
    );
    const forged = answerCard(await submit(form({ employeeId: h.world.hr.personId })));
    expect(JSON.stringify(forged)).to.include(refusalText({ code: 'not_your_client' }, 'employee', GB));
    const fromEmployee = await submit(form(), h.employee(0));
    expect(JSON.stringify(fromEmployee.body)).to.include('Only therapists can recommend more sessions.');
    expect(await h.snapshot()).to.equal(before);
  });
});
