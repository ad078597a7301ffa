// Failures of proactive sends (bot removed: 403, conversation gone: 404, throttled: 429) are retried where that
// helps, otherwise told to the sender, and a failed relay can be redelivered; unauthenticated requests are
// refused when an app id is configured.
import { expect } from 'chai';
import sinon from 'sinon';
import { cardInvoke, channelMessage, personalMessage } from '../support/teams-activities.js';
import { answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

describe('teams delivery failures', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_faults');
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());

  const employeeChat = () => `a:personal-${h.employee(0).aadObjectId}`;
  const relayed = (text: string) => h.connector.calls.filter((c) => c.kind !== 'member' && TeamsConnectorStub.textOf(c).includes(text));

  it('bot removed from the team (403): the employee is told, and the redelivery goes through', async () => {
    h.connector.fail({ kind: 'create', status: 403 });
    const message = personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'first words', id: 'act-403' });
    expect((await h.post(message)).status).to.equal(200);
    expect(relayed('first words')).to.have.length(0);
    // Not "try again": the bot is not in the therapist's team, which only the provider can change.
    expect(TeamsConnectorStub.textOf(h.connector.sent(employeeChat()).at(-1))).to.contain("couldn't reach your therapist yet");
    // Teams (or the employee) tries again once the app is back: the same activity is now relayed, once.
    await h.post(message);
    expect(relayed('first words')).to.have.length(1);
  });

  it('throttled (429) twice: retried with back-off and delivered once', async () => {
    h.connector.fail({ kind: 'send', status: 429, times: 2, retryAfterSeconds: 0 });
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'after throttling' }));
    expect(relayed('after throttling')).to.have.length(1);
    expect(h.connector.sent(employeeChat())).to.have.length(0); // no failure notice
  });

  it('throttled beyond the retries: surfaced to the sender', async () => {
    // The connector client's own pipeline also retries 429s that carry Retry-After; keep the thread throttled.
    const [thread] = await h.db.connection.collection('relay_threads').find({}).toArray();
    h.connector.fail({ kind: 'send', conversationId: String(thread?.threadId), status: 429, times: 100, retryAfterSeconds: 0 });
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'never through' }));
    expect(relayed('never through')).to.have.length(0);
    expect(TeamsConnectorStub.textOf(h.connector.sent(employeeChat()).at(-1))).to.contain("couldn't be delivered");
  });

  it('employee chat gone (404): the therapist is told in the thread', async () => {
    await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'open the thread' }));
    const threadId = h.connector.calls.find((c) => c.kind === 'create' || c.conversationId.includes(';messageid='))?.conversationId ?? '';
    const rootId = threadId.split('=')[1];
    expect(rootId).to.be.a('string');
    h.connector.reset();
    h.connector.fail({ kind: 'send', conversationId: employeeChat(), status: 404 });
    await h.post(
      channelMessage({ serviceUrl: h.serviceUrl, user: h.therapist, channelId: h.channelId, threadRootId: rootId, text: 'are you there?' }),
    );
    expect(TeamsConnectorStub.textOf(h.connector.sent(threadId).at(-1))).to.contain("couldn't be delivered");
  });
});

describe('teams card action time limit', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_slow');
  });
  after(async () => h?.close());

  it('answers a slow card action within the time limit and updates the card when done', async function () {
    this.timeout(15_000);
    const sessions = h.app.services.sessions;
    const overview = sessions.overview.bind(sessions);
    const slow = sinon.stub(sessions, 'overview').callsFake(async (actor) => {
      await new Promise((resolve) => setTimeout(resolve, 4_500));
      return overview(actor);
    });
    try {
      const started = Date.now();
      const answer = await h.post(cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'home', replyToId: 'card-9' }));
      expect(Date.now() - started).to.be.lessThan(4_400);
      expect(answerMessage(answer)).to.contain('Still working on it');
      await h.connector.waitFor((calls) => calls.some((c) => c.kind === 'update' && c.activityId === 'card-9'), 3_000);
      expect(JSON.stringify(TeamsConnectorStub.card(h.connector.updates().at(-1)))).to.contain('Your wellbeing sessions');
    } finally {
      slow.restore();
    }
  });
});

describe('teams authentication', () => {
  let h: TeamsHarness;
  let consoleError: sinon.SinonStub;
  before(async () => {
    // botbuilder reports rejected requests with console.error; keep the test output clean.
    consoleError = sinon.stub(console, 'error');
    h = await openTeamsHarness('teams_auth', {
      install: false,
      env: {
        MicrosoftAppId: '11111111-2222-3333-4444-555555555555',
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
      },
    });
  });
  after(async () => {
    consoleError.restore();
    await h?.close();
  });

  it('with an app id configured, an unauthenticated or forged request gets 401 and changes nothing', async () => {
    const before = await h.snapshot();
    const message = personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'let me in' });
    expect((await h.post(message)).status).to.equal(401);
    const forged = 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJhdWQiOiIxMTExMTExMS0yMjIyLTMzMzMtNDQ0NC01NTU1NTU1NTU1NTUifQ.c2lnbmF0dXJl';
    expect((await h.post(message, { Authorization: forged })).status).to.equal(401);
    expect(h.connector.calls).to.have.length(0);
    expect(await h.snapshot()).to.equal(before);
  });
});
