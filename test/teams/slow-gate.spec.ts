// The database slow or down while the tenancy gate reads the person: a card action is still answered within
// Teams' time limit with one sentence, a personal message's sender is told it was not delivered, and neither
// runs later when the gate finally returns (nothing happens behind a "nothing was changed").
import { expect } from 'chai';
import sinon from 'sinon';
import { refusalText } from '../../src/domain/refusals.js';
import { faultWording } from '../../src/domain/wording.js';
import { wordsFor } from '../../src/i18n/words.js';
import { somethingWentWrong } from '../../src/teams/replies.js';
import { cardInvoke, personalMessage, postActivity } from '../support/teams-activities.js';
import { answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('teams: the tenancy gate waits for a slow database', function () {
  this.timeout(30_000);
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_slow_gate');
  });
  after(async () => h?.close());
  beforeEach(() => h.connector.reset());
  afterEach(() => sinon.restore());

  /** The gate's read takes `ms` (then succeeds, as when the database comes back). */
  const slowGate = (ms: number) => {
    const tenancy = h.app.services.tenancy;
    const admit = tenancy.admit.bind(tenancy);
    sinon.stub(tenancy, 'admit').callsFake(async (...args: Parameters<typeof admit>) => {
      await delay(ms);
      return admit(...args);
    });
  };

  it('answers a card action within the time limit with one sentence, and never runs it afterwards', async () => {
    slowGate(6_000);
    const overview = sinon.spy(h.app.services.sessions, 'overview');
    const started = performance.now();
    const answer = await postActivity(
      h.botUrl,
      cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(0), verb: 'home', replyToId: 'card-slow' }),
    );
    expect(performance.now() - started).to.be.below(4_400);
    expect(answer.status).to.equal(200);
    expect(answerMessage(answer)).to.equal(faultWording(GB).notTaken);
    await delay(6_500);
    await h.app.idle();
    expect(overview.callCount, 'the card action did not run').to.equal(0);
    expect(h.connector.updates(), 'no card update').to.have.length(0);
  });

  it("tells a personal message's sender it was not delivered, and does not relay it afterwards", async () => {
    slowGate(10_000);
    const chat = `a:personal-${h.employee(0).aadObjectId}`;
    const started = performance.now();
    const answer = await postActivity(
      h.botUrl,
      personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'held up by the gate' }),
    );
    expect(performance.now() - started).to.be.below(10_000);
    expect(answer.status).to.equal(200);
    await h.connector.waitFor((calls) => calls.some((c) => c.kind === 'send' && c.conversationId === chat), 3_000);
    const told = h.connector.sent(chat).map((c) => TeamsConnectorStub.textOf(c));
    expect(told).to.have.length(1);
    expect(told[0]).to.contain(refusalText({ code: 'relay_failed' }, 'employee', GB));
    await delay(3_000);
    await h.app.idle();
    const texts = h.connector.calls.filter((c) => c.kind !== 'member').map((c) => TeamsConnectorStub.textOf(c));
    expect(
      texts.filter((t) => t.includes('held up by the gate')),
      'not relayed',
    ).to.have.length(0);
    expect(
      texts.filter((t) => t.includes(somethingWentWrong(wordsFor({ zone: 'UTC', locale: 'en-GB' })))),
      'told once',
    ).to.have.length(0);
  });
});
