// What people see in Teams after each change (issue 7, items 8-12): withdrawing a pending request from the
// "request sent" card and the home card, the therapist's card updated in place, a failed Confirm explained in
// therapist words, staff who write to the bot get their own help, and a group chat never shows anyone's sessions.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import type { Actor } from '../../src/services/types.js';
import { cardInvoke, personalMessage, type TeamsActivity, type TeamsUser } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

describe('teams: screens follow every change', () => {
  let h: TeamsHarness;
  let employee: Actor;
  const start = new Date('2030-01-07T10:00:00Z');

  before(async () => {
    h = await openTeamsHarness('teams_screens', { world: { slotCount: 8, allowance: 10 } });
    employee = h.world.employees[0] as Actor;
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'help', localTimezone: 'Europe/London' }));
  });
  after(async () => h?.close());
  beforeEach(() => {
    h.connector.reset();
    h.setNow(start);
  });

  const chatOf = (user: TeamsUser) => `a:personal-${user.aadObjectId}`;
  const invoke = (user: TeamsUser, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data }));
  const channelInvoke = (user: TeamsUser, threadId: string, verb: string, data: Record<string, unknown> = {}) =>
    h.post(cardInvoke({ serviceUrl: h.serviceUrl, user, verb, data, channelId: h.channelId, threadRootId: threadId.split('=')[1] }));

  async function pendingRequest(bookIndex: number, targetIndex: number) {
    const slotId = (i: number) => String(h.world.slots[i]?._id);
    const booked = await h.services.sessions.book(employee, { slotId: slotId(bookIndex) });
    if (!booked.ok) throw new Error(`booking refused: ${booked.code}`);
    const asked = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: slotId(targetIndex) },
      reason: 'A work trip came up',
    });
    if (!asked.ok) throw new Error(`request refused: ${asked.code}`);
    const card = h.connector.calls.find((c) => c.kind === 'send' && actionData(TeamsConnectorStub.card(c), 'request.confirm').length);
    if (!card) throw new Error('no request card in the thread');
    return { session: booked.session, request: asked.request, threadId: card.conversationId, messageId: card.newId ?? '' };
  }

  it('the "request sent" card offers Withdraw; withdrawing replaces it and updates the therapist card in place', async () => {
    const { request, threadId, messageId } = await pendingRequest(0, 1);
    const sent = h.connector.sent(chatOf(h.employee(0))).find((c) => TeamsConnectorStub.textOf(c).includes('Reschedule request sent'));
    expect(actionData(TeamsConnectorStub.card(sent), 'request.withdraw')[0]?.requestId).to.equal(request.id);
    h.connector.reset();
    const answered = answerCard(await invoke(h.employee(0), 'request.withdraw', { requestId: request.id }));
    expect(JSON.stringify(answered)).to.contain('Reschedule request withdrawn');
    expect(actionData(answered, 'request.withdraw')).to.have.length(0);
    const update = h.connector.updates(threadId).find((u) => u.activityId === messageId);
    expect(TeamsConnectorStub.textOf(update)).to.contain(`${employee.displayName} withdrew this request`);
    expect(actionData(TeamsConnectorStub.card(update), 'request.confirm')).to.have.length(0);
    const stored = await h.services.reschedule.get(employee, { requestId: request.id });
    expect(stored.ok && stored.request.status).to.equal('withdrawn');
    // Again: refused with the shared sentence, nothing sent twice.
    expect(answerMessage(await invoke(h.employee(0), 'request.withdraw', { requestId: request.id }))).to.equal(
      refusalText({ code: 'already_decided', params: { status: 'withdrawn' } }, 'employee', GB),
    );
  });

  it('the home card offers Withdraw on a request waiting for the therapist', async () => {
    const { request } = await pendingRequest(2, 3);
    const home = answerCard(await invoke(h.employee(0), 'home'));
    expect(actionData(home, 'request.withdraw').map((d) => d.requestId)).to.include(request.id);
    const after = answerCard(await invoke(h.employee(0), 'request.withdraw', { requestId: request.id }));
    expect(JSON.stringify(after)).to.contain('The session stays at');
    const redrawn = answerCard(await invoke(h.employee(0), 'home'));
    expect(actionData(redrawn, 'request.withdraw').map((d) => d.requestId)).to.not.include(request.id);
  });

  it('a Confirm that fails tells the therapist why in therapist words', async () => {
    const { session, request, threadId } = await pendingRequest(4, 5);
    h.setNow(new Date(session.start.getTime() - 6 * 3600_000));
    const refused = answerMessage(await channelInvoke(h.therapist, threadId, 'request.confirm', { requestId: request.id }));
    expect(refused).to.equal(refusalText({ code: 'inside_cutoff', params: { hours: 24 } }, 'therapist', GB));
    expect(refused).to.not.include('You can still cancel it');
  });

  it('a therapist or HR admin writing to the bot gets their own help, never "not registered" or a relay', async () => {
    for (const [user, expected, absent] of [
      [h.therapist, 'availability', 'usage'],
      [h.hr, 'usage', 'availability'],
    ] as const) {
      h.connector.reset();
      await h.post(personalMessage({ serviceUrl: h.serviceUrl, user, text: 'hello there' }));
      const reply = h.connector.sent(chatOf(user)).at(-1);
      const text = TeamsConnectorStub.textOf(reply);
      expect(text).to.contain(expected);
      expect(text).to.not.contain(absent);
      expect(text).to.not.contain(refusalText({ code: 'not_registered' }, 'employee', GB));
      expect(actionData(TeamsConnectorStub.card(reply), 'home')).to.have.length(0);
      expect(h.connector.created()).to.have.length(0);
    }
  });

  it('in a group chat the bot never shows anyone their sessions and points to the 1:1 chat', async () => {
    const group = (activity: TeamsActivity): TeamsActivity => ({
      ...activity,
      conversation: { id: '19:group-chat@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: 'tenant-test' },
    });
    await h.post(group(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'sessions' })));
    const reply = h.connector.sent('19:group-chat@thread.v2').at(-1);
    expect(TeamsConnectorStub.textOf(reply)).to.contain(refusalText({ code: 'personal_chat_only' }, 'employee', GB));
    expect(TeamsConnectorStub.card(reply)).to.equal(undefined);
    // A card clicked there (forwarded, or from an old message) is refused the same way.
    const answer = answerMessage(await h.post(group(cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'home' }))));
    expect(answer).to.equal(refusalText({ code: 'personal_chat_only' }, 'employee', GB));
    // Nothing was relayed to the therapist's channel.
    expect(h.connector.created()).to.have.length(0);
  });
});
