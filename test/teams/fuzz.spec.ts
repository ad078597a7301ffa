// Seeded fuzzing of /api/messages: every activity type Teams sends this bot (messages in personal chat and in
// channel threads, Action.Submit messages with `value`, Action.Execute invokes, other invokes, conversationUpdate,
// installationUpdate, reactions, typing) is built valid for a claimed tenant, then mutated from a fixed seed (fields
// missing, null, of the wrong type, arrays of nulls, huge strings, keys added) and POSTed. However broken, an
// activity is answered below 500, and nothing logs an error (a turn that threw). A failure prints the count by
// status and the mutations that failed; FUZZ_SEED=<n> replays another seed.
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import { expect } from 'chai';
import { createApp, type App } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/log.js';
import type { Database } from '../../src/store/connection.js';
import { openTestDatabase } from '../support/db.js';
import { seedWorld, type World } from '../support/fixtures.js';
import { countByStatus, fuzzSeed, Fuzzer, type Json } from '../support/json-fuzz.js';
import {
  cardInvoke,
  cardSubmit,
  channelMessage,
  personalInstall,
  personalMessage,
  teamInstall,
  TENANT,
  teamsUser,
  type TeamsActivity,
} from '../support/teams-activities.js';
import { TeamsConnectorStub } from '../support/teams-connector-stub.js';

const SEED = fuzzSeed(0x7ea5_f022);
const PER_BASE = 45;
/** Keys botbuilder or the bot route on: added where an activity lacks them, they change what it is taken for. */
const ACTIVITY_KEYS = [
  'value',
  'name',
  'text',
  'membersAdded',
  'membersRemoved',
  'attachments',
  'entities',
  'channelData',
  'replyToId',
  'action',
  'conversation',
  'from',
  'recipient',
  'serviceUrl',
  'localTimezone',
  'timestamp',
  'channelId',
  'type',
  'relatesTo',
];
/** What the app logs at error level or above: a turn, an activity or a card action that threw. */
const ERROR_LINE = /"level":(5|6)0/;
const NOT_TAKEN = /"msg":"teams (activity refused|request is not an activity)"/;

describe('teams: seeded fuzzing of activities', function () {
  this.timeout(60_000);
  let app: App;
  let db: Database;
  let world: World;
  let connector: TeamsConnectorStub;
  let url = '';
  let logged = '';
  let bases: { name: string; activity: TeamsActivity }[] = [];

  const post = async (body: unknown): Promise<number> => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.arrayBuffer();
    await app.idle();
    return res.status;
  };

  before(async () => {
    db = await openTestDatabase('teams_fuzz');
    connector = new TeamsConnectorStub();
    const serviceUrl = await connector.start();
    const sink = new PassThrough();
    sink.on('data', (d: Buffer) => (logged += d.toString()));
    app = createApp({ config: loadConfig({ NODE_ENV: 'test' }), db, log: createLogger('warn', sink), claimGraceMs: 60_000 });
    const server = await app.listen(0);
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/messages`;
    world = await seedWorld(app.services, { employeePlatform: 'teams', therapistPlatform: 'teams' });
    const claimed = await app.services.tenancy.attach({ orgId: world.orgId, kind: 'teams_tenant', externalId: TENANT });
    if (!claimed.ok) throw new Error(`fixture refused: ${claimed.error}`);
    const employee = teamsUser(world.employees[0]?.identity.userId ?? '', 'Employee');
    const therapist = teamsUser(world.therapist.identity.userId, 'Therapist');
    const channelId = world.channel.channelId;
    const where = { serviceUrl, user: employee };
    const inChannel = { serviceUrl, user: therapist, channelId };
    const slotId = String(world.slots[0]?._id ?? '');
    if ((await post(teamInstall(inChannel))) !== 200) throw new Error('team install failed');
    const other = (type: string, extra: Record<string, unknown>): TeamsActivity => ({
      ...personalMessage({ ...where, text: '' }),
      type,
      ...extra,
    });
    bases = [
      { name: 'personal message help', activity: personalMessage({ ...where, text: 'help' }) },
      { name: 'personal message to relay', activity: personalMessage({ ...where, text: 'hello there', localTimezone: 'Europe/London' }) },
      { name: 'personal message book', activity: personalMessage({ ...where, text: 'book' }) },
      { name: 'channel mention help', activity: channelMessage({ ...inChannel, text: 'help', mentionBot: true }) },
      {
        name: 'channel thread reply',
        activity: channelMessage({ ...inChannel, text: 'see you then', threadRootId: 'root-1', mentions: [employee] }),
      },
      { name: 'personal install', activity: personalInstall({ ...where, localTimezone: 'Europe/London' }) },
      { name: 'team install', activity: teamInstall(inChannel) },
      {
        name: 'members removed',
        activity: { ...personalInstall(where), membersAdded: undefined, membersRemoved: [{ id: employee.id }] } as TeamsActivity,
      },
      { name: 'invoke home', activity: cardInvoke({ ...where, verb: 'home', replyToId: 'card-1' }) },
      {
        name: 'invoke book.submit',
        activity: cardInvoke({ ...where, verb: 'book.submit', data: { slotId, reason: 'r' }, replyToId: 'card-2' }),
      },
      {
        name: 'invoke in a channel',
        activity: cardInvoke({ ...inChannel, verb: 'request.confirm', data: { requestId: 'x' }, replyToId: 'card-3' }),
      },
      { name: 'Action.Submit home', activity: cardSubmit({ ...where, verb: 'home' }) },
      { name: 'Action.Submit book.page', activity: cardSubmit({ ...where, verb: 'book.page', data: { week: '2030-01-14' } }) },
      { name: 'installationUpdate', activity: other('installationUpdate', { action: 'add' }) },
      { name: 'messageReaction', activity: other('messageReaction', { reactionsAdded: [{ type: 'like' }], replyToId: 'card-1' }) },
      { name: 'typing', activity: other('typing', {}) },
      { name: 'invoke task/fetch', activity: { ...cardInvoke({ ...where, verb: 'home' }), name: 'task/fetch', value: { data: {} } } },
      { name: 'event', activity: other('event', { name: 'application/vnd.microsoft.meetingStart', value: {} }) },
    ];
  });
  after(async () => {
    await app?.close();
    await connector?.stop();
    await db?.close();
  });

  it('takes every unmutated activity of a handled type (else the fuzzing would test nothing)', async () => {
    const refused: string[] = [];
    for (const base of bases) {
      const seen = logged.length;
      const status = await post(base.activity);
      const after = logged.slice(seen);
      if (status >= 300 || NOT_TAKEN.test(after) || ERROR_LINE.test(after)) refused.push(`${status} ${base.name}`);
    }
    expect(refused).to.deep.equal([]);
  });

  /** The shapes that failed a turn (500) before the schema knew them (issue 15). */
  function knownCases(): { name: string; activity: Json }[] {
    const changed = (name: string, change: (a: Record<string, Json>) => void) => {
      const base = bases.find((b) => b.name === name);
      if (!base) throw new Error(`no base ${name}`);
      const activity = structuredClone(base.activity) as Record<string, Json>;
      change(activity);
      return { name: `known: ${name}`, activity };
    };
    const conversation = (a: Record<string, Json>) => a.conversation as Record<string, Json>;
    return [
      changed('channel mention help', (a) => void (a.text = null)),
      changed('channel mention help', (a) => void (a.entities = [{ type: 'Mention', text: 'x' }])),
      changed('personal message help', (a) => void (a.entities = null)),
      changed('personal message book', (a) => void (conversation(a).name = [])),
      changed('channel thread reply', (a) => void (a.from = { ...(a.from as Record<string, Json>), value: [[]] })),
      changed('channel mention help', (a) => void (a.id = 'A'.repeat(40_000))),
      changed('channel mention help', (a) => void (conversation(a).id = '19:x\u0000@thread.tacv2')),
    ];
  }

  it(`answers every mutated activity below 500, and no turn throws (seed ${SEED})`, async () => {
    const fuzz = new Fuzzer(SEED);
    const answers: { name: string; status: number; threw: boolean }[] = [];
    for (const known of knownCases()) {
      const seen = logged.length;
      const status = await post(known.activity);
      answers.push({ name: known.name, status, threw: ERROR_LINE.test(logged.slice(seen)) });
    }
    for (const base of bases) {
      for (let i = 0; i < PER_BASE; i++) {
        const { value, done } = fuzz.mutate(base.activity as Json, ACTIVITY_KEYS);
        const seen = logged.length;
        const status = await post(value);
        answers.push({ name: `${base.name} [${done.join(' ')}]`, status, threw: ERROR_LINE.test(logged.slice(seen)) });
      }
    }
    const summary = `seed ${SEED}, ${answers.length} activities, by status ${JSON.stringify(countByStatus(answers.map((a) => a.status)))}`;
    const bad = answers.filter((a) => a.status >= 500 || a.threw);
    expect(bad.map((f) => `${f.status}${f.threw ? ' threw' : ''} ${f.name}`).slice(0, 25), `${summary}, ${bad.length} bad`).to.deep.equal(
      [],
    );
  });

  it('still answers a well-formed message after the fuzzing', async () => {
    const calls = connector.calls.length;
    const employee = teamsUser(world.employees[0]?.identity.userId ?? '', 'Employee');
    expect(await post(personalMessage({ serviceUrl: connector.url, user: employee, text: 'help' }))).to.equal(200);
    expect(connector.calls.length).to.be.greaterThan(calls);
  });
});
