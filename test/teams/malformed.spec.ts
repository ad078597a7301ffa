// Malformed activities through the real /api/messages: each is answered 400 (not an activity, or a handled type in a
// shape the bot cannot use) or 200 (a type the bot has nothing to do for), never a 5xx or an HTML page; nothing is
// stored, nothing is sent, and none of the text in them reaches the log. A token that cannot be validated, here
// because the OpenID metadata cannot be fetched offline, is a 401 without internal detail.
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import sinon from 'sinon';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase, snapshotDatabase } from '../support/db.js';
import { seedWorld } from '../support/fixtures.js';
import { cardInvoke, personalMessage, teamsUser, type TeamsActivity } from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';

const SECRET = 'I-FEEL-LOW-TODAY';
type Json = Record<string, unknown>;
const without = (o: Json, ...keys: string[]): Json => Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));

interface Surface {
  app: App;
  db: Database;
  connector: TeamsConnectorStub;
  serviceUrl: string;
  url: string;
  logged: () => string;
  close(): Promise<void>;
}

async function openSurface(suite: string, env: Record<string, string> = {}): Promise<Surface> {
  const db = await openTestDatabase(suite);
  const connector = new TeamsConnectorStub();
  const serviceUrl = await connector.start();
  const sink = new PassThrough();
  let logged = '';
  sink.on('data', (d: Buffer) => (logged += d.toString()));
  const app = createApp({ config: loadConfig({ NODE_ENV: 'test', ...env }), db, log: createLogger('debug', sink) });
  const server = await app.listen(0);
  await seedWorld(app.services as Parameters<typeof seedWorld>[0], { employeePlatform: 'teams', therapistPlatform: 'teams' });
  return {
    app,
    db,
    connector,
    serviceUrl,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`,
    logged: () => logged,
    async close() {
      await app.close();
      await connector.stop();
      await db.close();
    },
  };
}

async function post(url: string, body: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, text: await res.text() };
}

describe('teams: malformed activities', () => {
  let s: Surface;
  let message: () => TeamsActivity;
  let invoke: () => TeamsActivity;
  before(async () => {
    s = await openSurface('teams_malformed');
    const employee = teamsUser('employee-1');
    message = () => personalMessage({ serviceUrl: s.serviceUrl, user: employee, text: SECRET });
    invoke = () => cardInvoke({ serviceUrl: s.serviceUrl, user: employee, verb: 'home', data: { note: SECRET } });
  });
  after(async () => s?.close());

  const m = (change: (a: Json) => unknown) => () => JSON.stringify(change(message()));
  const i = (change: (a: Json) => unknown) => () => JSON.stringify(change(invoke()));
  const cases: [string, () => string, number[]][] = [
    ['a body that is not JSON', () => `{"type":"message","text":"${SECRET}"`, [400]],
    ['JSON null', () => 'null', [400]],
    ['a JSON array', () => JSON.stringify([SECRET]), [400]],
    ['a JSON string', () => JSON.stringify(SECRET), [400]],
    ['an activity without type', m((a) => without(a, 'type')), [400]],
    ['an activity with a numeric type', m((a) => ({ ...a, type: 7 })), [400]],
    ['a message without from', m((a) => without(a, 'from')), [400]],
    ['a message without conversation', m((a) => without(a, 'conversation')), [400]],
    ['a message without recipient', m((a) => without(a, 'recipient')), [400]],
    ['a message with from as a string', m((a) => ({ ...a, from: SECRET })), [400]],
    ['a message with a numeric conversation id', m((a) => ({ ...a, conversation: { id: 42, conversationType: 'personal' } })), [400]],
    ['a message without serviceUrl', m((a) => without(a, 'serviceUrl')), [400]],
    ['a message with a serviceUrl that is no URL', m((a) => ({ ...a, serviceUrl: SECRET })), [400]],
    ['a message with text as an object', m((a) => ({ ...a, text: { words: SECRET } })), [400]],
    ['a message with entities as a string', m((a) => ({ ...a, entities: SECRET })), [400]],
    ['a message with channelData.tenant as a string', m((a) => ({ ...a, channelData: { tenant: SECRET } })), [400]],
    ['a conversationUpdate with membersAdded as a string', m((a) => ({ ...a, type: 'conversationUpdate', membersAdded: SECRET })), [400]],
    ['a card action invoke without value', i((a) => without(a, 'value')), [400]],
    ['a card action invoke without action', i((a) => ({ ...a, value: { trigger: 'manual' } })), [400]],
    [
      'a card action invoke with a numeric verb',
      i((a) => ({ ...a, value: { action: { type: 'Action.Execute', verb: 3, data: { note: SECRET } } } })),
      [400],
    ],
    [
      'a card action invoke with data as a string',
      i((a) => ({ ...a, value: { action: { type: 'Action.Execute', verb: 'home', data: SECRET } } })),
      [400],
    ],
    ['an invoke nobody handles (task/fetch)', i((a) => ({ ...a, name: 'task/fetch' })), [200]],
    ['an invoke without name', i((a) => without(a, 'name')), [200]],
    ['a typing activity', m((a) => ({ ...a, type: 'typing' })), [200]],
    ['a messageReaction', m((a) => ({ ...a, type: 'messageReaction', reactionsAdded: [{ type: 'like' }] })), [200]],
    ['an installationUpdate without from', m((a) => without({ ...a, type: 'installationUpdate', action: 'add' }, 'from')), [200]],
  ];

  for (const [name, body, statuses] of cases) {
    it(`${name}: ${statuses.join(' or ')}, nothing stored, sent or logged`, async () => {
      const before = await snapshotDatabase(s.db);
      const calls = s.connector.calls.length;
      const start = s.logged().length;
      const res = await post(s.url, body());
      expect(res.status, res.text).to.be.oneOf(statuses);
      expect(res.text).to.not.match(/<html|<!DOCTYPE|\bat [\w.]+ \(/i);
      expect(s.connector.calls.slice(calls)).to.deep.equal([]);
      expect(await snapshotDatabase(s.db)).to.equal(before);
      expect(s.logged().slice(start)).to.not.include(SECRET);
    });
  }

  it('a body that is not JSON is refused with a JSON 400, and no part of it is printed or logged anywhere', async () => {
    const printed: string[] = [];
    const consoleError = sinon.stub(console, 'error').callsFake((...parts: unknown[]) => void printed.push(parts.map(String).join(' ')));
    const stderr = sinon.stub(process.stderr, 'write').callsFake((chunk: unknown) => (printed.push(String(chunk)), true));
    const start = s.logged().length;
    let res;
    try {
      res = await post(s.url, `${SECRET} and more words`);
    } finally {
      consoleError.restore();
      stderr.restore();
    }
    expect(res.status).to.equal(400);
    expect(JSON.parse(res.text)).to.deep.equal({ error: 'bad request' });
    expect(printed.join('\n')).to.not.include(SECRET.slice(0, 8));
    expect(s.logged().slice(start)).to.not.include(SECRET.slice(0, 8));
  });

  it('the same message, well formed, still reaches the bot', async () => {
    const res = await post(s.url, JSON.stringify(message()));
    expect(res.status).to.equal(200);
    expect(s.connector.calls.length).to.be.greaterThan(0);
  });
});

describe('teams: a token that cannot be validated', () => {
  let s: Surface;
  let consoleError: sinon.SinonStub;
  const appId = '11111111-2222-3333-4444-555555555555';
  before(async () => {
    // botbuilder's own JWT code may report with console.error; keep the test output clean.
    consoleError = sinon.stub(console, 'error');
    s = await openSurface('teams_token_offline', {
      MicrosoftAppId: appId,
      MicrosoftAppPassword: 'not-a-real-secret',
      MicrosoftAppType: 'SingleTenant',
      MicrosoftAppTenantId: '66666666-7777-8888-9999-000000000000',
    });
  });
  after(async () => {
    consoleError.restore();
    await s?.close();
  });

  it('is a 401 without internal detail when the signing keys cannot be fetched, and changes nothing', async function () {
    this.timeout(30_000);
    const b64 = (o: unknown) => Buffer.from(JSON.stringify(o)).toString('base64url');
    const now = Math.floor(Date.now() / 1000);
    // Well formed enough that validation needs the Bot Framework's signing keys (fetched from its OpenID metadata).
    const token = [
      b64({ alg: 'RS256', kid: 'key-1', typ: 'JWT' }),
      b64({ iss: 'https://api.botframework.com', aud: appId, exp: now + 3600, nbf: now - 60, serviceurl: s.serviceUrl }),
      Buffer.from('not a signature').toString('base64url'),
    ].join('.');
    const before = await snapshotDatabase(s.db);
    const res = await post(
      s.url,
      JSON.stringify(personalMessage({ serviceUrl: s.serviceUrl, user: teamsUser('employee-1'), text: SECRET })),
      {
        Authorization: `Bearer ${token}`,
      },
    );
    expect(res.status).to.equal(401);
    expect(JSON.parse(res.text)).to.deep.equal({ error: 'unauthorized' });
    expect(s.connector.calls).to.have.length(0);
    expect(await snapshotDatabase(s.db)).to.equal(before);
    expect(s.logged()).to.not.include(SECRET);
  });
});
