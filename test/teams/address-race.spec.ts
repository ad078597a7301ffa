// Many first messages at once from conversations the bot has never seen: every one stores its conversation
// address and the tenant's service URL (the same key for all of them) while the others do the same. On FerretDB
// two upserts of one key could collide (11000) and the message was answered 200 but never relayed. Now every
// message is relayed exactly once, through the real HTTP surface and database.
import { expect } from 'chai';
import sinon from 'sinon';
import { personalMessage } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';

const EMPLOYEES = 40;
const ROUNDS = 5;

describe('teams: concurrent first messages race on the stored addresses', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    it(`relays each of ${EMPLOYEES} simultaneous first messages exactly once (round ${round})`, async function () {
      this.timeout(60_000);
      // Cold: no install activity, so the tenant's service URL is learnt from these very messages, all at once. All
      // of them are admitted (more than the default bound of requests in flight), so all of them race.
      const h = await openTeamsHarness(`teams_address_race_${round}`, {
        install: false,
        world: { employees: EMPLOYEES },
        env: { ADMISSION_MAX_IN_FLIGHT: String(EMPLOYEES) },
      });
      try {
        const texts = Array.from({ length: EMPLOYEES }, (_, i) => `round ${round} message from employee #${i}#`);
        const answers = await Promise.all(
          texts.map((text, i) => h.post(personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(i), text }))),
        );
        expect(answers.map((a) => a.status)).to.deep.equal(texts.map(() => 200));
        for (const text of texts) {
          const relayed = h.connector.calls.filter((c) => c.kind !== 'member' && TeamsConnectorStub.textOf(c).includes(text));
          expect(relayed, text).to.have.length(1);
        }
        const addresses = await h.db.connection.collection('addresses').countDocuments();
        // One per employee chat, the therapist's channel is not heard from, plus the tenant's service URL.
        expect(addresses).to.equal(EMPLOYEES + 1);
      } finally {
        await h.close();
      }
    });
  }
});

describe('teams: a turn that fails is not answered 200', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_turn_failure');
  });
  after(async () => h?.close());

  it('answers 500 without detail, and the redelivery is relayed once', async () => {
    const directory = h.app.services.directory;
    const failing = sinon.stub(directory, 'saveAddress').rejects(Object.assign(new Error('connection reset'), { code: 'ECONNRESET' }));
    const message = personalMessage({ serviceUrl: h.serviceUrl, user: h.employee(0), text: 'please arrive', id: 'act-fails-once' });
    let first;
    try {
      first = await h.post(message);
    } finally {
      failing.restore();
    }
    expect(first.status).to.equal(500);
    expect(JSON.stringify(first.body)).to.not.contain('connection reset');
    const relayed = () => h.connector.calls.filter((c) => c.kind !== 'member' && TeamsConnectorStub.textOf(c).includes('please arrive'));
    expect(relayed()).to.have.length(0);
    expect((await h.post(message)).status).to.equal(200);
    expect(relayed()).to.have.length(1);
  });
});
