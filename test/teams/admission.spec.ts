// Admission at the Teams door (issue 17): a flood of activities to /api/messages, far more than
// ADMISSION_MAX_IN_FLIGHT at once, is answered in full within 3 s. A personal message turned away is answered 200 and
// its sender told it was not delivered (Teams does not reliably send a message again), a card action turned away
// reads "nothing was changed, try again"; nothing is started for either. What the senders send again is relayed,
// and every message exactly once, a redelivery of one already taken included.
import { expect } from 'chai';
import { refusalText } from '../../src/domain/refusals.js';
import { faultWording } from '../../src/domain/wording.js';
import { cardInvoke, personalMessage, postActivity, type TeamsActivity } from '../support/teams-activities.js';
import { answerMessage } from '../support/teams-cards.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { GB } from '../support/readers.js';

const EMPLOYEES = 12;
const ACK_LIMIT_MS = 3_000;

async function metric(botUrl: string, line: string): Promise<number> {
  const text = await (await fetch(new URL('/metrics', botUrl))).text();
  const found = text.split('\n').find((l) => l.startsWith(`${line} `));
  return found ? Number(found.slice(line.length + 1)) : 0;
}

describe('teams: a flood past the bound of requests in flight', function () {
  this.timeout(60_000);
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_admission', { world: { employees: EMPLOYEES }, env: { ADMISSION_MAX_IN_FLIGHT: '3' } });
  });
  after(() => h.close());

  const chatOf = (i: number) => `a:personal-${h.employee(i).aadObjectId}`;
  const relays = (text: string) => h.connector.calls.filter((c) => c.kind !== 'member' && TeamsConnectorStub.textOf(c).includes(text));
  const toldNotDelivered = (i: number) =>
    h.connector.sent(chatOf(i)).filter((c) => TeamsConnectorStub.textOf(c).includes(refusalText({ code: 'relay_failed' }, 'employee', GB)));

  it('answers every activity within 3 s; what was turned away is sent again and relayed, each message once', async () => {
    const refusedBefore = await metric(h.botUrl, 'wellbeing_admission_refused_total{surface="teams"}');
    const messages = Array.from({ length: EMPLOYEES * 3 }, (_, n) => {
      const i = n % EMPLOYEES;
      const text = `teams flood message ${n} from employee #${i}#`;
      return { i, text, activity: personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text }) };
    });
    const invokes = Array.from({ length: EMPLOYEES }, (_, i) =>
      cardInvoke({ serviceUrl: h.serviceUrl, user: h.employee(i), verb: 'home' }),
    );
    const timed = async (activity: TeamsActivity) => {
      const started = performance.now();
      const res = await postActivity(h.botUrl, activity);
      return { ...res, ms: performance.now() - started };
    };
    const [messageAnswers, invokeAnswers] = await Promise.all([
      Promise.all(messages.map((m) => timed(m.activity))),
      Promise.all(invokes.map(timed)),
    ]);
    const all = [...messageAnswers, ...invokeAnswers];
    expect(Math.max(...all.map((a) => a.ms)), 'every answer within 3 s').to.be.below(ACK_LIMIT_MS);
    expect(all.map((a) => a.status)).to.deep.equal(all.map(() => 200));
    await h.app.idle();
    const refused = (await metric(h.botUrl, 'wellbeing_admission_refused_total{surface="teams"}')) - refusedBefore;
    expect(refused, 'the flood went past the bound').to.be.greaterThan(0);

    // A card action turned away says so, and started nothing; the others answered with their card.
    const turnedAway = (a: (typeof invokeAnswers)[number]) => JSON.stringify(a.body).includes("couldn't do that just now");
    for (const a of invokeAnswers.filter(turnedAway)) expect(answerMessage(a)).to.equal(faultWording(GB).notTaken);
    const invokesTurnedAway = invokeAnswers.filter(turnedAway).length;
    // A message turned away was not relayed, and its sender was told, once per message.
    const lost = messages.filter((m) => relays(m.text).length === 0);
    for (let i = 0; i < EMPLOYEES; i++) {
      expect(toldNotDelivered(i), `employee ${i}: told once per message not delivered`).to.have.length(
        lost.filter((m) => m.i === i).length,
      );
    }
    expect(lost.length + invokesTurnedAway, 'refused activities are the ones not run').to.equal(refused);

    // The senders send their messages again (new activities); Teams redelivers one already taken (same id).
    for (const m of lost)
      expect((await h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(m.i), text: m.text }))).status).to.equal(200);
    const taken = messages.find((m) => !lost.includes(m));
    if (taken) expect((await h.post(taken.activity)).status).to.equal(200);
    for (const m of messages) expect(relays(m.text), `${m.text} relayed exactly once`).to.have.length(1);
  });
});
