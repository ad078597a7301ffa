// Booking, rescheduling (slot and custom time), the therapist's Confirm / Decline / Propose in the thread, the
// employee's Accept, over HTTP with Action.Execute invokes and the Action.Submit fallback.
import { expect } from 'chai';
import { cardInvoke, cardSubmit, personalMessage, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage, pickSlot, slotChoices } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

describe('teams booking and reschedule', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_resched', { world: { employeeZone: 'America/New_York', slotCount: 8 } });
    // Each employee has opened their 1:1 chat with the bot (stores the conversation reference and zone).
    for (const i of [0, 1])
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text: 'help', localTimezone: 'America/New_York' }));
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));
  const channelInvoke = (user: TeamsUser, threadId: string, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data, channelId: h.channelId, threadRootId: threadId.split('=')[1] }));

  async function book(user: TeamsUser, pick = 0): Promise<string> {
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'book' }));
    const card = TeamsConnectorStub.card(h.connector.sent(chatOf(user)).at(-1));
    const slot = slotChoices(card)[pick];
    if (!slot) throw new Error('no open slot offered');
    const home = answerCard(await invoke(user, 'book.submit', pickSlot(card, 'book.submit', slot.value)));
    const sessionId = actionData(home, 'cancel.open').at(-1)?.sessionId;
    if (typeof sessionId !== 'string') throw new Error('booked session not on the home card');
    return sessionId;
  }

  /** The request card the therapist got in the employee's thread: its message, thread and request id. */
  function requestInThread(): { threadId: string; messageId: string; requestId: string } {
    const call = h.connector.calls.find((c) => c.kind === 'send' && actionData(TeamsConnectorStub.card(c), 'request.confirm').length);
    const requestId = actionData(TeamsConnectorStub.card(call), 'request.confirm')[0]?.requestId;
    if (!call || typeof requestId !== 'string') throw new Error('no request card in the thread');
    return { threadId: call.conversationId, messageId: call.newId ?? '', requestId };
  }

  it('books from the offered slots, with times in the employee zone, and tells both sides', async () => {
    const user = h.employee(0);
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'book' }));
    const offered = slotChoices(TeamsConnectorStub.card(h.connector.sent(chatOf(user)).at(-1)));
    expect(offered.length).to.be.greaterThan(0);
    expect(offered[0]?.title).to.match(/E[SD]T$/); // New York
    h.connector.reset();
    await book(user);
    await h.connector.waitFor(() => h.connector.created().length + h.connector.sent().length >= 2);
    expect(h.connector.sent(chatOf(user)).some((c) => TeamsConnectorStub.textOf(c).includes('Session booked'))).to.equal(true);
  });

  it('reschedule to an open slot: request card in the thread, confirm in place, both told', async () => {
    const user = h.employee(0);
    const sessionId = await book(user, 1);
    h.connector.reset();
    const form = answerCard(await invoke(user, 'reschedule.open', { sessionId }));
    const slot = slotChoices(form, 'reschedule.submit')[3];
    expect(slot).to.not.equal(undefined);
    answerCard(await invoke(user, 'reschedule.submit', pickSlot(form, 'reschedule.submit', slot?.value, { reason: 'Work trip moved' })));
    const request = requestInThread();
    expect(TeamsConnectorStub.textOf(h.connector.sent(request.threadId)[0])).to.contain('Work trip moved');
    expect(h.connector.sent(chatOf(user)).some((c) => TeamsConnectorStub.textOf(c).includes('Reschedule request sent'))).to.equal(true);

    // Someone else pressing the therapist's button is refused, and nothing changes.
    const before = await h.snapshot();
    const refused = answerMessage(
      await channelInvoke(h.employee(1), request.threadId, 'request.confirm', { requestId: request.requestId }),
    );
    expect(refused).to.match(/therapist|isn't yours|waiting for the other person/);
    expect(await h.snapshot()).to.equal(before);

    h.connector.reset();
    const decided = answerCard(await channelInvoke(h.therapist, request.threadId, 'request.confirm', { requestId: request.requestId }));
    expect(JSON.stringify(decided)).to.contain('Confirmed');
    expect(h.connector.updates(request.threadId).map((u) => u.activityId)).to.include(request.messageId);
    expect(h.connector.sent(chatOf(user)).some((c) => TeamsConnectorStub.textOf(c).includes('Session rescheduled'))).to.equal(true);

    // A second click (or a redelivered invoke) applies nothing twice and shows the decided state.
    const again = answerCard(await channelInvoke(h.therapist, request.threadId, 'request.confirm', { requestId: request.requestId }));
    expect(JSON.stringify(again)).to.contain('Confirmed');
    expect(h.connector.sent(chatOf(user)).filter((c) => TeamsConnectorStub.textOf(c).includes('Session rescheduled'))).to.have.length(1);
  });

  it('reschedule to a custom time, declined with a note via the Action.Submit fallback', async () => {
    const user = h.employee(1);
    const sessionId = await book(user, 2);
    h.connector.reset();
    answerCard(await invoke(user, 'reschedule.submit', { sessionId, date: '2030-01-20', time: '09:30', reason: 'Doctor appointment' }));
    const request = requestInThread();
    expect(TeamsConnectorStub.textOf(h.connector.sent(request.threadId)[0])).to.contain('not in your availability yet');
    h.connector.reset();
    const submit = cardSubmit({
      serviceUrl: h.serviceUrl,
      user: h.therapist,
      channelId: h.channelId,
      threadRootId: request.threadId.split('=')[1],
      verb: 'request.decline',
      data: { requestId: request.requestId, note: 'I am away that week' },
      replyToId: request.messageId,
    });
    expect((await h.post(submit)).status).to.equal(200);
    expect(h.connector.updates(request.threadId).map((u) => u.activityId)).to.include(request.messageId);
    const told = h.connector.sent(chatOf(user)).find((c) => TeamsConnectorStub.textOf(c).includes('Reschedule request declined'));
    expect(TeamsConnectorStub.textOf(told)).to.contain('I am away that week');
    // The same submit redelivered is processed once.
    const updates = h.connector.updates().length;
    await h.post(submit);
    expect(h.connector.updates()).to.have.length(updates);
  });

  it('therapist proposes another time; the employee accepts it', async () => {
    const user = h.employee(0);
    const sessionId = await book(user, 4);
    h.connector.reset();
    answerCard(await invoke(user, 'reschedule.submit', { sessionId, date: '2030-01-21', time: '08:00', reason: 'Morning is better' }));
    const request = requestInThread();
    h.connector.reset();
    const proposed = answerCard(
      await channelInvoke(h.therapist, request.threadId, 'request.propose', {
        requestId: request.requestId,
        date: '2030-01-22',
        time: '15:00',
        proposalNote: 'Would Wednesday afternoon work?',
      }),
    );
    expect(JSON.stringify(proposed)).to.contain('Proposed, waiting for Employee 1');
    // The therapist reads their own words on the card they pressed, never the client's title.
    expect(JSON.stringify(proposed), 'the therapist').to.contain('You proposed another time to Employee 1');
    expect(JSON.stringify(proposed), 'the therapist').to.not.contain('Dr Sam Rivers proposes another time');
    const proposal = h.connector.sent(chatOf(user)).find((c) => actionData(TeamsConnectorStub.card(c), 'proposal.accept').length);
    expect(TeamsConnectorStub.textOf(proposal)).to.contain('Would Wednesday afternoon work?');
    const proposalId = actionData(TeamsConnectorStub.card(proposal), 'proposal.accept')[0]?.requestId;
    h.connector.reset();
    const accepted = answerCard(await invoke(user, 'proposal.accept', { requestId: proposalId }));
    expect(JSON.stringify(accepted)).to.contain('Confirmed');
    expect(h.connector.sent(chatOf(user)).some((c) => TeamsConnectorStub.textOf(c).includes('Session rescheduled'))).to.equal(true);
  });
});
