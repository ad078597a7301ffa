// Card actions are authenticated like messages: with a MicrosoftAppId configured, an Action.Execute invoke or an
// Action.Submit message that would book a session is refused with 401 when it comes without a token, with an
// empty or forged one, and nothing is stored or sent. The same actions without an app id (authentication off)
// do book, so the refusal is the token's doing, not the action's.
import { expect } from 'chai';
import sinon from 'sinon';
import { openTeamsHarness, type TeamsHarness } from '../support/teams-harness.js';
import { cardInvoke, cardSubmit, type TeamsActivity } from '../support/teams-activities.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');

/** A token with the right audience but signed with a key of the sender's own choosing. */
function forgedToken(alg: string): string {
  const now = Math.floor(Date.now() / 1000);
  const claims = { iss: 'https://api.botframework.com', aud: APP_ID, exp: now + 3600, nbf: now - 60, serviceurl: 'http://127.0.0.1:1/' };
  return [b64({ alg, typ: 'JWT' }), b64(claims), alg === 'none' ? '' : Buffer.from('made up').toString('base64url')].join('.');
}

const HEADERS: [string, Record<string, string>][] = [
  ['no Authorization header', {}],
  ['an empty bearer token', { Authorization: 'Bearer ' }],
  ['a token that is no JWT', { Authorization: 'Bearer let-me-in' }],
  ['a forged HS256 token', { Authorization: `Bearer ${forgedToken('HS256')}` }],
  ['an unsigned (alg none) token', { Authorization: `Bearer ${forgedToken('none')}` }],
];

/** A booking by card, as an Action.Execute invoke and as an Action.Submit message. */
function bookingActions(h: TeamsHarness): [string, TeamsActivity][] {
  const user = h.employee(0);
  const slotId = String(h.world.slots[0]?._id ?? '');
  return [
    ['Action.Execute invoke', cardInvoke({ serviceUrl: h.serviceUrl, user, verb: 'book.submit', data: { slotId }, replyToId: 'card-1' })],
    ['Action.Submit message', cardSubmit({ serviceUrl: h.serviceUrl, user, verb: 'book.submit', data: { slotId }, replyToId: 'card-2' })],
  ];
}

describe('teams: card actions need a valid token when an app id is configured', () => {
  let h: TeamsHarness;
  let consoleError: sinon.SinonStub;
  before(async () => {
    // botbuilder reports rejected requests with console.error; keep the test output clean.
    consoleError = sinon.stub(console, 'error');
    h = await openTeamsHarness('teams_card_auth', {
      install: false,
      env: {
        MicrosoftAppId: APP_ID,
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

  for (const [how, headers] of HEADERS) {
    it(`refuses a card action with ${how}: 401, nothing stored or sent`, async () => {
      const before = await h.snapshot();
      for (const [kind, activity] of bookingActions(h)) {
        const res = await h.post(activity, headers);
        expect(res.status, kind).to.equal(401);
        expect(res.body, kind).to.deep.equal({ error: 'unauthorized' });
      }
      expect(h.connector.calls).to.have.length(0);
      expect(await h.snapshot()).to.equal(before);
      expect(await h.db.models.Session.countDocuments()).to.equal(0);
    });
  }
});

describe('teams: the same card actions without an app id (authentication off)', () => {
  let h: TeamsHarness;
  before(async () => {
    h = await openTeamsHarness('teams_card_auth_off', { install: false });
  });
  after(async () => h?.close());

  it('book the session, so a refusal above is the token check and nothing else', async () => {
    const [[, invoke], [, submit]] = bookingActions(h) as [[string, TeamsActivity], [string, TeamsActivity]];
    expect((await h.post(invoke)).status).to.equal(200);
    expect(await h.db.models.Session.countDocuments()).to.equal(1);
    // The second booking of the same slot is refused by the service, but the action ran and answered.
    expect((await h.post(submit)).status).to.equal(200);
    expect(h.connector.calls.length).to.be.greaterThan(0);
  });
});
