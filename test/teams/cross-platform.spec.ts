// Across platforms, through both HTTP surfaces of one app: an employee on Teams with a therapist whose channel is
// in Slack, and the reverse. Notices are routed by each recipient's platform identity.
import { expect } from 'chai';
import { actions } from '../../src/slack/ids.js';
import type { RecordedCall } from '../support/slack-api-stub.js';
import { actionValue, allText } from '../support/slack-inspect.js';
import { blockActions, eventCallback, messageEvent } from '../support/slack-requests.js';
import { cardInvoke, channelMessage, personalMessage } from '../support/teams-activities.js';
import { actionData, answerCard, answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

async function relayThreadId(h: TeamsHarness): Promise<string> {
  const [thread] = await h.db.connection.collection('relay_threads').find({}).toArray();
  return String(thread?.threadId);
}

const slackPosts = (h: TeamsHarness, text: string): RecordedCall[] =>
  (h.slack?.calls ?? []).filter((c) => c.method === 'chat.postMessage' && allText(c).includes(text));

describe('teams <-> slack: employee on Teams, therapist channel in Slack', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_x_slack', { slack: true, world: { employeePlatform: 'teams', therapistPlatform: 'slack' } });
  });
  after(async () => h?.close());

  it('relays both ways, and a Teams reschedule request is confirmed in the Slack thread', async () => {
    const employee = h.employee(0);
    const chat = `a:personal-${employee.aadObjectId}`;
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: employee, text: 'Hello from Teams' }));
    expect(slackPosts(h, 'Hello from Teams')).to.have.length(1);
    const threadTs = await relayThreadId(h);

    const therapistId = h.world.therapist.identity.userId;
    // An explicit ts: the request factory's and the stub's ts counters can coincide, and a reply whose ts equals its
    // thread_ts would be the thread's root.
    const ts = `${Number(threadTs.split('.')[0]) + 60}.424242`;
    const reply = eventCallback(
      messageEvent({ user: therapistId, text: 'Hello from Slack', channel: h.channelId, channelType: 'channel', threadTs, ts }),
    );
    expect((await h.postSlack(reply)).status).to.equal(200);
    await h.connector.waitFor(() => h.connector.sent(chat).some((c) => TeamsConnectorStub.textOf(c).includes('Hello from Slack')));

    // Book and ask to reschedule from Teams.
    const slotId = String(h.world.slots[0]?._id);
    const home = answerCard(await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: employee, verb: 'book.submit', data: { slotId } })));
    const sessionId = actionData(home, 'reschedule.open')[0]?.sessionId;
    const target = String(h.world.slots[3]?._id);
    answerCard(
      await h.post(
        cardInvoke({
          serviceUrl: h.serviceUrl,
          user: employee,
          verb: 'reschedule.submit',
          data: { sessionId, slotId: target, reason: 'Clash at work' },
        }),
      ),
    );
    const requestPost = (h.slack?.calls ?? []).find((c) => actionValue(c, actions.requestConfirm));
    expect(requestPost, 'request with Confirm in the Slack thread').to.not.equal(undefined);
    const requestValue = actionValue(requestPost, actions.requestConfirm) ?? '';
    h.connector.reset();
    const confirm = blockActions({
      user: therapistId,
      actionId: actions.requestConfirm,
      value: requestValue,
      channel: h.channelId,
      messageTs: '1700000000.000100',
      threadTs,
    });
    expect((await h.postSlack(confirm)).status).to.equal(200);
    await h.connector.waitFor(() => h.connector.sent(chat).some((c) => TeamsConnectorStub.textOf(c).includes('Session rescheduled')));
  });
});

describe('teams <-> slack: employee on Slack, therapist channel in Teams', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_x_teams', { slack: true, world: { employeePlatform: 'slack', therapistPlatform: 'teams' } });
  });
  after(async () => h?.close());

  it('relays both ways, and the therapist confirms a Slack employee request in the Teams thread', async () => {
    const employeeId = h.world.employees[0]?.identity.userId ?? '';
    const dm = eventCallback(
      messageEvent({ user: employeeId, text: 'Hello from Slack', channel: `D${employeeId.slice(1)}`, channelType: 'im' }),
    );
    expect((await h.postSlack(dm)).status).to.equal(200);
    await h.connector.waitFor(() => h.connector.calls.some((c) => TeamsConnectorStub.textOf(c).includes('Hello from Slack')));
    const threadId = await relayThreadId(h);
    expect(threadId).to.contain(';messageid=');

    await h.post(
      channelMessage({
        serviceUrl: h.serviceUrl,
        user: h.therapist,
        channelId: h.channelId,
        threadRootId: threadId.split('=')[1],
        text: 'Hello from Teams',
      }),
    );
    expect(slackPosts(h, 'Hello from Teams')).to.have.length(1);

    // The employee books and asks to move the session (through the services: the Slack modals are the Slack suite's).
    const employee = h.world.employees[0];
    if (!employee) throw new Error('no employee');
    const booked = await h.services.sessions.book(employee, { slotId: String(h.world.slots[0]?._id) });
    if (!booked.ok) throw new Error(booked.code);
    const asked = await h.services.reschedule.request(employee, {
      sessionId: booked.session.id,
      choice: { slotId: String(h.world.slots[2]?._id) },
      reason: 'Clash at work',
    });
    if (!asked.ok) throw new Error(asked.code);
    const where = { serviceUrl: h.serviceUrl, channelId: h.channelId, threadRootId: threadId.split('=')[1] };
    // The employee's Slack identity pressing the Teams button is not the therapist.
    const outsider = { id: '29:outsider', aadObjectId: 'outsider', name: 'Outsider' };
    expect(
      answerMessage(await h.post(cardInvoke({ ...where, user: outsider, verb: 'request.confirm', data: { requestId: asked.request.id } }))),
    ).to.contain('not registered');
    const decided = answerCard(
      await h.post(cardInvoke({ ...where, user: h.therapist, verb: 'request.confirm', data: { requestId: asked.request.id } })),
    );
    expect(JSON.stringify(decided)).to.contain('Confirmed');
    expect(slackPosts(h, 'Session rescheduled').length).to.be.greaterThan(0);
  });
});
